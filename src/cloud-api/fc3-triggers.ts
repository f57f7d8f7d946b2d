/**
 * FC 3.0 triggers and web functions (API 2023-03-30; reference §3.4–3.5; seed 002 "Connect a web
 * function to API Gateway"), checked against `@alicloud/fc20230330` models: `CreateTriggerInput`,
 * `UpdateTriggerInput`, `Trigger`, `HTTPTrigger`, `HTTPTriggerConfig`, `ListTriggersOutput`,
 * `CustomRuntimeConfig`.
 *
 * A web function is a function on a custom runtime (`custom.debian10` …) whose code starts an HTTP
 * server (`customRuntimeConfig: {command, args, port}`; the port defaults to 9000, and FC tells the
 * server its port in `FC_SERVER_PORT`), reached through its HTTP trigger's URLs. The internal one,
 * `urlIntranet`, is what an FC_HTTP_V3 backend service names as `FcBaseUrl` (seed 002 Step 1–2).
 */
import { z } from 'zod'

/** Custom runtimes: the function is an HTTP server of the user's own (reference §3.4 runtime list). */
export const FC3_CUSTOM_RUNTIMES = [
  'custom.debian10',
  'custom.debian11',
  'custom.debian12',
  'custom',
] as const
export type Fc3CustomRuntime = (typeof FC3_CUSTOM_RUNTIMES)[number]
export const isCustomRuntime = (runtime: string): runtime is Fc3CustomRuntime =>
  (FC3_CUSTOM_RUNTIMES as readonly string[]).includes(runtime)

/** FC's default port of a custom runtime's server (reference §3.5, devsapp/fc#201). */
export const CUSTOM_RUNTIME_DEFAULT_PORT = 9000

export const CustomRuntimeConfigSchema = z.object({
  command: z.array(z.string()).optional(),
  args: z.array(z.string()).optional(),
  port: z
    .number()
    .int('port must be an integer between 1 and 65535.')
    .min(1, 'port must be an integer between 1 and 65535.')
    .max(65535, 'port must be an integer between 1 and 65535.')
    .optional(),
  healthCheckConfig: z.record(z.string(), z.unknown()).optional(),
})
export type CustomRuntimeConfig = z.infer<typeof CustomRuntimeConfigSchema>

// ── Triggers ────────────────────────────────────────────────────────────────────────────────────

/** "letters, digits, hyphens (-), and underscores (_) … 1 to 128 characters … cannot start with a digit or a hyphen" */
export const TRIGGER_NAME = /^[_a-zA-Z][-_a-zA-Z0-9]{0,127}$/
export const TRIGGER_NAME_MESSAGE =
  'The trigger name can contain letters, digits, underscores (_) and hyphens (-), must be 1 to 128 characters long, and cannot start with a digit or a hyphen.'

/** `CreateTriggerInput.triggerType`. Only `http` does anything in the emulator; the others are stored. */
export const TRIGGER_TYPES = [
  'http',
  'oss',
  'log',
  'timer',
  'tablestore',
  'cdn_events',
  'mns_topic',
  'eventbridge',
] as const
export type TriggerType = (typeof TRIGGER_TYPES)[number]

export const HTTP_TRIGGER_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS'] as const

/** `HTTPTriggerConfig`: authType `function` (default) or `anonymous`, the methods it accepts. */
export const HttpTriggerConfigSchema = z.object({
  authType: z
    .enum(['anonymous', 'function'], { message: 'authType must be anonymous or function.' })
    .default('function'),
  methods: z
    .array(z.enum(HTTP_TRIGGER_METHODS, { message: `methods can be ${HTTP_TRIGGER_METHODS.join(', ')}.` }))
    .min(1, 'methods must name at least one HTTP method.'),
  authConfig: z.string().optional(),
  corsConfig: z.record(z.string(), z.unknown()).optional(),
  disableURLInternet: z.boolean().optional(),
})
export type HttpTriggerConfig = z.output<typeof HttpTriggerConfigSchema>

export const CreateTriggerInputSchema = z.object({
  triggerName: z.string().regex(TRIGGER_NAME, TRIGGER_NAME_MESSAGE),
  triggerType: z.enum(TRIGGER_TYPES, { message: `triggerType must be one of: ${TRIGGER_TYPES.join(', ')}.` }),
  /** a JSON string; for `http` an HTTPTriggerConfig */
  triggerConfig: z.string(),
  qualifier: z.string().optional(),
  sourceArn: z.string().optional(),
  invocationRole: z.string().optional(),
  description: z.string().max(256, 'The description can be at most 256 characters.').optional(),
})
export type CreateTriggerInput = z.infer<typeof CreateTriggerInputSchema>

export const UpdateTriggerInputSchema = CreateTriggerInputSchema.pick({
  triggerConfig: true,
  qualifier: true,
  invocationRole: true,
  description: true,
}).partial()
export type UpdateTriggerInput = z.infer<typeof UpdateTriggerInputSchema>

/** `HTTPTrigger`: the trigger's public and internal (VPC) URLs. */
export const HttpTriggerUrlsSchema = z.object({ urlInternet: z.string(), urlIntranet: z.string() })

/** `Trigger`, as CreateTrigger / GetTrigger / UpdateTrigger answer it. */
export const TriggerSchema = z.object({
  triggerId: z.string(),
  triggerName: z.string(),
  triggerType: z.string(),
  triggerConfig: z.string(),
  qualifier: z.string(),
  description: z.string(),
  invocationRole: z.string().optional(),
  sourceArn: z.string().optional(),
  targetArn: z.string(),
  status: z.string(),
  createdTime: z.string(),
  lastModifiedTime: z.string(),
  httpTrigger: HttpTriggerUrlsSchema.optional(),
})
export type Fc3Trigger = z.infer<typeof TriggerSchema>

export const ListTriggersOutputSchema = z.object({
  triggers: z.array(TriggerSchema),
  nextToken: z.string().optional(),
})
export type ListTriggersOutput = z.infer<typeof ListTriggersOutputSchema>

export const ListTriggersQuerySchema = z.object({
  prefix: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100, 'limit must be an integer between 1 and 100.').optional(),
  nextToken: z.string().optional(),
})

// ── HTTP trigger URLs ───────────────────────────────────────────────────────────────────────────

export const FCAPP_DOMAIN_SUFFIX = '.fcapp.run'

/** `https://<prefix>.<region>.fcapp.run` and `https://<prefix>.<region>-vpc.fcapp.run` (SDK `HTTPTrigger` examples). */
export function httpTriggerUrls(prefix: string, region: string) {
  return {
    urlInternet: `https://${prefix}.${region}${FCAPP_DOMAIN_SUFFIX}`,
    urlIntranet: `https://${prefix}.${region}-vpc${FCAPP_DOMAIN_SUFFIX}`,
  }
}

/** The trigger's domain prefix and region from one of its URLs (or a Host), or null. */
export function parseHttpTriggerUrl(
  url: string,
): { prefix: string; region: string; internal: boolean } | null {
  let host: string
  try {
    host = new URL(url.includes('://') ? url : `https://${url}`).hostname.toLowerCase()
  } catch {
    return null
  }
  const match = /^([a-z0-9-]+)\.([a-z0-9-]+?)(-vpc)?\.fcapp\.run$/.exec(host)
  return match ? { prefix: match[1]!, region: match[2]!, internal: match[3] !== undefined } : null
}
