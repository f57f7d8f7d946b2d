/**
 * Shared validation rules of CloudAPI 2016-07-14 parameters, with the messages the console's forms
 * show and the emulator appends to its `Invalid<Param>` errors (ARCHITECTURE.md principle 6), plus the
 * small zod helpers for the wire's quirks: case-insensitive enum values and JSON-string parameters
 * whose keys arrive in any case (reference §1.1).
 */
import { z } from 'zod'

export const CLOUDAPI_LIMITS = {
  /**
   * SDK `CreateApiRequest.apiName`: "4 to 50 characters in length. It must start with a letter and can
   * contain letters, digits, and underscores (_)".
   */
  apiName: /^[A-Za-z][A-Za-z0-9_]{3,49}$/,
  /**
   * The SDK gives no rule for GroupName; the console's rule is the ApiName one plus Chinese characters,
   * and the seed (002 Step 3) names its group `FC-Group`, so hyphens are accepted too. (Guessed.)
   */
  groupName: /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9_\-\u4e00-\u9fa5]{3,49}$/,
  /** No published rule for BackendName; the group rule is used. (Guessed.) */
  backendName: /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9_\-\u4e00-\u9fa5]{3,49}$/,
  /** CreateApi `Description` ≤ 180 characters (§1.2); the same limit is applied to groups and backends. */
  descriptionMax: 180,
  /** Ids handed out by the cloud: 32 lower-case hex digits (GroupId, ApiId, BackendId, BackendModelId). */
  id: /^[0-9a-f]{32}$/,
  requestPathMax: 200,
  /** `ServiceTimeout` in milliseconds (§1.3 "ms, required"); 30 s is the shared-instance ceiling. */
  serviceTimeoutMin: 1,
  serviceTimeoutMax: 30000,
  serviceTimeoutDefault: 10000,
  /** DescribeApiGroups `PageSize` max 50; DescribeApis / DescribeBackendList max 100 (§1.2). */
  pageSizeDefault: 10,
  groupPageSizeMax: 50,
  pageSizeMax: 100,
} as const

export const API_NAME_MESSAGE =
  'The API name must be 4 to 50 characters long, start with a letter, and contain only letters, digits and underscores (_).'
export const GROUP_NAME_MESSAGE =
  'The group name must be 4 to 50 characters long, start with a letter or a Chinese character, and contain only letters, Chinese characters, digits, underscores (_) and hyphens (-).'
export const BACKEND_NAME_MESSAGE =
  'The backend service name must be 4 to 50 characters long, start with a letter or a Chinese character, and contain only letters, Chinese characters, digits, underscores (_) and hyphens (-).'
export const DESCRIPTION_MESSAGE = `The description can be at most ${CLOUDAPI_LIMITS.descriptionMax} characters.`
export const REQUEST_PATH_MESSAGE =
  'The request path must start with /, be at most 200 characters, and contain only letters, digits and - _ . ~ /; path parameters are written in square brackets, e.g. /users/[userId], and a trailing /* matches any sub-path.'
export const SERVICE_TIMEOUT_MESSAGE = `ServiceTimeout is in milliseconds and must be an integer between ${CLOUDAPI_LIMITS.serviceTimeoutMin} and ${CLOUDAPI_LIMITS.serviceTimeoutMax}.`
export const BASE_PATH_MESSAGE =
  'The base path must start with / and contain only letters, digits and - _ . /.'

export const ApiNameSchema = z.string().regex(CLOUDAPI_LIMITS.apiName, API_NAME_MESSAGE)
export const GroupNameSchema = z.string().regex(CLOUDAPI_LIMITS.groupName, GROUP_NAME_MESSAGE)
export const BackendNameSchema = z.string().regex(CLOUDAPI_LIMITS.backendName, BACKEND_NAME_MESSAGE)
export const DescriptionSchema = z.string().max(CLOUDAPI_LIMITS.descriptionMax, DESCRIPTION_MESSAGE)
export const BasePathSchema = z.string().regex(/^\/[A-Za-z0-9_\-./]*$/, BASE_PATH_MESSAGE)
export const IdSchema = (what: string) =>
  z.string().regex(CLOUDAPI_LIMITS.id, `${what} is a 32-character hexadecimal id.`)

/** A path parameter segment: `[name]`, the documented syntax (§1.3 RequestPath). */
export const PATH_PARAM_SEGMENT = /^\[([A-Za-z_][A-Za-z0-9_]*)\]$/
const STATIC_SEGMENT = /^[A-Za-z0-9\-_.~]+$/

/** The `[param]` names of a request path, in order. */
export function pathParameterNames(path: string): string[] {
  return path
    .split('/')
    .map((segment) => PATH_PARAM_SEGMENT.exec(segment)?.[1])
    .filter((name): name is string => name !== undefined)
}

/** Why a request path is not valid, or null when it is. */
export function requestPathProblem(path: string): string | null {
  if (!path.startsWith('/') || path.length > CLOUDAPI_LIMITS.requestPathMax) return REQUEST_PATH_MESSAGE
  const segments = path.split('/').slice(1)
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1
    if (segment === '' && last) continue // `/` and a trailing slash
    if (segment === '*' && last) continue // the PASSTHROUGH wildcard (funcraft / terraform `/*`)
    if (!STATIC_SEGMENT.test(segment) && !PATH_PARAM_SEGMENT.test(segment)) return REQUEST_PATH_MESSAGE
  }
  const names = pathParameterNames(path)
  const duplicate = names.find((name, i) => names.indexOf(name) !== i)
  return duplicate ? `The path parameter [${duplicate}] appears more than once.` : null
}

export const RequestPathSchema = z.string().superRefine((path, ctx) => {
  const problem = requestPathProblem(path)
  if (problem) ctx.addIssue({ code: 'custom', message: problem })
})

export const ServiceTimeoutSchema = z.coerce
  .number({ message: SERVICE_TIMEOUT_MESSAGE })
  .int(SERVICE_TIMEOUT_MESSAGE)
  .min(CLOUDAPI_LIMITS.serviceTimeoutMin, SERVICE_TIMEOUT_MESSAGE)
  .max(CLOUDAPI_LIMITS.serviceTimeoutMax, SERVICE_TIMEOUT_MESSAGE)

/**
 * An enum whose values are accepted in any case and come out canonical (funcraft sends
 * `Visibility: "Private"`, `ResultType: "passthrough"`; reference §1.1).
 */
export function ciEnum<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  const canonical = (value: unknown) =>
    typeof value === 'string' ? (values.find((v) => v.toLowerCase() === value.toLowerCase()) ?? value) : value
  return z.preprocess(canonical, z.enum(values, { message: `${what} must be one of: ${values.join(', ')}.` }))
}

/** `true`/`false` as the RPC wire sends booleans (query/form strings), or a JSON boolean. */
export const WireBooleanSchema = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value
    const lower = value.toLowerCase()
    return lower === 'true' ? true : lower === 'false' ? false : value
  },
  z.boolean({ message: 'must be true or false.' }),
)

/** Every PascalCase key the JSON-string parameters can carry, by lower case (see normalizeKeys). */
const knownKeys = new Map<string, string>()
export function registerKeys(schema: z.ZodObject): void {
  for (const key of Object.keys(schema.shape)) knownKeys.set(key.toLowerCase(), key)
}

/**
 * Keys of JSON-string parameters are read case-insensitively and echoed PascalCase (reference §1.1:
 * funcraft and terraform send camelCase): a key known to any registered schema takes that spelling,
 * any other key gets an upper-case first letter.
 */
export function normalizeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeKeys)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    const canonical = knownKeys.get(key.toLowerCase()) ?? key.charAt(0).toUpperCase() + key.slice(1)
    out[canonical] = normalizeKeys(inner)
  }
  return out
}

/** The issue a JSON-string parameter raises when it is not JSON at all (→ `InvalidFormat<Param>`). */
export const NOT_WELL_FORMATTED = 'not-well-formatted'

/** A parameter that carries JSON text (`RequestConfig`, `ServiceConfig`, `BackendModelData` …). */
export function jsonString<S extends z.ZodType>(schema: S) {
  return z
    .string()
    .transform((text, ctx) => {
      try {
        return normalizeKeys(JSON.parse(text))
      } catch {
        ctx.addIssue({ code: 'custom', message: 'is not valid JSON.', params: { kind: NOT_WELL_FORMATTED } })
        return z.NEVER
      }
    })
    .pipe(schema)
}
