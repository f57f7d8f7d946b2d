import type { z } from 'zod'
import { ApiError, CLIENT_ERROR_CODES } from './api-error'

/**
 * The console's one HTTP client: the only place that sets headers, encodes JSON and turns a
 * failed answer into an ApiError. Feature hooks call `apiRequest` / `apiJson` with a path from
 * `apiPaths`; nothing else calls `fetch` for the cloud.
 */
export type QueryParams = Record<string, string | number | boolean | undefined>

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  query?: QueryParams
  /** Sent as JSON with `content-type: application/json`. */
  json?: unknown
  /** Sent as is (InvokeFunction sends the raw event bytes). */
  body?: BodyInit
  headers?: Record<string, string>
  signal?: AbortSignal
}

/** The header FC 3.0 puts the request id in (also in the error body as RequestId). */
const REQUEST_ID_HEADERS = ['x-fc-request-id', 'x-acs-request-id'] as const

export function withQuery(path: string, query: QueryParams | undefined): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    // Empty values are left out: the API reads `prefix=` as "no prefix" anyway, and it keeps URLs tidy.
    if (value !== undefined && value !== '') params.set(key, String(value))
  }
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

/** Sends the request; resolves with the Response when it is 2xx, throws ApiError otherwise. */
export async function apiRequest(path: string, options: ApiRequestOptions = {}): Promise<Response> {
  const headers = new Headers({ accept: 'application/json', ...options.headers })
  let body = options.body
  if (options.json !== undefined) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(options.json)
  }
  let response: Response
  try {
    response = await fetch(withQuery(path, options.query), {
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

async function errorFromResponse(response: Response): Promise<ApiError> {
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
    code: pick('Code', 'ErrorCode', 'code', 'errorCode') ?? `Http${response.status}`,
    message:
      pick('Message', 'ErrorMessage', 'message', 'errorMessage') ??
      (text.trim().slice(0, 300) || `${response.status} ${response.statusText}`.trim()),
    status: response.status,
    requestId: pick('RequestId', 'requestId') ?? headerRequestId,
  })
}
