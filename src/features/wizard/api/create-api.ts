import { CLOUDAPI_LIMITS } from '@/cloud-api/cloudapi'
import { apiDefinitionParams, createApi } from '@/lib/cloud/apis'
import { useStepMutation } from './use-step-mutation'

/**
 * Step 5: CreateApi with the seed's key settings — No Authentication, Use Existing Backend Service
 * (Function Compute 3.0, Event Function) — answering GET on the given path.
 */
export function useCreateWizardApi() {
  return useStepMutation((input: { groupId: string; apiName: string; path: string; backendId: string }) =>
    createApi(
      apiDefinitionParams({
        groupId: input.groupId,
        apiName: input.apiName,
        description: 'Created by Quick Start.',
        authType: 'ANONYMOUS',
        visibility: 'PUBLIC',
        protocol: 'HTTP',
        method: 'GET',
        path: input.path,
        requestMode: 'PASSTHROUGH',
        parameters: [],
        backendId: input.backendId,
        serviceTimeout: CLOUDAPI_LIMITS.serviceTimeoutDefault,
        resultType: 'JSON',
        resultSample: '',
        failResultSample: '',
      }),
    ),
  )
}
