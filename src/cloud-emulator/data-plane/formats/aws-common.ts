/**
 * What AWS API Gateway's REST (v1) and HTTP (v2) Lambda proxy integrations share (seed
 * 003_09f11976bae5c6ed.txt): ids and times in AWS's shapes, the headers API Gateway adds, the body
 * encoding, and the gateway's own answers when the function fails — "If the function runs but returns
 * an error, or returns a response in the wrong format, API Gateway returns a 502 … {"message": "Internal
 * server error"}" and "API Gateway does not retry any Lambda invocations" (one invocation, no retry).
 */
import { FORMAT_ERROR_BODIES, FORMAT_STAGE_NAMES, type StageName } from '../../../cloud-api/cloudapi'
import { bytesToBase64 } from '../../control-plane/fc3/code'
import type { Route } from '../gateway/match'
import { callerHeaders, decodeUtf8, failureText, hexOf, jsonAnswer, typeName } from './common'
import type { FormatRequest, FunctionResult, MappedAnswer, ResponseContext } from './types'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const two = (n: number) => String(n).padStart(2, '0')

/** `10/Mar/2020:05:16:23 +0000`, as `requestContext.requestTime` / `time` (seed 003's v2 example). */
export function awsTime(epochMs: number): string {
  const d = new Date(epochMs)
  return `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`
}

/** Ten lower-case characters, like `r3pmxmplak`: the API id, from the group (one group = one AWS API). */
export const awsApiId = (groupId: string) => groupId.slice(0, 10)

/** The domain the caller used, without a port (`requestContext.domainName`), and its first label. */
export function awsDomain(host: string): { domainName: string; domainPrefix: string } {
  const domainName = host.replace(/:\d+$/, '')
  return { domainName, domainPrefix: domainName.split('.')[0] ?? domainName }
}

/** A short base64 id like `JKJaXmPLvHcESHA=` (v2 requestId, v1 extendedRequestId), from the request id. */
export function shortAwsId(requestId: string): string {
  const hex = hexOf(requestId).padEnd(20, '0').slice(0, 20)
  const bytes = Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16))
  return bytesToBase64(bytes)
}

/** The stage as AWS names it (decision 011: RELEASE = prod / $default, PRE = staging, TEST = test). */
export const awsStage = (format: 'aws-rest-v1' | 'aws-http-v2', stage: StageName) =>
  FORMAT_STAGE_NAMES[format][stage]

/**
 * The caller's headers plus what API Gateway adds in front of a function (the AWS-recorded events in
 * fixtures/peers/localstack/aws-recorded-rest-v1-events: Host, X-Amzn-Trace-Id, X-Forwarded-For /
 * -Port / -Proto), lower-case names. CloudFront's headers (edge-optimised REST APIs only) are left out.
 */
export function awsHeaders(request: FormatRequest): [string, string][] {
  const seconds = Math.floor(request.now / 1000)
    .toString(16)
    .padStart(8, '0')
  const traceTail = hexOf(request.requestId).padEnd(24, '0').slice(0, 24)
  return [
    ...callerHeaders(request.headers, request.host),
    ['x-amzn-trace-id', `Root=1-${seconds}-${traceTail}`],
    ['x-forwarded-for', request.clientIp],
    ['x-forwarded-port', request.protocol === 'https' ? '443' : '80'],
    ['x-forwarded-proto', request.protocol],
  ]
}

/**
 * The request body for the event: UTF-8 text as is, binary as base64 with `isBase64Encoded: true`, and
 * none at all when empty (v1 `body: null`, seed 003's example; v2 leaves the field out).
 */
export function awsBody(body: Uint8Array): { body: string | null; isBase64Encoded: boolean } {
  if (body.length === 0) return { body: null, isBase64Encoded: false }
  const text = decodeUtf8(body)
  return text !== null
    ? { body: text, isBase64Encoded: false }
    : { body: bytesToBase64(body), isBase64Encoded: true }
}

/** The route's template segments as `{name}` values: named parameters, and `proxy` for a trailing `/*`. */
export function awsPathParameters(route: Route): Record<string, string> | null {
  const params: Record<string, string> = { ...route.pathParameters }
  if (route.wildcard) params.proxy = route.wildcard
  return Object.keys(params).length > 0 ? params : null
}

/** 502 `{"message": "Internal server error"}`, with why in the trace. */
export function awsInternalError(ctx: ResponseContext, problems: string[]): MappedAnswer {
  const { status, body } = FORMAT_ERROR_BODIES.awsInternal
  return { answer: jsonAnswer(status, body, ctx), reading: { problems, warnings: [] } }
}

/** The function did not answer in time, or failed: the answer does not depend on what it returned. */
export const awsFailed = (result: FunctionResult) =>
  result.kind === 'timeout' || result.outcome.status !== 'success'

/**
 * The answers of `awsFailed` results: the integration timeout (the API's ServiceTimeout standing in for
 * AWS's 29 s / 30 s), and a function error — its own timeout included, which Lambda reports as an error
 * ("Task timed out"), so a 502 like any other.
 */
export function awsFailure(
  format: 'aws-rest-v1' | 'aws-http-v2',
  result: FunctionResult,
  ctx: ResponseContext,
): MappedAnswer {
  if (result.kind === 'timeout') {
    const { status, body } =
      format === 'aws-rest-v1' ? FORMAT_ERROR_BODIES.awsRestTimeout : FORMAT_ERROR_BODIES.awsHttpTimeout
    return { answer: jsonAnswer(status, body, ctx), reading: null }
  }
  return awsInternalError(ctx, [`the function failed: ${failureText(result.outcome)}`])
}

/** A status code as AWS reads it: a number or a numeric string (the recorded `"201"` case). */
export function awsStatusCode(value: unknown): { status: number } | { problem: string } {
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value
  if (typeof number !== 'number' || !Number.isInteger(number))
    return { problem: `statusCode must be an integer, not ${JSON.stringify(value)}` }
  if (number < 200 || number > 599)
    return { problem: `statusCode ${number} is not an HTTP status this gateway can send` }
  return { status: number }
}

/** A header value as AWS sends it: strings as is, numbers and booleans as text (recorded `header-bool`). */
export function awsHeaderValue(name: string, value: unknown): { value: string } | { problem: string } {
  if (typeof value === 'string') return { value }
  if (typeof value === 'number' || typeof value === 'boolean') return { value: String(value) }
  return { problem: `headers.${name} must be a string, not ${typeName(value)}` }
}
