import { bindEventFunctionParams, createBackendModel } from '@/lib/cloud/backends'
import { useStepMutation } from './use-step-mutation'

/** Step 3 (seed: "click the Production tab … Create … choose the event function … Publish"). */
export function useBindWizardFunction() {
  return useStepMutation((input: { backendId: string; functionName: string; functionArn: string }) =>
    createBackendModel(
      bindEventFunctionParams(
        input.backendId,
        'RELEASE',
        { functionName: input.functionName, functionArn: input.functionArn },
        'Bound by Quick Start.',
      ),
    ),
  )
}
