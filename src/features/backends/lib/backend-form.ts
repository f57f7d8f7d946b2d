import { z } from 'zod'
import { BackendNameSchema, type BackendType, DescriptionSchema } from '@/cloud-api/cloudapi'

/** The console's names for backend types ("Function Compute / 3.0 / Event Function" = FC_EVENT_V3). */
const TYPE_LABELS: Partial<Record<BackendType, string>> = {
  FC_EVENT_V3: 'Function Compute 3.0 · Event Function',
  FC_HTTP_V3: 'Function Compute 3.0 · Web Function',
  FC_EVENT: 'Function Compute 2.0 · Event Function',
  FC_HTTP: 'Function Compute 2.0 · HTTP Function',
  HTTP: 'HTTP',
  VPC: 'VPC',
  OSS: 'OSS',
  MOCK: 'Mock',
  EVENTBRIDGE: 'EventBridge',
}

export function backendTypeLabel(type: string): string {
  return (TYPE_LABELS as Record<string, string | undefined>)[type] ?? type
}

/** Create Backend Service: name, type, description (CreateBackend), validated with the API's rules. */
export const createBackendFormSchema = z.object({
  BackendName: BackendNameSchema,
  Description: DescriptionSchema,
})
export type CreateBackendFormValues = z.infer<typeof createBackendFormSchema>

/** Bind a function to a stage: the function and its version or alias. */
export const bindFunctionFormSchema = z.object({
  functionName: z.string().min(1, 'Choose the function API Gateway calls.'),
  qualifier: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'A version number, an alias, or LATEST.'),
  description: DescriptionSchema,
})
export type BindFunctionFormValues = z.infer<typeof bindFunctionFormSchema>
