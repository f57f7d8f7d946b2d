import { createFunction } from '@/lib/cloud/functions'
import { STARTER_CODE } from '@/lib/cloud/starter-code'
import { textFile, zipToBase64 } from '@/lib/zip'
import { useStepMutation } from './use-step-mutation'

/**
 * Step 1 (seed 000/002 "Create an event function"): CreateFunction on Node.js 20 with the guide's
 * API Gateway handler as index.js.
 */
export function useCreateWizardFunction() {
  return useStepMutation((functionName: string) =>
    createFunction({
      functionName,
      runtime: 'nodejs20',
      handler: 'index.handler',
      memorySize: 512,
      timeout: 60,
      description: 'Created by Quick Start: the API Gateway event handler of the Function Compute guide.',
      code: { zipFile: zipToBase64({ 'index.js': textFile(STARTER_CODE) }) },
    }),
  )
}
