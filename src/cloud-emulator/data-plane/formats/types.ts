/**
 * One interface for every event format (issue 7): how the gateway turns a call into the event an event
 * function receives, and the function's answer into the caller's HTTP answer. The gateway itself
 * (routing, app authentication, IP control, throttling, parameter checks — gateway.ts, security.ts)
 * stays Alibaba Cloud's for every format: a format changes only the contract between the gateway and
 * the function (decision 011).
 */
import type { EventFormat } from '../../../cloud-api/cloudapi'
import type { WireAnswer } from '../../http/wire'
import type { InvokeOutcome } from '../../runtime/types'
import type { IncomingCall } from '../gateway/event'
import type { Route } from '../gateway/match'
import type { GatewayError } from '../gateway/respond'

/** The call as the gateway received it (method, path, query, headers, body, caller, stage, time). */
export type FormatRequest = IncomingCall

/** What the formats need to know beyond the call and its route. */
export interface FormatContext {
  accountId: string
  region: string
  /** the AppKey of a signature-authenticated caller (Tencent `requestContext.identity.secretId`), else null */
  appKey: string | null
  /** the query string as sent, without `?` (AWS v2 `rawQueryString`) */
  rawQuery: string
  /**
   * Alibaba's event of this call, when the gateway has already built it (it does for every call, to check
   * the API's required parameters): the Alibaba format hands it over instead of building it again.
   */
  alibabaEvent?: Record<string, unknown>
}

/** The event: as JSON for the debug trace, and the bytes the function receives. */
export interface BuiltEvent {
  event: Record<string, unknown>
  bytes: Uint8Array
}

/** How the invocation ended, as the gateway saw it. */
export type FunctionResult =
  | { kind: 'done'; outcome: Pick<InvokeOutcome, 'status' | 'body' | 'errorType'> }
  /** the API's ServiceTimeout elapsed before the function answered */
  | { kind: 'timeout'; functionName: string; timeoutMs: number }

export interface ResponseContext {
  /** the gateway request id (X-Ca-Request-Id), on every answer so the debug trace can be found */
  requestId: string
  method: string
  route: Route
}

/** Why the answer is what it is: the problems that made it an error, the deviations tolerated. */
export interface AnswerReading {
  problems: string[]
  warnings: string[]
}

export interface MappedAnswer {
  /** the caller's answer, or an Alibaba gateway error (X-Ca-Error-Code, no body) */
  answer: Response | WireAnswer | GatewayError
  /** for the trace's `envelope`; null when the function's answer was not read (it failed or timed out) */
  reading: AnswerReading | null
}

export interface EventFormatAdapter {
  id: EventFormat
  buildEvent(request: FormatRequest, route: Route, ctx: FormatContext): BuiltEvent
  mapResponse(result: FunctionResult, ctx: ResponseContext): MappedAnswer
}
