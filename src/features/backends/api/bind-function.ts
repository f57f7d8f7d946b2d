import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { StageName } from '@/cloud-api/cloudapi'
import { bindEventFunctionParams, createBackendModel, type EventFunctionTarget } from '@/lib/cloud/backends'
import { backendKeys } from './query-keys'

/**
 * Publish a stage's backend definition: CreateBackendModel with the event function (seed 000 Step 2:
 * "click the Production tab … click Create. Choose the event function … and click Publish").
 */
export function useBindFunction(backendId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { stage: StageName; target: EventFunctionTarget; description: string }) =>
      createBackendModel(bindEventFunctionParams(backendId, input.stage, input.target, input.description)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backendKeys.detail(backendId) }),
  })
}
