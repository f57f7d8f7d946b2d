import { createBackend } from '@/lib/cloud/backends'
import { useStepMutation } from './use-step-mutation'

/** Step 2: CreateBackend of type "Function Compute / 3.0 / Event Function" (FC_EVENT_V3). */
export function useCreateWizardBackend() {
  return useStepMutation((backendName: string) =>
    createBackend({
      BackendName: backendName,
      BackendType: 'FC_EVENT_V3',
      Description: 'Created by Quick Start.',
    }),
  )
}
