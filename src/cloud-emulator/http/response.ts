/**
 * Response helpers. Every FC response carries `x-fc-request-id` (reference §3.3), so the helpers take
 * the request id and set it; callers add operation-specific headers.
 */
import { inMemoryResponse } from './in-memory-response'

export { inMemoryBody, inMemoryResponse } from './in-memory-response'

export const REQUEST_ID_HEADER = 'x-fc-request-id'

export interface ResponseInit {
  status?: number
  requestId: string
  headers?: Record<string, string>
}

function headersFor(init: ResponseInit, contentType?: string): Headers {
  const headers = new Headers(init.headers)
  headers.set(REQUEST_ID_HEADER, init.requestId)
  if (contentType && !headers.has('content-type')) headers.set('content-type', contentType)
  return headers
}

export function jsonResponse(body: unknown, init: ResponseInit): Response {
  return inMemoryResponse(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: headersFor(init, 'application/json; charset=utf-8'),
  })
}

/** A response without a body (DeleteFunction's 204, an async invocation's 202). */
export function emptyResponse(init: ResponseInit & { status: number }): Response {
  return inMemoryResponse(null, { status: init.status, headers: headersFor(init) })
}

export function bytesResponse(body: Uint8Array, init: ResponseInit & { contentType: string }): Response {
  return inMemoryResponse(body, {
    status: init.status ?? 200,
    headers: headersFor(init, init.contentType),
  })
}
