/**
 * The API Gateway data plane: a call to `<GroupId>-<region>.alicloudapi.com` (routed here by Host,
 * dispatch.ts) is answered by the API deployed to the `X-Ca-Stage` stage (default RELEASE) whose
 * method and path match, by running its event function and mapping its answer to HTTP as the API's
 * event format says (../formats: Alibaba's envelope by default; issue 7).
 * Every answer carries `X-Ca-Request-Id`; gateway-made answers add X-Ca-Error-Code / -Message (§5).
 * Each call leaves a debug trace (./traces.ts).
 */
import {
  DEFAULT_STAGE,
  GATEWAY_HEADERS,
  type GatewayTrace,
  parseGroupHost,
  STAGE_NAMES,
  type StageName,
} from '../../../cloud-api/cloudapi'
import type { OpContext, WireOperation } from '../../context'
import { inMemoryBody } from '../../http/response'
import {
  type HeaderRecord,
  headerRecordOf,
  isWireAnswer,
  responseFromAnswer,
  type WireAnswer,
} from '../../http/wire'
import { popRequestId } from '../../ids'
import { isPromise } from '../../promises'
import { formatOf, type MappedAnswer } from '../formats'
import { backendTarget, callEventFunction } from './backend'
import { buildEvent, type IncomingCall } from './event'
import { matchRoute } from './match'
import { GatewayError, gatewayErrorAnswer } from './respond'
import { secureCall } from './security'
import { lazyTraceBody, recordTrace, traceBody } from './traces'
import { serveWebFunction } from './web-backend'

/** What the data plane reads of a call: the local cloud's wire request, or one read from a `Request`. */
interface GatewayRequest {
  method: string
  headers: HeaderRecord
  body: Uint8Array
}

const NO_BODY = new Uint8Array()
const EMPTY_TRACE_BODY = Object.freeze(traceBody(NO_BODY))
const NO_QUERY = new URLSearchParams()

/** A `Request`'s parts (MSW, tests); the local cloud's wire request is used as it is. */
async function gatewayRequestOf(ctx: OpContext): Promise<GatewayRequest> {
  const { method, headers } = ctx.request
  const hasBody = method !== 'GET' && method !== 'HEAD'
  const body = hasBody ? new Uint8Array(await ctx.request.arrayBuffer()) : NO_BODY
  return { method, headers: headerRecordOf(headers), body }
}

const STAGE_HEADER = GATEWAY_HEADERS.stage.toLowerCase()

function stageOf(headers: HeaderRecord): StageName {
  const value = headers[STAGE_HEADER]
  if (value === undefined || value === '') return DEFAULT_STAGE
  const stage = STAGE_NAMES.find((name) => name === value.toUpperCase())
  if (!stage)
    throw new GatewayError(
      'invalidHeader',
      `Invalid Header \`${GATEWAY_HEADERS.stage}\` must be one of ${STAGE_NAMES.join(', ')}`,
    )
  return stage
}

/**
 * The caller's address: the connection's, which the adapters pass (`emulator.handle(request,
 * {clientIp})`: the local cloud the socket's, MSW 127.0.0.1). Without one (direct core calls in tests)
 * the first X-Forwarded-For entry, else X-Real-IP, else 127.0.0.1.
 */
function clientIpOf(ctx: OpContext, headers: HeaderRecord): string {
  if (ctx.clientIp) return ctx.clientIp
  const forwarded = headers['x-forwarded-for']?.split(',')[0]?.trim()
  return forwarded || headers['x-real-ip'] || '127.0.0.1'
}

/**
 * Groups by Host name (parseGroupHost's regex per call otherwise); bounded, as callers choose the names.
 */
const parsedHosts = new Map<string, ReturnType<typeof parseGroupHost>>()
function groupHostOf(hostname: string): ReturnType<typeof parseGroupHost> {
  let parsed = parsedHosts.get(hostname)
  if (parsed === undefined) {
    parsed = parseGroupHost(hostname)
    if (parsedHosts.size >= 256) parsedHosts.clear()
    parsedHosts.set(hostname, parsed)
  }
  return parsed
}

/**
 * A trace's time, as `Date#toISOString` writes it. V8 formats every date with seven snprintf calls (~6.7k
 * instructions, as much as the call's routing): the date and time are formatted once per second and the
 * milliseconds appended.
 */
let lastSecond = Number.NaN
let secondPrefix = ''
export function isoTime(ms: number): string {
  const whole = Math.floor(ms)
  const second = Math.floor(whole / 1000)
  if (second !== lastSecond) {
    // `YYYY-MM-DDTHH:mm:ss.` (whatever the year's width): the ISO string without `sssZ`
    secondPrefix = new Date(second * 1000).toISOString().slice(0, -4)
    lastSecond = second
  }
  const milli = whole - second * 1000
  return `${secondPrefix}${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`
}

/** An AppCode in the trace shows only its last 4 characters (traces are not for secrets). */
function redacted(headers: HeaderRecord): Record<string, string> {
  if (!headers.authorization) return headers
  return {
    ...headers,
    authorization: headers.authorization.replace(/^(APPCODE\s+).*?(\S{0,4})$/i, '$1…$2'),
  }
}

async function serve(
  ctx: OpContext,
  trace: GatewayTrace,
  incomingRequest: GatewayRequest,
): Promise<Response | WireAnswer> {
  const { headers, body } = incomingRequest
  // CA-Host is the Host header the caller sent. The URL's host may carry the local cloud's port, which the
  // adapter keeps there for the URLs the emulator hands out (server/local-cloud/server.ts).
  const host = headers.host ?? ctx.url.host
  const parsed = groupHostOf(ctx.url.hostname)
  const group =
    parsed && parsed.region === ctx.region ? ctx.store.read().cloudapi.groups[parsed.groupId] : undefined
  if (!group) throw new GatewayError('domainNotFound', `Invalid Domain \`${ctx.url.hostname}\``)
  trace.groupId = group.GroupId
  trace.stage = stageOf(headers)

  const method = incomingRequest.method.toUpperCase()
  const route = matchRoute(ctx.store.read().cloudapi, group.GroupId, trace.stage, method, ctx.url.pathname)
  if (!route) throw new GatewayError('apiNotFound', `API not found with \`${method} ${ctx.url.pathname}\``)
  const definition = route.deployment.Definition
  trace.apiId = route.api.ApiId
  trace.apiName = definition.ApiName

  // Authentication, authorization, IP control, throttling — in that order (./security.ts).
  const clientIp = clientIpOf(ctx, headers)
  const secured = secureCall(ctx, trace, route, { method, url: ctx.url, body, headers }, clientIp)
  const caller = isPromise(secured) ? await secured : secured

  const backend = backendTarget(route.deployment)
  const incoming: IncomingCall = {
    method,
    path: ctx.url.pathname,
    // Most calls have no query: a shared empty one spares building URLSearchParams (formats only read it).
    query: ctx.url.search === '' ? NO_QUERY : ctx.url.searchParams,
    headers,
    body,
    host,
    protocol: ctx.url.protocol === 'https:' ? 'https' : 'http',
    clientIp,
    appId: caller.app?.AppId ?? null,
    requestId: trace.requestId,
    stage: trace.stage,
    now: ctx.clock.now(),
  }
  // Alibaba's event; building it also checks the API's required parameters, for every format.
  const event = buildEvent(definition, incoming, route.pathParameters)
  // A web function gets the raw HTTP request, not the event (./web-backend.ts).
  if (backend.kind === 'web')
    return serveWebFunction(ctx, trace, backend.target, {
      method,
      path: ctx.url.pathname,
      search: ctx.url.search,
      passthrough: definition.RequestConfig.RequestMode === 'PASSTHROUGH',
      event,
      body,
    })
  const target = backend.target
  // The event format of the snapshot (issue 7, ../formats): its event, and its reading of the answer.
  const format = formatOf(route.deployment)
  const formatContext = {
    accountId: ctx.accountId,
    region: ctx.region,
    appKey: caller.auth.mode === 'signature' ? caller.auth.appKey : null,
    rawQuery: ctx.url.search.slice(1),
    alibabaEvent: event as unknown as Record<string, unknown>,
  }
  const built = format.buildEvent(incoming, route, formatContext)
  trace.eventFormat = format.id
  trace.event = built.event
  const settle = (mapped: MappedAnswer): Response | WireAnswer => {
    trace.envelope = mapped.reading
    if (mapped.answer instanceof GatewayError) throw mapped.answer
    return mapped.answer
  }
  const answering = { requestId: trace.requestId, method, route }

  const call = await callEventFunction(ctx, target, built.bytes)
  if (call.kind === 'timeout') {
    const result = {
      functionName: target.functionName,
      status: 'timeout' as const,
      body: traceBody(new Uint8Array()),
      errorType: null as string | null,
      logs: [] as string[],
      durationMs: target.timeoutMs,
    }
    trace.functionResult = result
    // The function goes on; what it finally returns and logs is added to the trace when it does.
    call.late.then(
      (outcome) => {
        result.body = traceBody(outcome.body)
        result.errorType = outcome.errorType ?? null
        result.logs = outcome.logs
        result.durationMs = outcome.durationMs
      },
      () => undefined,
    )
    return settle(
      format.mapResponse(
        { kind: 'timeout', functionName: target.functionName, timeoutMs: target.timeoutMs },
        answering,
      ),
    )
  }

  const { outcome } = call
  trace.functionResult = {
    functionName: target.functionName,
    status: outcome.status,
    body: lazyTraceBody(outcome.body),
    errorType: outcome.errorType ?? null,
    logs: outcome.logs,
    durationMs: outcome.durationMs,
  }
  return settle(format.mapResponse({ kind: 'done', outcome }, answering))
}

export const gatewayOperation: WireOperation = async (ctx) => {
  const requestId = popRequestId(ctx.ids)
  // Read once: the trace keeps it, authentication signs with it. Never changed after this.
  const call = ctx.wire ?? (await gatewayRequestOf(ctx))
  const trace: GatewayTrace = {
    requestId,
    time: isoTime(ctx.clock.now()),
    groupId: '',
    stage: DEFAULT_STAGE,
    apiId: null,
    apiName: null,
    request: {
      method: call.method,
      url: ctx.url.search.includes('AppCode=')
        ? ctx.url.href.replace(/([?&]AppCode=)[^&]*?([^&]{0,4})(?=&|$)/, '$1…$2')
        : ctx.url.href,
      path: ctx.url.pathname,
      headers: redacted(call.headers),
      body: lazyTraceBody(call.body),
    },
    event: null,
    functionResult: null,
    envelope: null,
    response: { status: 0, headers: {}, body: EMPTY_TRACE_BODY },
  }
  let response: Response | WireAnswer
  try {
    response = await serve(ctx, trace, call)
  } catch (error) {
    if (!(error instanceof GatewayError))
      ctx.log({ level: 'error', message: 'unexpected failure in the gateway data plane', requestId, error })
    const gateway =
      error instanceof GatewayError ? error : new GatewayError('internalError', 'Internal Error')
    response = gatewayErrorAnswer(gateway, requestId)
  }
  if (isWireAnswer(response)) {
    trace.response = {
      status: response.status,
      headers: response.headers,
      body: lazyTraceBody(response.body ?? NO_BODY),
    }
  } else {
    const answered = inMemoryBody(response) ?? new Uint8Array(await response.clone().arrayBuffer())
    trace.response = {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: traceBody(answered),
    }
  }
  if (trace.groupId !== '') recordTrace(ctx.store, trace)
  // The local cloud writes a WireAnswer as it is; whoever handed the core a Request gets a Response.
  return ctx.wire || !isWireAnswer(response) ? response : responseFromAnswer(response)
}
