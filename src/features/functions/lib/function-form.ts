import { z } from 'zod'
import {
  DescriptionSchema,
  FC3_LIMITS,
  FC3_RUNTIMES,
  type Fc3Runtime,
  FunctionNameSchema,
  HandlerSchema,
  MEMORY_MESSAGE,
  MemorySizeSchema,
  RuntimeSchema,
  TIMEOUT_MESSAGE,
  TimeoutSchema,
} from '@/cloud-api/fc3'
import { envRowsSchema } from './env-vars'

/**
 * The function forms' schemas, built from the contract's rules (src/cloud-api/fc3.ts), so the inline
 * messages are the API's InvalidArgument messages word for word. Number inputs give NaN when empty;
 * `z.number({ error })` turns that into the same message instead of zod's "expected number".
 */
export const functionSettingsSchema = z.object({
  runtime: RuntimeSchema,
  handler: HandlerSchema,
  memorySize: z.number({ error: MEMORY_MESSAGE }).pipe(MemorySizeSchema),
  timeout: z.number({ error: TIMEOUT_MESSAGE }).pipe(TimeoutSchema),
  description: DescriptionSchema,
  environmentVariables: envRowsSchema,
})
export type FunctionSettingsValues = z.input<typeof functionSettingsSchema>

export const createFunctionFormSchema = functionSettingsSchema.extend({ functionName: FunctionNameSchema })
export type CreateFunctionFormValues = z.input<typeof createFunctionFormSchema>

export const CREATE_FUNCTION_DEFAULTS: CreateFunctionFormValues = {
  functionName: '',
  runtime: 'nodejs20',
  handler: 'index.handler',
  memorySize: FC3_LIMITS.memoryDefault,
  // The API's default is 3 s (FC3_LIMITS.timeoutDefault), but Alibaba Cloud's console pre-fills 60 s
  // for an event function: 3 s is easily eaten by a cold start, which seed 000's FAQ names as the
  // cause of 503s behind API Gateway.
  timeout: 60,
  description: '',
  environmentVariables: [],
}

const RUNTIME_LABEL: Record<Fc3Runtime, string> = { nodejs20: 'Node.js 20', nodejs18: 'Node.js 18' }

export function runtimeLabel(runtime: string): string {
  return (RUNTIME_LABEL as Record<string, string | undefined>)[runtime] ?? runtime
}

/** The runtimes the API accepts; `current` keeps a function's own runtime listed even if it is another one. */
export function runtimeOptions(current?: string): Array<{ value: string; label: string }> {
  const options = FC3_RUNTIMES.map((value) => ({ value, label: RUNTIME_LABEL[value] }))
  if (current && !options.some((o) => o.value === current))
    options.push({ value: current as Fc3Runtime, label: current })
  return options
}
