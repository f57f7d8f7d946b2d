import type { z } from 'zod'
import { ApiError, CLIENT_ERROR_CODES } from './api-error'

/**
 * The console's one HTTP client: the only place that sets headers, encodes JSON and turns a
 * failed answer into an ApiError. Feature hooks call `apiRequest` / `apiJson` with a path from
 * `apiPaths`; nothing else calls `fetch` for the cloud.
 */
export type QueryParams = Record<string, string | number | boolean | undefined>

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS'
  query?: QueryParams
  /** Sent as JSON with `content-type: application/json`. */
  json?: unknown
  /**
   * Sent as `application/x-www-form-urlencoded` (CloudAPI RPC puts its bulky parameters in the form
   * body, as the official SDK does). Unlike `query`, an empty string is sent: it clears a field.
   */
  form?: QueryParams
  /** Sent as is (InvokeFunction sends the raw event bytes). */
  body?: BodyInit
  headers?: Record<string, string>
  signal?: AbortSignal
}

/**
 * Headers that carry the request id: FC 3.0 (`x-fc-request-id`), POP/CloudAPI (`x-acs-request-id`)
 * and the API Gateway data plane (`x-ca-request-id`). The error body's RequestId wins when present.
 */
const REQUEST_ID_HEADERS = ['x-fc-request-id', 'x-acs-request-id', 'x-ca-request-id'] as const

function toSearchParams(values: QueryParams, keepEmpty = false): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(values)) {
    // Empty query values are left out: the API reads `prefix=` as "no prefix" anyway, and it keeps URLs tidy.
    if (value !== undefined && (keepEmpty || value !== '')) params.set(key, String(value))
  }
  return params
}

export function withQuery(path: string, query: QueryParams | undefined): string {
  if (!query) return path
  const qs = toSearchParams(query).toString()
  if (!qs) return path
  return `${path}${path.includes('?') ? '&' : '?'}${qs}`
}

/**
 * Sends the request and resolves with the Response whatever its status; only an unreachable API
 * throws (NetworkError). The Debug API panel uses it: a gateway error is an answer to show, not a
 * failure. Everything else uses `apiRequest`.
 */
export async function apiFetch(path: string, options: ApiRequestOptions = {}): Promise<Response> {
  const headers = new Headers({ accept: 'application/json', ...options.headers })
  let body = options.body
  if (options.json !== undefined) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(options.json)
  } else if (options.form !== undefined) {
    headers.set('content-type', 'application/x-www-form-urlencoded; charset=UTF-8')
    body = toSearchParams(options.form, true).toString()
  }
  try {
    return await fetch(withQuery(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body,
      signal: options.signal,
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError({
      code: CLIENT_ERROR_CODES.network,
      message: `The console could not reach its API (${path.split('?')[0]}). Check that the server is running.`,
      status: 0,
    })
  }
}

/** Sends the request; resolves with the Response when it is 2xx, throws ApiError otherwise. */
export async function apiRequest(path: string, options: ApiRequestOptions = {}): Promise<Response> {
  const response = await apiFetch(path, options)
  if (!response.ok) throw await errorFromResponse(response)
  return response
}

/** Like apiRequest, and validates the JSON answer against the contract's zod schema. */
export async function apiJson<S extends z.ZodType>(
  path: string,
  schema: S,
  options: ApiRequestOptions = {},
): Promise<z.output<S>> {
  const response = await apiRequest(path, options)
  const data: unknown = await response.json().catch(() => undefined)
  const parsed = schema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ApiError({
      code: CLIENT_ERROR_CODES.invalidResponse,
      message: `The answer of ${path.split('?')[0]} does not match the API contract${
        issue ? ` (${issue.path.join('.') || 'body'}: ${issue.message})` : ''
      }.`,
      status: response.status,
      requestId: requestIdOf(response),
    })
  }
  return parsed.data
}

export function requestIdOf(response: Response): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = response.headers.get(name)
    if (value) return value
  }
  return undefined
}

/**
 * The error bodies of the cloud's APIs, read in this one place:
 * - FC 3.0: `{Code, Message, RequestId}`; FC 2016-08-15: `{ErrorCode, ErrorMessage}`;
 * - CloudAPI (POP RPC): `{RequestId, HostId, Code, Message, Recommend}` (reference §1.5), where
 *   Recommend is the troubleshooting link of the OpenAPI portal;
 * - the gateway data plane: no body contract, the reason is in `X-Ca-Error-Message` (reference §5).
 */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '')
  const headerRequestId = requestIdOf(response)
  let data: Record<string, unknown> | undefined
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>
  } catch {
    data = undefined
  }
  const pick = (...keys: string[]) => {
    for (const key of keys) {
      const value = data?.[key]
      if (typeof value === 'string' && value) return value
    }
    return undefined
  }
  return new ApiError({
    code:
      pick('Code', 'ErrorCode', 'code', 'errorCode') ??
      response.headers.get('x-ca-error-code') ??
      `Http${response.status}`,
    message:
      pick('Message', 'ErrorMessage', 'message', 'errorMessage') ??
      response.headers.get('x-ca-error-message') ??
      (text.trim().slice(0, 300) || `${response.status} ${response.statusText}`.trim()),
    status: response.status,
    requestId: pick('RequestId', 'requestId') ?? headerRequestId,
    recommend: pick('Recommend', 'recommend'),
    hostId: pick('HostId', 'hostId'),
  })
}
