import { createApiGroup } from '@/lib/cloud/api-groups'
import { useStepMutation } from './use-step-mutation'

/** Step 4: CreateApiGroup (seed 002: "enter FC-Group for Group name, set BasePath to /"). */
export function useCreateWizardGroup() {
  return useStepMutation((groupName: string) =>
    createApiGroup({ GroupName: groupName, BasePath: '/', Description: 'Created by Quick Start.' }),
  )
}
