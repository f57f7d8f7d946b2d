import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { StageName } from '@/cloud-api/cloudapi'
import { deleteBackendModel } from '@/lib/cloud/backends'
import { backendKeys } from './query-keys'

/** DeleteBackendModel: the stage has no backend any more (published APIs keep their snapshot). */
export function useUnbindFunction(backendId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { stage: StageName; backendModelId: string }) =>
      deleteBackendModel({
        BackendId: backendId,
        StageName: input.stage,
        BackendModelId: input.backendModelId,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backendKeys.detail(backendId) }),
  })
}
