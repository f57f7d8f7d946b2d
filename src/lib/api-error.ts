/**
 * The one error type the console shows for a failed call. Every API the console talks to answers
 * errors with the cloud's own body, so the user sees the cloud's code, message and request id
 * (the id is what Alibaba Cloud support asks for):
 * - FC 3.0: `{Code, Message, RequestId}` (src/cloud-api/errors.ts, reference §3.3);
 * - CloudAPI: `{RequestId, HostId, Code, Message, Recommend}` (reference §1.5);
 * - FC 2016-08-15: `{ErrorCode, ErrorMessage}` (reference §3.3), accepted too so one client serves both.
 */
export class ApiError extends Error {
  readonly code: string
  readonly status: number
  readonly requestId: string | undefined
  /** CloudAPI's `Recommend`: the OpenAPI portal's troubleshooting link for this error. */
  readonly recommend: string | undefined
  /** CloudAPI's `HostId`: the endpoint that answered (`apigateway.cn-hangzhou.aliyuncs.com`). */
  readonly hostId: string | undefined

  constructor(init: {
    code: string
    message: string
    status: number
    requestId?: string | undefined
    recommend?: string | undefined
    hostId?: string | undefined
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.code = init.code
    this.status = init.status
    this.requestId = init.requestId
    this.recommend = init.recommend
    this.hostId = init.hostId
  }
}

/** Codes the console makes up itself when there is no cloud answer to show. */
export const CLIENT_ERROR_CODES = {
  network: 'NetworkError',
  invalidResponse: 'InvalidResponse',
} as const

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/** Turns anything thrown into the shape the ErrorPanel shows. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  const message = error instanceof Error ? error.message : String(error)
  return new ApiError({ code: 'ClientError', message, status: 0 })
}
