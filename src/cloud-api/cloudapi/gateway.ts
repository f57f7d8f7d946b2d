/**
 * The gateway data plane as callers and functions see it: the group's subdomain, the headers, the
 * event an event function receives (reference §3.1, seeds 000/002 "Request event fields") and the
 * envelope it must return (§3.2, seeds "Response format"). `checkEnvelope` is the one reading of that
 * envelope: the emulator maps responses with it and the console's Debug panel explains failures with it.
 */
import { z } from 'zod'
import type { StageName } from './constants'
import type { EventFormat } from './event-formats'

export const GATEWAY_DOMAIN_SUFFIX = '.alicloudapi.com'

/** `<32 hex groupId>-<region>.alicloudapi.com`, as CreateApiGroup's `SubDomain` (§1.2). */
export const groupSubDomain = (groupId: string, region: string) =>
  `${groupId}-${region}${GATEWAY_DOMAIN_SUFFIX}`

/**
 * Any name under the gateway's domain (a group's default subdomain `<32 hex>-<region>.alicloudapi.com`,
 * or another label there): the only data-plane hosts the proxy forwards to and signs calls for.
 */
export function isGroupDomain(host: string): boolean {
  return /^[a-z0-9](?:[a-z0-9-]{0,62})\.alicloudapi\.com$/.test(host.toLowerCase())
}

/** A Host (port and case ignored) that names a group subdomain, or null. */
export function parseGroupHost(host: string): { groupId: string; region: string } | null {
  const name = host.toLowerCase().replace(/:\d+$/, '')
  const match = /^([0-9a-f]{32})-([a-z0-9-]+)\.alicloudapi\.com$/.exec(name)
  return match ? { groupId: match[1]!, region: match[2]! } : null
}

/** Headers the caller sends and the gateway answers with (§2d table, §5). */
export const GATEWAY_HEADERS = {
  stage: 'X-Ca-Stage',
  requestId: 'X-Ca-Request-Id',
  errorMessage: 'X-Ca-Error-Message',
  errorCode: 'X-Ca-Error-Code',
  key: 'X-Ca-Key',
  signature: 'X-Ca-Signature',
  authorization: 'Authorization',
} as const

/** System headers the gateway adds to the event (fixtures/apigw-to-fc-event.samples.json). */
export const EVENT_SYSTEM_HEADERS = {
  /** the gateway's request id, = X-Ca-Request-Id of the answer */
  apiGateway: 'X-Ca-Api-Gateway',
  forwardedFor: 'X-Forwarded-For',
  forwardedProto: 'X-Forwarded-Proto',
  realIp: 'X-Real-IP',
  /** the Host the caller used */
  caHost: 'CA-Host',
} as const

/** System parameters an API may map to backend headers/query (§1.3 SystemParameter). */
export const SYSTEM_PARAMETERS = [
  'CaClientIp',
  'CaDomain',
  'CaRequestHandleTime',
  'CaAppId',
  'CaRequestId',
  'CaHttpSchema',
  'CaProxy',
  'CaApiName',
  'CaClientUa',
  'CaStage',
] as const

/** The event an event function receives, as JSON bytes (§3.1). */
export const GatewayEventSchema = z.object({
  path: z.string(),
  httpMethod: z.string(),
  headers: z.record(z.string(), z.string()),
  queryParameters: z.record(z.string(), z.string()),
  pathParameters: z.record(z.string(), z.string()),
  body: z.string(),
  isBase64Encoded: z.boolean(),
})
export type GatewayEvent = z.infer<typeof GatewayEventSchema>

/** Gateway-generated errors (§5, fixtures/gateway-errors.json): status, X-Ca-Error-Code, message. */
export const GATEWAY_ERRORS = {
  /** no deployed API matches method + path in the stage (doc 43906 `API not found with \`GET /v2/user/abc\``) */
  apiNotFound: { status: 404, code: 'I404NF' },
  /** a *.alicloudapi.com host that is no group's subdomain (classic `Invalid Domain`) */
  domainNotFound: { status: 404, code: 'I404DO' },
  invalidHeader: { status: 400, code: 'I400HD' },
  missingHeader: { status: 400, code: 'I400MH' },
  missingParameter: { status: 400, code: 'I400MP' },
  /** an APP-authenticated API called without AppKey/signature or AppCode */
  missingAuth: { status: 400, code: 'A400MA' },
  // App authentication and access control (issue 4). Codes from the VPC table (reference §5,
  // fixtures/gateway-errors.json; status = digits 2–4), messages from the classic table. Which message
  // goes with which code is partly guessed (docs/emulator-fidelity.md).
  /** X-Ca-Key names no app (classic `Invalid AppKey`) */
  invalidAppKey: { status: 400, code: 'A400IK' },
  /** an AppCode where the API does not accept one (AppCodeAuthType DISABLE, or in the query without HEADER_QUERY) */
  appCodeNotAllowed: { status: 400, code: 'A400AC' },
  /** the AppCode names no app */
  invalidAppCode: { status: 401, code: 'A401AC' },
  /** `Invalid Signature, Server StringToSign:` … (classic instances answer 400; VPC code A403IS) */
  invalidSignature: { status: 403, code: 'A403IS' },
  /** the app is not authorized for this API in this stage (classic `Unauthorized`) */
  unauthorized: { status: 403, code: 'I403AA' },
  /** the app's authorization has expired (classic `Expiry of Authorization`) */
  authorizationExpired: { status: 403, code: 'A403EP' },
  /** a reused X-Ca-Nonce within 15 minutes (classic `Nonce Used`; code guessed) */
  nonceUsed: { status: 400, code: 'I400NC' },
  /** Content-MD5 does not match the body (classic `Invalid Content-MD5`; code guessed) */
  invalidContentMd5: { status: 400, code: 'I400I5' },
  /** the caller's IP is refused by the API's IP control (code A403IP; message guessed) */
  ipDenied: { status: 403, code: 'A403IP' },
  /** throttled (`Throttled by API|APP|USER Flow Control`; VPC 429 codes, pairing guessed) */
  throttledApi: { status: 429, code: 'T429PA' },
  throttledApp: { status: 429, code: 'T429PR' },
  throttledUser: { status: 429, code: 'T429SR' },
  /** the function failed or its answer is not the envelope: 502 (seeds 000/002 FAQ; §3.2 D502FC) */
  badFunctionResponse: { status: 502, code: 'D502FC' },
  /** ServiceTimeout elapsed first (§3.2 `D504TO` "Backend service request timeout"; the seeds' FAQ says 503) */
  backendTimeout: { status: 504, code: 'D504TO' },
  /** emulator-only: a backend the emulator cannot call (other backend types; web functions in the browser-only mode) */
  backendNotSupported: { status: 501, code: 'X501NS' },
  internalError: { status: 500, code: 'X500ER' },
} as const
export type GatewayErrorKind = keyof typeof GATEWAY_ERRORS

/** The envelope, once read: what the caller will get. */
export interface EnvelopeResult {
  ok: true
  statusCode: number
  headers: Record<string, string>
  body: Uint8Array
  /** tolerated deviations (numeric-string statusCode, object body, "false" strings …) */
  warnings: string[]
}
export interface EnvelopeFailure {
  ok: false
  /** one line per field that is missing or wrong, e.g. `statusCode is missing` */
  problems: string[]
}

const typeName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value)

function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return null
  try {
    return Uint8Array.from(atob(clean), (c) => c.charCodeAt(0))
  } catch {
    return null
  }
}

/**
 * Reads an event function's return value as the gateway does (§3.2; seed 002 FAQ: "API Gateway
 * expects isBase64Encoded, statusCode, headers, and body fields … If any field is missing or
 * malformed, API Gateway treats the backend as unavailable"). Tolerated, as the docs' own Node and
 * Python samples need: `statusCode: '200'`, `isBase64Encoded: "false"`, an object body (sent as JSON).
 */
/** Stateless when not streaming: one of each serves every call (the data plane reads an envelope per call). */
const envelopeDecoder = new TextDecoder()
const envelopeEncoder = new TextEncoder()

export function checkEnvelope(bytes: Uint8Array): EnvelopeResult | EnvelopeFailure {
  const text = envelopeDecoder.decode(bytes)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text
    return {
      ok: false,
      problems: [`the function returned ${JSON.stringify(shown)}, which is not a JSON object`],
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, problems: [`the function returned a JSON ${typeName(value)}, not an object`] }
  const envelope = value as Record<string, unknown>
  const problems: string[] = []
  const warnings: string[] = []

  let base64 = false
  const flag = envelope.isBase64Encoded
  if (flag === undefined) problems.push('isBase64Encoded is missing')
  else if (typeof flag === 'boolean') base64 = flag
  else if (flag === 'true' || flag === 'false') {
    base64 = flag === 'true'
    warnings.push(`isBase64Encoded is the string "${flag}", read as a boolean`)
  } else problems.push(`isBase64Encoded must be true or false, not ${typeName(flag)}`)

  let statusCode = 0
  const status = envelope.statusCode
  if (status === undefined) problems.push('statusCode is missing')
  else if (typeof status === 'number' || (typeof status === 'string' && /^\d+$/.test(status.trim()))) {
    statusCode = Number(status)
    if (typeof status === 'string') warnings.push(`statusCode is the string "${status}", read as a number`)
    if (!Number.isInteger(statusCode) || statusCode < 200 || statusCode > 599)
      problems.push(`statusCode ${status} is not an HTTP status between 200 and 599`)
  } else problems.push(`statusCode must be a number, not ${typeName(status)}`)

  const headers: Record<string, string> = {}
  const rawHeaders = envelope.headers
  if (rawHeaders === undefined) problems.push('headers is missing')
  else if (rawHeaders === null || typeof rawHeaders !== 'object' || Array.isArray(rawHeaders))
    problems.push(`headers must be an object, not ${typeName(rawHeaders)}`)
  else
    for (const [name, v] of Object.entries(rawHeaders)) {
      if (typeof v === 'string') headers[name] = v
      else if (typeof v === 'number' || typeof v === 'boolean') headers[name] = String(v)
      else problems.push(`headers.${name} must be a string, not ${typeName(v)}`)
    }

  let body: Uint8Array = new Uint8Array()
  const rawBody = envelope.body
  if (rawBody === undefined) problems.push('body is missing')
  else if (rawBody === null) problems.push('body is null')
  else if (typeof rawBody === 'string') {
    const decoded = base64 ? decodeBase64(rawBody) : envelopeEncoder.encode(rawBody)
    if (decoded) body = decoded
    else problems.push('isBase64Encoded is true but body is not valid base64')
  } else {
    if (base64) problems.push(`isBase64Encoded is true but body is ${typeName(rawBody)}, not a base64 string`)
    else {
      body = envelopeEncoder.encode(JSON.stringify(rawBody))
      warnings.push(`body is ${article(typeName(rawBody))}, sent as JSON text`)
    }
  }

  return problems.length > 0 ? { ok: false, problems } : { ok: true, statusCode, headers, body, warnings }
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`)

/** Bodies in traces: text when it is UTF-8, else base64. */
export interface TraceBody {
  text: string
  encoding: 'utf8' | 'base64'
}

/**
 * One call through the data plane, for the console's Debug API panel. Emulator-only: served by
 * `GET /__emulator/gateway-traces?requestId=<X-Ca-Request-Id>` (the console: `/api/emulator/…`), kept
 * in memory (the last 20 per API), never persisted.
 */
export interface GatewayTrace {
  requestId: string
  time: string
  groupId: string
  stage: StageName
  apiId: string | null
  apiName: string | null
  request: { method: string; url: string; path: string; headers: Record<string, string>; body: TraceBody }
  /** what the function received; null when the gateway answered before calling it */
  event: GatewayEvent | Record<string, unknown> | null
  /** issue 7: the event format of the API (absent: Alibaba's); `event` and the answer follow it */
  eventFormat?: EventFormat
  functionResult: {
    functionName: string
    /** the runtime's outcome: success, handled / unhandled error, or cut off by ServiceTimeout */
    status: 'success' | 'handled' | 'unhandled' | 'timeout'
    body: TraceBody
    errorType: string | null
    logs: string[]
    durationMs: number
  } | null
  /** how the gateway read the function's answer (checkEnvelope, or the event format's rules) */
  envelope: { problems: string[]; warnings: string[] } | null
  response: { status: number; headers: Record<string, string>; body: TraceBody }
  /** issue 4: who called (app authentication); absent before the API was found */
  auth?: GatewayTraceAuth | null
  /** issue 4: the IP control bound to the API in this stage, if any, and its verdict */
  ipControl?: GatewayTraceIpControl | null
  /** issue 4: the traffic control bound to the API in this stage, if any, and the counts it compared */
  throttling?: GatewayTraceThrottling | null
  /** FC_HTTP_V3 (web function) backends: the raw HTTP request forwarded (`event` is then null) */
  backendRequest?: { method: string; url: string; headers: Record<string, string>; body: TraceBody } | null
}

/**
 * App authentication of one call, for the Debug panel: beside the client's StringToSign (the proxy's
 * `/api/sign/gateway` answers it) the console shows `stringToSign`, the gateway's own (with `\n`; the
 * `X-Ca-Error-Message` prints it with `#`), and marks the first character where they differ.
 * Secrets never appear here: not the AppSecret, and an AppCode only as its last 4 characters.
 */
export interface GatewayTraceAuth {
  /** `none`: an APP API called with neither a signature nor an AppCode; `anonymous`: no auth needed */
  mode: 'anonymous' | 'signature' | 'appcode' | 'none'
  appId: number | null
  appName: string | null
  /** X-Ca-Key as sent (an AppKey is not secret: it travels in clear) */
  appKey: string | null
  signatureMethod: string | null
  /** X-Ca-Signature-Headers as declared, in the caller's case */
  signedHeaders: string[]
  /** the gateway's canonical string to sign, `\n`-separated */
  stringToSign: string | null
  result: 'ok' | 'rejected'
  /** the gateway error that refused the call (code + X-Ca-Error-Message) */
  error: { code: string; message: string } | null
}

export interface GatewayTraceIpControl {
  ipControlId: string
  ipControlName: string
  ipControlType: 'ALLOW' | 'REFUSE'
  /** the caller's address as the gateway saw it (the connection's, not X-Forwarded-For) */
  clientIp: string
  /** the policy entry that matched (`CidrIp` entry, with its AppId for ALLOW entries), or null */
  matched: { cidr: string; appId: string | null } | null
  result: 'allowed' | 'refused'
}

export interface GatewayTraceThrottling {
  trafficControlId: string
  trafficControlName: string
  unit: 'SECOND' | 'MINUTE' | 'HOUR' | 'DAY'
  /** each limit compared, with the calls counted in the current window (this one included when passed) */
  checks: { dimension: 'API' | 'USER' | 'APP'; key: string; limit: number; used: number }[]
  result: 'passed' | 'throttled'
}

export const GATEWAY_TRACES_PATH = '/__emulator/gateway-traces'
