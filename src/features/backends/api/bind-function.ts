import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { StageName } from '@/cloud-api/cloudapi'
import {
  bindEventFunctionParams,
  bindWebFunctionParams,
  createBackendModel,
  type EventFunctionTarget,
} from '@/lib/cloud/backends'
import { httpTriggerOf, listTriggers } from '@/lib/cloud/web-function'
import { backendKeys } from './query-keys'

/**
 * Publish a stage's backend definition: CreateBackendModel with the event function (seed 000 Step 2:
 * "click the Production tab … click Create. Choose the event function … and click Publish").
 */
export function useBindFunction(backendId: string, backendType = 'FC_EVENT_V3') {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: { stage: StageName; target: EventFunctionTarget; description: string }) => {
      if (backendType !== 'FC_HTTP_V3')
        return createBackendModel(
          bindEventFunctionParams(backendId, input.stage, input.target, input.description),
        )
      // A web function is reached through its HTTP trigger's internal endpoint (seed 002 Step 2).
      const trigger = httpTriggerOf((await listTriggers(input.target.functionName)).triggers)
      if (!trigger?.httpTrigger)
        throw new Error(
          `${input.target.functionName} has no HTTP trigger: create one on the function's page first.`,
        )
      return createBackendModel(
        bindWebFunctionParams(
          backendId,
          input.stage,
          { ...input.target, fcBaseUrl: trigger.httpTrigger.urlIntranet },
          input.description,
        ),
      )
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backendKeys.detail(backendId) }),
  })
}
