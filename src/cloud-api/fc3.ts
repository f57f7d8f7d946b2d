import { z } from 'zod'
import { CustomRuntimeConfigSchema, FC3_CUSTOM_RUNTIMES } from './fc3-triggers'

// Triggers, custom runtimes and web functions (issue 4) live in ./fc3-triggers.ts.
export * from './fc3-triggers'

/**
 * Function Compute 3.0 (API version 2023-03-30) wire shapes, checked against the official
 * `@alicloud/fc20230330` models (`CreateFunctionInput`, `UpdateFunctionInput`, `Function`,
 * `ListFunctionsOutput`). Field names are the SDK's lower-camel JSON keys.
 * Reference: ../shared/reference/alibaba-cloud.md §3.4.
 *
 * The limits below are shared by the console's forms and the emulator's request validation,
 * so the form's inline message and the API's InvalidArgument say the same thing.
 */
export const FC3_API_VERSION = '2023-03-30'

export const FC3_LIMITS = {
  /** "letters, digits, underscores (_), and hyphens (-); 1 to 64 characters; cannot start with a digit or a hyphen" */
  functionName: /^[_a-zA-Z][-_a-zA-Z0-9]{0,63}$/,
  memoryMin: 128,
  memoryMax: 32768,
  memoryStep: 64,
  memoryDefault: 512,
  timeoutMin: 1,
  timeoutMax: 86400,
  timeoutDefault: 3,
  descriptionMax: 256,
  /** handler as `<file>.<export>`, e.g. `index.handler` */
  handler: /^[^\s]{1,128}$/,
} as const

/** Runtimes this emulator can really run (see docs/emulator-fidelity.md). */
export const FC3_RUNTIMES = ['nodejs20', 'nodejs18'] as const
export type Fc3Runtime = (typeof FC3_RUNTIMES)[number]

export const FUNCTION_NAME_MESSAGE =
  'The function name can contain letters, digits, underscores (_) and hyphens (-), must be 1 to 64 characters long, and cannot start with a digit or a hyphen.'
export const MEMORY_MESSAGE = `Memory must be a multiple of ${FC3_LIMITS.memoryStep} MB between ${FC3_LIMITS.memoryMin} and ${FC3_LIMITS.memoryMax} MB.`
export const TIMEOUT_MESSAGE = `Timeout must be an integer between ${FC3_LIMITS.timeoutMin} and ${FC3_LIMITS.timeoutMax} seconds.`

export const FunctionNameSchema = z.string().regex(FC3_LIMITS.functionName, FUNCTION_NAME_MESSAGE)
export const MemorySizeSchema = z
  .number()
  .int(MEMORY_MESSAGE)
  .min(FC3_LIMITS.memoryMin, MEMORY_MESSAGE)
  .max(FC3_LIMITS.memoryMax, MEMORY_MESSAGE)
  .refine((m) => m % FC3_LIMITS.memoryStep === 0, MEMORY_MESSAGE)
export const TimeoutSchema = z
  .number()
  .int(TIMEOUT_MESSAGE)
  .min(FC3_LIMITS.timeoutMin, TIMEOUT_MESSAGE)
  .max(FC3_LIMITS.timeoutMax, TIMEOUT_MESSAGE)
export const RuntimeSchema = z.enum(FC3_RUNTIMES, {
  message: `Runtime must be one of: ${FC3_RUNTIMES.join(', ')}.`,
})
/**
 * What CreateFunction / UpdateFunction accept: the Node.js runtimes the emulator runs in workers, and
 * the custom runtimes of web functions (run as HTTP servers by the local cloud only; issue 4).
 */
export const FUNCTION_RUNTIMES = [...FC3_RUNTIMES, ...FC3_CUSTOM_RUNTIMES] as const
export const FunctionRuntimeSchema = z.enum(FUNCTION_RUNTIMES, {
  message: `Runtime must be one of: ${FUNCTION_RUNTIMES.join(', ')}.`,
})
export const HandlerSchema = z
  .string()
  .regex(
    /^[^\s.][^\s]*\.[A-Za-z_$][\w$]*$/,
    'The handler must look like <file>.<export>, e.g. index.handler.',
  )
export const DescriptionSchema = z
  .string()
  .max(FC3_LIMITS.descriptionMax, `The description can be at most ${FC3_LIMITS.descriptionMax} characters.`)
export const EnvironmentVariablesSchema = z.record(z.string(), z.string())

/** `InputCodeLocation`: the emulator accepts `zipFile` (base64 zip); OSS locations are answered with InvalidArgument. */
export const InputCodeLocationSchema = z.object({
  zipFile: z.string().optional(),
  checksum: z.string().optional(),
  ossBucketName: z.string().optional(),
  ossObjectName: z.string().optional(),
})

export const CreateFunctionInputSchema = z.object({
  functionName: FunctionNameSchema,
  runtime: FunctionRuntimeSchema,
  handler: HandlerSchema,
  code: InputCodeLocationSchema.optional(),
  memorySize: MemorySizeSchema.optional(),
  timeout: TimeoutSchema.optional(),
  description: DescriptionSchema.optional(),
  environmentVariables: EnvironmentVariablesSchema.optional(),
  cpu: z.number().optional(),
  diskSize: z.number().optional(),
  instanceConcurrency: z.number().int().optional(),
  role: z.string().optional(),
  internetAccess: z.boolean().optional(),
  /** custom runtimes: the server's start command and port (`CustomRuntimeConfig`) */
  customRuntimeConfig: CustomRuntimeConfigSchema.optional(),
})
export type CreateFunctionInput = z.infer<typeof CreateFunctionInputSchema>

/** `UpdateFunctionInput`: every field optional; functionName is in the path and cannot change. */
export const UpdateFunctionInputSchema = CreateFunctionInputSchema.omit({ functionName: true }).partial()
export type UpdateFunctionInput = z.infer<typeof UpdateFunctionInputSchema>

/** `Function` as GetFunction / CreateFunction / UpdateFunction return it. */
export const FunctionSchema = z.object({
  functionId: z.string(),
  functionName: z.string(),
  functionArn: z.string(),
  runtime: z.string(),
  handler: z.string(),
  memorySize: z.number(),
  timeout: z.number(),
  cpu: z.number(),
  diskSize: z.number(),
  instanceConcurrency: z.number(),
  description: z.string(),
  environmentVariables: z.record(z.string(), z.string()),
  codeChecksum: z.string(),
  codeSize: z.number(),
  createdTime: z.string(),
  lastModifiedTime: z.string(),
  state: z.string(),
  lastUpdateStatus: z.string(),
  internetAccess: z.boolean(),
  role: z.string().optional(),
  customRuntimeConfig: CustomRuntimeConfigSchema.optional(),
})
export type Fc3Function = z.infer<typeof FunctionSchema>

/** `ListFunctionsOutput` */
export const ListFunctionsOutputSchema = z.object({
  functions: z.array(FunctionSchema),
  nextToken: z.string().optional(),
})
export type ListFunctionsOutput = z.infer<typeof ListFunctionsOutputSchema>

export const LIST_FUNCTIONS_LIMIT = { default: 20, max: 100 } as const

export const LIST_LIMIT_MESSAGE = `limit must be an integer between 1 and ${LIST_FUNCTIONS_LIMIT.max}.`

/**
 * `ListFunctionsRequest` query (FC3-SDK `listFunctionsWithOptions`: `prefix`, `limit`, `nextToken`; the
 * other filters — runtime, description, tags, fcVersion, gpuType — are not modelled yet). Query values
 * arrive as strings, hence the coercion.
 */
export const ListFunctionsQuerySchema = z.object({
  prefix: z.string().optional(),
  limit: z.coerce
    .number(LIST_LIMIT_MESSAGE)
    .int(LIST_LIMIT_MESSAGE)
    .min(1, LIST_LIMIT_MESSAGE)
    .max(LIST_FUNCTIONS_LIMIT.max, LIST_LIMIT_MESSAGE)
    .optional(),
  nextToken: z.string().optional(),
})
export type ListFunctionsQuery = z.infer<typeof ListFunctionsQuerySchema>

/** `OutputFuncCode`, the body of GetFunctionCode (`GET /2023-03-30/functions/{name}/code`). */
export const OutputFuncCodeSchema = z.object({
  url: z.string(),
  checksum: z.string(),
})
export type OutputFuncCode = z.infer<typeof OutputFuncCodeSchema>

/**
 * Size limits of code and invocation payloads. FC 3.0 documents 32 MB for a synchronous and 128 KB for
 * an asynchronous invocation payload (error `EntityTooLarge`, "payload size exceeds maximum allowed size
 * (%s bytes)"). The code limits are the emulator's (docs/emulator-fidelity.md): they keep a base64 zip in
 * a JSON body and its unzipped files in memory at a size a browser tab survives.
 */
export const FC3_PAYLOAD_LIMITS = {
  syncInvokeBytes: 32 * 1024 * 1024,
  asyncInvokeBytes: 128 * 1024,
  codeZipBytes: 100 * 1024 * 1024,
  codeUnzippedBytes: 500 * 1024 * 1024,
} as const

/**
 * Response headers of InvokeFunction (reference §3.3, alibaba/funcraft `src/lib/cors.js`).
 * `x-fc-log-result` is base64 of the log tail when the request sent `x-fc-log-type: Tail`.
 */
export const INVOKE_HEADERS = {
  requestId: 'x-fc-request-id',
  invocationType: 'x-fc-invocation-type',
  logType: 'x-fc-log-type',
  errorType: 'x-fc-error-type',
  logResult: 'x-fc-log-result',
  codeChecksum: 'x-fc-code-checksum',
  duration: 'x-fc-invocation-duration',
  maxMemoryUsage: 'x-fc-max-memory-usage',
  /** emulator extra (documented in docs/emulator-fidelity.md): init duration of a cold start, ms */
  initDuration: 'x-fc-init-duration',
  instanceId: 'x-fc-instance-id',
} as const

export type InvocationErrorType = 'HandledInvocationError' | 'UnhandledInvocationError'
