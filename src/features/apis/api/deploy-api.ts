import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { StageName } from '@/cloud-api/cloudapi'
import { abolishApi, deployApi } from '@/lib/cloud/apis'
import { apiKeys } from './query-keys'

interface StageInput {
  apiId: string
  groupId: string
  stage: StageName
}

/** DeployApi: publish the current definition to a stage (reference §1.4 step 4). */
export function useDeployApi() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: StageInput & { description: string }) =>
      deployApi({
        ApiId: input.apiId,
        GroupId: input.groupId,
        StageName: input.stage,
        Description: input.description,
      }),
    onSuccess: (_, input) => refresh(queryClient, input.apiId),
  })
}

/** AbolishApi: unpublish from a stage. */
export function useAbolishApi() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: StageInput) =>
      abolishApi({ ApiId: input.apiId, GroupId: input.groupId, StageName: input.stage }),
    onSuccess: (_, input) => refresh(queryClient, input.apiId),
  })
}

function refresh(queryClient: ReturnType<typeof useQueryClient>, apiId: string) {
  return Promise.all([
    // The detail key prefixes the per-stage snapshots too.
    queryClient.invalidateQueries({ queryKey: apiKeys.detail(apiId) }),
    queryClient.invalidateQueries({ queryKey: apiKeys.lists() }),
  ])
}
