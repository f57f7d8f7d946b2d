/**
 * The error bodies of the endpoints that check AccessKey signatures, each in its own cloud's shape:
 *
 * - CloudAPI goes through the POP gateway: `{RequestId, HostId, Code, Message, Recommend}` with an
 *   upper-case UUID request id (reference §1.5, fixtures/pop-errors.samples.json).
 * - FC 3.0: `{Code, Message, RequestId}` + `x-fc-request-id` (the emulator's usual FC error, §3.3).
 * - FC 2016-08-15: `{ErrorCode, ErrorMessage}` + `x-fc-request-id` (§3.3, fixtures/fc-errors.samples.json).
 */
import { FcError, toFc3ErrorResponse } from '../http/errors'

export type SignedApi = 'cloudapi' | 'fc3' | 'fc2'

/** A refusal before any operation ran: the code, status and message the real endpoint answers with. */
export class AuthError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'AuthError'
  }
}

export interface ErrorIds {
  /** FC's request id (`1-…`) */
  fcRequestId: string
  /** POP's request id (upper-case UUID) */
  popRequestId: string
  /** `apigateway.<region>.aliyuncs.com` */
  popHost: string
}

export function authErrorResponse(api: SignedApi, error: AuthError, ids: ErrorIds): Response {
  if (api === 'fc3')
    return toFc3ErrorResponse(new FcError(error.code, error.status, error.message), ids.fcRequestId)
  if (api === 'fc2') {
    return new Response(JSON.stringify({ ErrorCode: error.code, ErrorMessage: error.message }), {
      status: error.status,
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-fc-request-id': ids.fcRequestId },
    })
  }
  const requestId = ids.popRequestId
  const body = {
    RequestId: requestId,
    HostId: ids.popHost,
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=CloudAPI&requestId=${requestId}`,
  }
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: { 'content-type': 'application/json;charset=utf-8', 'x-acs-request-id': requestId },
  })
}

// ── POP (CloudAPI) refusals: codes and messages of the POP gateway (reference §1.5, §2a) ─────────

export const pop = {
  missing: (param: string) => new AuthError(`Missing${param}`, 400, `${param} is mandatory for this action.`),
  incomplete: () =>
    new AuthError('IncompleteSignature', 400, 'The request signature does not conform to Aliyun standards.'),
  badMethod: (param: string) =>
    new AuthError('InvalidSignatureMethod', 400, `Specified ${param} is not valid.`),
  keyNotFound: () => new AuthError('InvalidAccessKeyId.NotFound', 404, 'Specified access key is not found.'),
  timeFormat: () =>
    new AuthError(
      'InvalidTimeStamp.Format',
      400,
      'Specified time stamp or date value is not well formatted.',
    ),
  expired: () =>
    new AuthError('InvalidTimeStamp.Expired', 400, 'Specified time stamp or date value is expired.'),
  nonceUsed: () => new AuthError('SignatureNonceUsed', 400, 'Specified signature nonce was used already.'),
  /** V1 wording from real responses (ddns-go#936); V3's from the V3 signature page. */
  mismatch: (version: 'v1' | 'v3', stringToSign: string) =>
    new AuthError(
      'SignatureDoesNotMatch',
      400,
      `${version === 'v1' ? 'Specified signature is not matched with our calculation.' : 'Specified signature does not match our calculation.'} server string to sign is:${stringToSign}`,
    ),
}

// ── FC refusals (FC error-code table, doc 52736; the same codes on 2016-08-15 and 2023-03-30) ─────

export const fc = {
  missingHeader: (name: string) =>
    new AuthError('MissingRequiredHeader', 400, `required HTTP header ${name} was not specified`),
  keyNotFound: (accessKeyId: string) =>
    new AuthError('InvalidAccessKeyID', 403, `invalid access key ID '${accessKeyId}'`),
  /** The template is not published; this wording is ours (docs/emulator-fidelity.md). */
  skewed: (requestTime: string, now: number) =>
    new AuthError(
      'RequestTimeTooSkewed',
      403,
      `the difference between the request time '${requestTime}' and the current time '${new Date(now).toUTCString()}' is too large`,
    ),
  mismatch: () =>
    new AuthError(
      'SignatureNotMatch',
      403,
      'The request signature we calculated does not match the signature you provided. Check your access key and signing method',
    ),
}
