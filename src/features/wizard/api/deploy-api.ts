import { deployApi } from '@/lib/cloud/apis'
import { useStepMutation } from './use-step-mutation'

/** Step 6: DeployApi to Production (RELEASE). */
export function useDeployWizardApi() {
  return useStepMutation((input: { apiId: string; groupId: string }) =>
    deployApi({
      ApiId: input.apiId,
      GroupId: input.groupId,
      StageName: 'RELEASE',
      Description: 'Published by Quick Start.',
    }),
  )
}
