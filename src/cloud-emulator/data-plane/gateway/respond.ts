/**
 * The gateway's own answers: errors with `X-Ca-Request-Id`, `X-Ca-Error-Message` and (as on VPC-type
 * instances, which the shared instance is) `X-Ca-Error-Code`, and no body (reference §5,
 * fixtures/gateway-errors.json: "if X-Ca-Error-Code is absent the status/body came from the backend");
 * and the mapping of a function's envelope to the caller's HTTP answer (§3.2).
 */
import {
  type EnvelopeResult,
  GATEWAY_ERRORS,
  GATEWAY_HEADERS,
  type GatewayErrorKind,
} from '../../../cloud-api/cloudapi'
import { answerHeaders, type WireAnswer } from '../../http/wire'

export class GatewayError extends Error {
  readonly status: number
  readonly code: string
  constructor(
    readonly kind: GatewayErrorKind,
    message: string,
  ) {
    super(message)
    this.name = 'GatewayError'
    this.status = GATEWAY_ERRORS[kind].status
    this.code = GATEWAY_ERRORS[kind].code
  }
}

/** Header values must be ByteStrings: anything outside printable ASCII becomes `?`, and long ones are cut. */
export function headerSafe(text: string, max = 1024): string {
  const ascii = text.replace(/[^\x20-\x7e]/g, '?')
  return ascii.length > max ? `${ascii.slice(0, max - 3)}...` : ascii
}

const REQUEST_ID = GATEWAY_HEADERS.requestId.toLowerCase()
const ERROR_CODE = GATEWAY_HEADERS.errorCode.toLowerCase()
const ERROR_MESSAGE = GATEWAY_HEADERS.errorMessage.toLowerCase()

export function gatewayErrorAnswer(error: GatewayError, requestId: string): WireAnswer {
  return {
    wireAnswer: true,
    status: error.status,
    headers: answerHeaders([
      [ERROR_CODE, error.code],
      // Long enough for a server StringToSign with a long query (Invalid Signature).
      [ERROR_MESSAGE, headerSafe(error.message, 8192)],
      [REQUEST_ID, requestId],
    ]),
    body: null,
  }
}

/** Statuses that cannot carry a body (the Response constructor refuses one). */
const NULL_BODY = new Set([204, 205, 304])

/**
 * The function's envelope as the caller's answer, plus `X-Ca-Request-Id`. A header name HTTP cannot carry
 * (spaces, non-ASCII) is dropped, as any HTTP stack would.
 */
export function envelopeAnswer(envelope: EnvelopeResult, requestId: string, method: string): WireAnswer {
  const entries: [string, string][] = []
  for (const name in envelope.headers) entries.push([name, headerSafe(envelope.headers[name]!, 8192)])
  entries.push([REQUEST_ID, requestId])
  const empty = method === 'HEAD' || NULL_BODY.has(envelope.statusCode)
  return {
    wireAnswer: true,
    status: envelope.statusCode,
    headers: answerHeaders(entries),
    body: empty ? null : envelope.body,
  }
}
