import { z } from 'zod'

/**
 * Function Compute 2016-08-15 ("FC 2.0") wire shapes: services, functions, triggers. THE source is
 * seed 004 "API specification" (its Definitions: Service, ServiceResponse, ServiceUpdateFields,
 * Function, FunctionResponse, FunctionUpdateFields, FunctionCodeResponse, Trigger, TriggerResponse,
 * TriggerUpdateFields, Code, LogConfig, VPCConfig, Error), checked against what the official
 * `@alicloud/fc2` SDK sends (`lib/client.js`). Reference: ../shared/reference/alibaba-cloud.md §3.3–3.4.
 *
 * Shared by the emulator's validation (control-plane/fc2/*) and the console's forms
 * (features/services), so both say the same thing.
 */
export const FC2_API_VERSION = '2016-08-15'

export const FC2_LIMITS = {
  /**
   * Names: letters, digits, `_` and `-`, not starting with a digit or `-` (FC 2.0 CreateService /
   * CreateFunction / CreateTrigger docs); 128 characters for services and triggers, 64 for functions.
   */
  serviceName: /^[_a-zA-Z][-_a-zA-Z0-9]{0,127}$/,
  functionName: /^[_a-zA-Z][-_a-zA-Z0-9]{0,63}$/,
  triggerName: /^[_a-zA-Z][-_a-zA-Z0-9]{0,127}$/,
  /** seed 004 Function.memorySize: "Defaults to 128MB. It should be multiple of 64 MB and between 128MB and 3072MB." */
  memoryMin: 128,
  memoryMax: 3072,
  memoryStep: 64,
  memoryDefault: 128,
  /** seed 004 Function.timeout: "Defaults to 3 seconds, and should be between 1 to 300 seconds." */
  timeoutMin: 1,
  timeoutMax: 300,
  timeoutDefault: 3,
  descriptionMax: 256,
} as const

/**
 * seed 004 Function.runtime: "Supporting nodejs6, nodejs8, python2.7, python3, java8", plus the later
 * Node.js and Python 3 versions of FC 2.0. All are accepted by the API; the emulator runs Node.js
 * (any version, on the host's Node) and Python 3 (local cloud only) — see FC2_RUNNABLE_RUNTIMES.
 */
export const FC2_RUNTIMES = [
  'nodejs6',
  'nodejs8',
  'nodejs10',
  'nodejs12',
  'nodejs14',
  'nodejs16',
  'nodejs18',
  'nodejs20',
  'python2.7',
  'python3',
  'python3.9',
  'python3.10',
  'java8',
] as const
export type Fc2Runtime = (typeof FC2_RUNTIMES)[number]

/** What the console offers for new functions: the runtimes the emulator can execute. */
export const FC2_RUNNABLE_RUNTIMES = ['nodejs20', 'nodejs18', 'python3.10', 'python3.9', 'python3'] as const

export const isPythonRuntime = (runtime: string) => /^python3(\.\d+)?$/.test(runtime)
export const isNodeRuntime = (runtime: string) => /^nodejs\d+$/.test(runtime)

const nameMessage = (kind: string, max: number) =>
  `The ${kind} name can contain letters, digits, underscores (_) and hyphens (-), must be 1 to ${max} characters long, and cannot start with a digit or a hyphen.`
export const SERVICE_NAME_MESSAGE = nameMessage('service', 128)
export const FUNCTION_NAME_MESSAGE = nameMessage('function', 64)
export const TRIGGER_NAME_MESSAGE = nameMessage('trigger', 128)
export const MEMORY_MESSAGE = `Memory must be a multiple of ${FC2_LIMITS.memoryStep} MB between ${FC2_LIMITS.memoryMin} and ${FC2_LIMITS.memoryMax} MB.`
export const TIMEOUT_MESSAGE = `Timeout must be an integer between ${FC2_LIMITS.timeoutMin} and ${FC2_LIMITS.timeoutMax} seconds.`
export const RUNTIME_MESSAGE = `Runtime must be one of: ${FC2_RUNTIMES.join(', ')}.`

export const ServiceNameSchema = z.string().regex(FC2_LIMITS.serviceName, SERVICE_NAME_MESSAGE)
export const FunctionNameSchema = z.string().regex(FC2_LIMITS.functionName, FUNCTION_NAME_MESSAGE)
export const TriggerNameSchema = z.string().regex(FC2_LIMITS.triggerName, TRIGGER_NAME_MESSAGE)
export const MemorySizeSchema = z
  .number()
  .int(MEMORY_MESSAGE)
  .min(FC2_LIMITS.memoryMin, MEMORY_MESSAGE)
  .max(FC2_LIMITS.memoryMax, MEMORY_MESSAGE)
  .refine((m) => m % FC2_LIMITS.memoryStep === 0, MEMORY_MESSAGE)
export const TimeoutSchema = z
  .number()
  .int(TIMEOUT_MESSAGE)
  .min(FC2_LIMITS.timeoutMin, TIMEOUT_MESSAGE)
  .max(FC2_LIMITS.timeoutMax, TIMEOUT_MESSAGE)
export const RuntimeSchema = z.enum(FC2_RUNTIMES, { message: RUNTIME_MESSAGE })
/** `<file>.<function>`: `index.handler` (Node.js), `hello_world.main` (seed 004 FunctionResponse.handler example). */
export const HandlerSchema = z
  .string()
  .regex(
    /^[^\s.][^\s]*\.[A-Za-z_$][\w$]*$/,
    'The handler must look like <file>.<function>, e.g. index.handler.',
  )
export const DescriptionSchema = z
  .string()
  .max(FC2_LIMITS.descriptionMax, `The description can be at most ${FC2_LIMITS.descriptionMax} characters.`)
/** RAM role ARNs: `acs:ram::1234567890:role/fc-test` (seed 004 Service.role example). */
export const RoleSchema = z
  .string()
  .regex(
    /^(acs:ram::\d+:role\/[\w.@-]+)?$/i,
    'A role must be a RAM role ARN like acs:ram::1234567890:role/fc-test.',
  )

/** seed 004 LogConfig */
export const LogConfigSchema = z.object({ project: z.string().optional(), logstore: z.string().optional() })
export type LogConfig = z.infer<typeof LogConfigSchema>
/** seed 004 VPCConfig */
export const VpcConfigSchema = z.object({
  vpcId: z.string().optional(),
  vSwitchIds: z.array(z.string()).optional(),
  securityGroupId: z.string().optional(),
})
export type VpcConfig = z.infer<typeof VpcConfigSchema>

// ── Services ────────────────────────────────────────────────────────────────────────────────────

/** seed 004 `Service` (CreateService body) */
export const ServiceInputSchema = z.object({
  serviceName: ServiceNameSchema,
  description: DescriptionSchema.optional(),
  internetAccess: z.boolean().optional(),
  logConfig: LogConfigSchema.optional(),
  role: RoleSchema.optional(),
  vpcConfig: VpcConfigSchema.optional(),
})
export type ServiceInput = z.infer<typeof ServiceInputSchema>

/** seed 004 `ServiceUpdateFields` (UpdateService body): the name is in the path and cannot change. */
export const ServiceUpdateSchema = ServiceInputSchema.omit({ serviceName: true })
export type ServiceUpdate = z.infer<typeof ServiceUpdateSchema>

/** seed 004 `ServiceResponse`; the emulator fills every field (empty strings where nothing was given). */
export const ServiceResponseSchema = z.object({
  serviceId: z.string(),
  serviceName: z.string(),
  description: z.string(),
  role: z.string(),
  logConfig: z.object({ project: z.string(), logstore: z.string() }),
  vpcConfig: z.object({ vpcId: z.string(), vSwitchIds: z.array(z.string()), securityGroupId: z.string() }),
  internetAccess: z.boolean(),
  createdTime: z.string(),
  lastModifiedTime: z.string(),
})
export type Fc2Service = z.infer<typeof ServiceResponseSchema>

// ── Functions ───────────────────────────────────────────────────────────────────────────────────

/** seed 004 `Code`: an OSS object or a base64 zip (the emulator has no OSS: zipFile only). */
export const CodeSchema = z.object({
  ossBucketName: z.string().optional(),
  ossObjectName: z.string().optional(),
  zipFile: z.string().optional(),
})

/** seed 004 `Function` (CreateFunction body), plus FC 2.0's environmentVariables. */
export const FunctionInputSchema = z.object({
  functionName: FunctionNameSchema,
  runtime: RuntimeSchema,
  handler: HandlerSchema,
  code: CodeSchema,
  description: DescriptionSchema.optional(),
  memorySize: MemorySizeSchema.optional(),
  timeout: TimeoutSchema.optional(),
  environmentVariables: z.record(z.string(), z.string()).optional(),
})
export type FunctionInput = z.infer<typeof FunctionInputSchema>

/** seed 004 `FunctionUpdateFields`: every field optional. */
export const FunctionUpdateSchema = FunctionInputSchema.omit({ functionName: true }).partial()
export type FunctionUpdate = z.infer<typeof FunctionUpdateSchema>

/** seed 004 `FunctionResponse` (and the `functions` items of ListFunctions). */
export const FunctionResponseSchema = z.object({
  functionId: z.string(),
  functionName: z.string(),
  description: z.string(),
  runtime: z.string(),
  handler: z.string(),
  timeout: z.number(),
  memorySize: z.number(),
  codeSize: z.number(),
  codeChecksum: z.string(),
  environmentVariables: z.record(z.string(), z.string()),
  createdTime: z.string(),
  lastModifiedTime: z.string(),
})
export type Fc2Function = z.infer<typeof FunctionResponseSchema>

/** seed 004 `FunctionCodeResponse` */
export const FunctionCodeResponseSchema = z.object({ url: z.string(), checksum: z.string() })
export type Fc2FunctionCode = z.infer<typeof FunctionCodeResponseSchema>

// ── Triggers ────────────────────────────────────────────────────────────────────────────────────

/** Trigger types of FC 2.0; `http` is emulated (reachable under /2016-08-15/proxy/), the rest are stored. */
export const TRIGGER_TYPES = [
  'http',
  'timer',
  'oss',
  'log',
  'cdn_events',
  'tablestore',
  'mns_topic',
  'rds',
  'eventbridge',
] as const
export type TriggerType = (typeof TRIGGER_TYPES)[number]

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS'] as const
export const HTTP_AUTH_TYPES = ['anonymous', 'function'] as const
export type HttpAuthType = (typeof HTTP_AUTH_TYPES)[number]

/** HTTP trigger config (FC 2.0 "HTTP trigger": authType anonymous|function, methods). */
export const HttpTriggerConfigSchema = z.object({
  authType: z.enum(HTTP_AUTH_TYPES, { message: 'triggerConfig.authType must be anonymous or function.' }),
  methods: z
    .array(z.enum(HTTP_METHODS, { message: `Each method must be one of ${HTTP_METHODS.join(', ')}.` }))
    .min(1, 'An HTTP trigger needs at least one method.'),
})
export type HttpTriggerConfig = z.infer<typeof HttpTriggerConfigSchema>

/** Timer trigger config: `cronExpression` (`@every 5m` or a six-field cron), `enable`, optional `payload`. */
export const TimerTriggerConfigSchema = z.object({
  cronExpression: z
    .string()
    .regex(
      /^(@every \d+[hms](\d+[ms])?|\S+( \S+){5,6})$/,
      'triggerConfig.cronExpression must be "@every <n>m" or a six-field cron expression.',
    ),
  enable: z.boolean(),
  payload: z.string().optional(),
})

/** OSS trigger config: the events and an optional key filter. */
export const OssTriggerConfigSchema = z.object({
  events: z.array(z.string().regex(/^oss:\w+:[\w*]+$/, 'OSS events look like oss:ObjectCreated:*.')).min(1),
  filter: z
    .object({ key: z.object({ prefix: z.string().optional(), suffix: z.string().optional() }) })
    .optional(),
})

/** seed 004 `Trigger` (CreateTrigger body), plus FC 2.0's `qualifier` and `description`. */
export const TriggerInputSchema = z.object({
  triggerName: TriggerNameSchema,
  triggerType: z.enum(TRIGGER_TYPES, { message: `triggerType must be one of ${TRIGGER_TYPES.join(', ')}.` }),
  triggerConfig: z.record(z.string(), z.unknown()),
  sourceArn: z.string().optional(),
  invocationRole: RoleSchema.optional(),
  qualifier: z.string().optional(),
  description: DescriptionSchema.optional(),
})
export type TriggerInput = z.infer<typeof TriggerInputSchema>

/** seed 004 `TriggerUpdateFields` */
export const TriggerUpdateSchema = z.object({
  triggerConfig: z.record(z.string(), z.unknown()).optional(),
  invocationRole: RoleSchema.optional(),
  qualifier: z.string().optional(),
  description: DescriptionSchema.optional(),
})
export type TriggerUpdate = z.infer<typeof TriggerUpdateSchema>

/** seed 004 `TriggerResponse`, plus `triggerId` and, for HTTP triggers, the URL that reaches them. */
export const TriggerResponseSchema = z.object({
  triggerId: z.string(),
  triggerName: z.string(),
  triggerType: z.string(),
  triggerConfig: z.record(z.string(), z.unknown()),
  sourceArn: z.string(),
  invocationRole: z.string(),
  qualifier: z.string(),
  description: z.string(),
  createdTime: z.string(),
  lastModifiedTime: z.string(),
  urlInternet: z.string().optional(),
})
export type Fc2Trigger = z.infer<typeof TriggerResponseSchema>

// ── Lists, errors, invocation ───────────────────────────────────────────────────────────────────

/** seed 004 ListServices / ListFunctions / ListTriggers: "Defaults to 20 and cannot exceed 100." */
export const FC2_LIST_LIMIT = { default: 20, max: 100 } as const
export const LIST_LIMIT_MESSAGE = `limit must be an integer between 1 and ${FC2_LIST_LIMIT.max}.`

export const ListQuerySchema = z.object({
  limit: z.coerce
    .number(LIST_LIMIT_MESSAGE)
    .int(LIST_LIMIT_MESSAGE)
    .min(1, LIST_LIMIT_MESSAGE)
    .max(FC2_LIST_LIMIT.max, LIST_LIMIT_MESSAGE)
    .optional(),
  nextToken: z.string().optional(),
  prefix: z.string().optional(),
  startKey: z.string().optional(),
})
export type ListQuery = z.infer<typeof ListQuerySchema>

export const ListServicesOutputSchema = z.object({
  services: z.array(ServiceResponseSchema),
  nextToken: z.string().optional(),
})
export const ListFunctionsOutputSchema = z.object({
  functions: z.array(FunctionResponseSchema),
  nextToken: z.string().optional(),
})
export const ListTriggersOutputSchema = z.object({
  triggers: z.array(TriggerResponseSchema),
  nextToken: z.string().optional(),
})

/**
 * seed 004 `Error`. The docs print lower-camel `errorCode`/`errorMessage`; the service (and what
 * `@alicloud/fc2` reads) is `{ErrorCode, ErrorMessage}` (reference §3.3, fixtures/fc-errors.samples.json).
 */
export const Fc2ErrorSchema = z.object({ ErrorCode: z.string(), ErrorMessage: z.string() })
export type Fc2Error = z.infer<typeof Fc2ErrorSchema>

/** Header of every FC 2.0 resource answer; send it back as `If-Match` on update/delete (seed 004). */
export const ETAG_HEADER = 'etag'
export const IF_MATCH_HEADER = 'if-match'
