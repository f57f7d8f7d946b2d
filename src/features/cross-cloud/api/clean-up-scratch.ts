import { useMutation, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '@/lib/api-error'
import { deleteApiGroup } from '@/lib/cloud/api-groups'
import { abolishApi, deleteApi } from '@/lib/cloud/apis'
import { SCRATCH_STAGE } from '../lib/scratch'
import { crossCloudKeys } from './query-keys'
import { findScratchApis } from './scratch-apis'

/** "Clean up": unpublish and delete the scratch APIs, then their groups (the cloud's order). */
export function useCleanUpScratch() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      for (const scratch of await findScratchApis()) {
        if (scratch.apiId) {
          try {
            await abolishApi({ ApiId: scratch.apiId, GroupId: scratch.groupId, StageName: SCRATCH_STAGE })
          } catch (error) {
            // Not published (NotFoundDeployment): nothing to unpublish.
            if (!isApiError(error) || !error.code.startsWith('NotFound')) throw error
          }
          await deleteApi(scratch.apiId, scratch.groupId)
        }
        await deleteApiGroup(scratch.groupId)
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: crossCloudKeys.scratch() }),
  })
}
