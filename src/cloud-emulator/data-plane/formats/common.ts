/**
 * Helpers every event format shares: reading a function's return value, the caller's headers as a
 * gateway forwards them, API templates in `{name}` notation, and answers that always carry
 * X-Ca-Request-Id (the emulator's handle on the debug trace, for every format).
 */
import { GATEWAY_HEADERS } from '../../../cloud-api/cloudapi'
import { inMemoryResponse } from '../../http/response'
import type { HeaderRecord } from '../../http/wire'
import type { InvokeOutcome } from '../../runtime/types'
import { headerSafe } from '../gateway/respond'
import type { BuiltEvent, ResponseContext } from './types'

// Stateless when not streaming: one serves every call.
const utf8Encoder = new TextEncoder()
export const encodeUtf8 = (text: string) => utf8Encoder.encode(text)

/** The bytes as UTF-8 text, or null when they are not valid UTF-8 (binary bodies). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

export function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return null
  try {
    return Uint8Array.from(atob(clean), (c) => c.charCodeAt(0))
  } catch {
    return null
  }
}

export const built = (event: Record<string, unknown>): BuiltEvent => ({
  event,
  bytes: encodeUtf8(JSON.stringify(event)),
})

export const typeName = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * A function's return value as the other clouds' gateways would see it. Lambda serialises what the
 * handler returns as JSON; FC hands over bytes as they are (`callback(null, 'text')` is `text`, not
 * `"text"`). So the bytes are read as JSON when they parse, and as a string otherwise.
 */
export type ReturnValue = { json: true; value: unknown } | { json: false; text: string }

export function readReturn(bytes: Uint8Array): ReturnValue {
  const text = new TextDecoder().decode(bytes)
  try {
    return { json: true, value: JSON.parse(text) as unknown }
  } catch {
    return { json: false, text }
  }
}

/** A short quotation of what the function returned, for trace problems. */
export function shown(bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes)
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)
}

/** The error JSON of a failed invocation, as one line (`HandledInvocationError (Error): oops`). */
export function failureText(outcome: Pick<InvokeOutcome, 'errorType' | 'body'>): string {
  const errorType = outcome.errorType ?? 'UnhandledInvocationError'
  const text = new TextDecoder().decode(outcome.body)
  try {
    const parsed = JSON.parse(text) as { errorMessage?: unknown; errorType?: unknown }
    const kind = typeof parsed.errorType === 'string' ? ` (${parsed.errorType})` : ''
    return `${errorType}${kind}: ${String(parsed.errorMessage ?? text)}`
  } catch {
    return `${errorType}: ${text}`
  }
}

/** The function's own timeout ended it (seed 004 `Task timed out after N seconds`). */
export function isTaskTimeout(outcome: Pick<InvokeOutcome, 'status' | 'body'>): boolean {
  if (outcome.status === 'success') return false
  return /^\{\s*"errorMessage"\s*:\s*"Task timed out after/.test(new TextDecoder().decode(outcome.body))
}

/** Statuses that cannot carry a body (the Response constructor refuses one). */
const NULL_BODY = new Set([204, 205, 304])

/** Sets a header the caller will see, dropping what HTTP cannot carry (with a warning). */
export function putHeader(
  headers: Headers,
  name: string,
  value: string,
  warnings: string[],
  mode: 'set' | 'append' = 'set',
): void {
  try {
    headers[mode](name, headerSafe(value, 8192))
  } catch {
    warnings.push(`header ${JSON.stringify(name)} cannot be sent over HTTP and was dropped`)
  }
}

/** The caller's answer, with X-Ca-Request-Id; no body for HEAD and 204/205/304. */
export function answer(
  status: number,
  headers: Headers,
  body: Uint8Array | string,
  ctx: Pick<ResponseContext, 'requestId' | 'method'>,
): Response {
  headers.set(GATEWAY_HEADERS.requestId, ctx.requestId)
  const bytes = typeof body === 'string' ? encodeUtf8(body) : body
  const empty = ctx.method === 'HEAD' || NULL_BODY.has(status)
  return inMemoryResponse(empty ? null : bytes, { status, headers })
}

/** A gateway-made JSON answer of another cloud (`{"message": "Internal server error"}` …). */
export function jsonAnswer(
  status: number,
  value: unknown,
  ctx: Pick<ResponseContext, 'requestId' | 'method'>,
): Response {
  return answer(status, new Headers({ 'Content-Type': 'application/json' }), JSON.stringify(value), ctx)
}

/** A status the answer can carry: an integer 200–599 (the Response constructor's range), else null. */
export function httpStatus(value: number): number | null {
  return Number.isInteger(value) && value >= 200 && value <= 599 ? value : null
}

/**
 * An API's RequestPath in the `{name}` notation of the other clouds: `/users/[id]` → `/users/{id}`, and
 * a trailing `/*` → `/{proxy+}`, AWS's greedy parameter (seed 003: "/dev/{proxy+} – Any route").
 */
export function resourceOf(template: string): string {
  return template
    .split('/')
    .map((segment, i, all) => {
      if (segment === '*' && i === all.length - 1) return '{proxy+}'
      const param = /^\[([A-Za-z_][A-Za-z0-9_]*)\]$/.exec(segment)
      return param ? `{${param[1]}}` : segment
    })
    .join('/')
}

/** Headers a gateway consumes or rebuilds instead of forwarding (hop-by-hop, length, forwarding). */
const NOT_FORWARDED = new Set([
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
  'te',
  'trailer',
  'upgrade',
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-real-ip',
])

/** The caller's headers a gateway passes on, lower-case names (as fetch keeps them), Host included. */
export function callerHeaders(headers: HeaderRecord, host: string): [string, string][] {
  const out: [string, string][] = [['host', host]]
  for (const name in headers)
    if (name !== 'host' && !NOT_FORWARDED.has(name)) out.push([name, headers[name]!])
  return out
}

/** Hex digits of a request id (UUID or FC id), for ids derived from it. */
export const hexOf = (id: string) => id.toLowerCase().replace(/[^0-9a-f]/g, '')
