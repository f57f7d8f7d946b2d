/**
 * FC 2.0 HTTP triggers: `ANY /2016-08-15/proxy/<service>[.<qualifier>]/<function>/<path>` (reference
 * §3.4; `@alicloud/fc2` signs these with the query, §2c) runs the function as an HTTP handler
 * (`(request, response, context)`, ../../runtime/http-handler.ts; WSGI in Python) and answers with
 * what the handler set: status, headers, body, plus `x-fc-request-id`.
 *
 * - The trigger's `authType: function` requires an AccessKey signature, `anonymous` none: the
 *   emulator's verifier is deferred to here for these paths (index.ts), since only the trigger knows.
 * - Methods not in the trigger's `methods` are refused (reference §3.5).
 * - Request limits (FC 2.0 HTTP handler "Limits": headers 8 KB, path + query 4 KB → 400 InvalidArgument;
 *   body 32 MB sync, 128 KB async, reference §3.3).
 * - A function that throws gives 502 with `Process exited unexpectedly before completing request`
 *   (fixtures/fc-errors.samples.json, fc-nodejs-sdk test); other failures (timeout, …) 502 with their
 *   error JSON; `x-fc-error-type` says which. `x-fc-log-type: Tail` works as on InvokeFunction.
 */
import type { HttpTriggerConfig } from '../../../cloud-api/fc2'
import { FC3_PAYLOAD_LIMITS, INVOKE_HEADERS } from '../../../cloud-api/fc3'
import type { OpContext } from '../../context'
import { entityTooLarge, FcError, invalidArgument, pathNotSupported } from '../../http/errors'
import { inMemoryResponse, REQUEST_ID_HEADER } from '../../http/response'
import { runtimeErrors } from '../../runtime/error-json'
import { encodeErrorBody, type HttpTriggerRequest } from '../../runtime/protocol'
import type { InvokeOutcome } from '../../runtime/types'
import {
  invocationType,
  logTail,
  runInBackground,
  runInvocation,
  runtimeRequest,
  wantsLogTail,
} from '../invocation'
import { methodNotAllowed } from './errors'
import { fc2Target, httpTriggerOf } from './invoke'
import { checkQualifier, findFunction, splitQualifier } from './lookup'
import { FC2_PREFIX } from './records'

export const PROXY_PREFIX = `${FC2_PREFIX}/proxy/`

const HEADER_BYTES_MAX = 8 * 1024
const PATH_BYTES_MAX = 4 * 1024
/** Request headers FC does not hand to the function (FC 2.0 HTTP handler: connection, keep-alive, x-fc-*). */
const DROPPED_HEADERS = /^(connection|keep-alive|x-fc-.*)$/i
const NULL_BODY = new Set([204, 205, 304])

/** Whether a path is an HTTP trigger's: its signature (if any) is checked here, not before routing. */
export const isProxyPath = (pathname: string) => pathname.startsWith(PROXY_PREFIX)

function parse(ctx: OpContext) {
  const rest = ctx.url.pathname.slice(PROXY_PREFIX.length)
  const [serviceSegment = '', fnSegment = '', ...pathSegments] = rest.split('/')
  if (serviceSegment === '' || fnSegment === '') throw pathNotSupported(ctx.request.method, ctx.url.pathname)
  let decoded: { segment: string; fn: string; path: string }
  try {
    decoded = {
      segment: decodeURIComponent(serviceSegment),
      fn: decodeURIComponent(fnSegment),
      path: decodeURI(`/${pathSegments.join('/')}`),
    }
  } catch {
    throw pathNotSupported(ctx.request.method, ctx.url.pathname)
  }
  return { ...splitQualifier(decoded.segment), fn: decoded.fn, path: decoded.path }
}

function httpRequest(ctx: OpContext, path: string): HttpTriggerRequest {
  const headers: Record<string, string> = {}
  let headerBytes = 0
  ctx.request.headers.forEach((value, name) => {
    headerBytes += name.length + value.length
    if (!DROPPED_HEADERS.test(name)) headers[name] = value
  })
  if (headerBytes > HEADER_BYTES_MAX)
    throw invalidArgument(`the request headers are larger than ${HEADER_BYTES_MAX} bytes`)
  const pathAndQuery = `${path}${ctx.url.search}`
  if (new TextEncoder().encode(pathAndQuery).length > PATH_BYTES_MAX)
    throw invalidArgument(`the request path and query are longer than ${PATH_BYTES_MAX} bytes`)
  const queries: Record<string, string | string[]> = {}
  for (const key of new Set(ctx.url.searchParams.keys())) {
    const values = ctx.url.searchParams.getAll(key)
    queries[key] = values.length === 1 ? (values[0] as string) : values
  }
  const forwarded = ctx.request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return {
    method: ctx.request.method.toUpperCase(),
    path,
    url: pathAndQuery,
    clientIP: forwarded || ctx.request.headers.get('x-real-ip') || ctx.clientIp || '127.0.0.1',
    headers,
    queries,
  }
}

/** The failure body FC 2.0 answers through an HTTP trigger (see the header). */
function failureBody(outcome: InvokeOutcome): Uint8Array {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(outcome.body)) as { errorType?: unknown }
    if (parsed.errorType !== undefined)
      return encodeErrorBody(runtimeErrors.processExited(outcome.durationMs, outcome.maxMemoryUsageMb))
  } catch {}
  return outcome.body
}

function answer(ctx: OpContext, outcome: InvokeOutcome, tail: boolean): Response {
  const headers = new Headers()
  let status = 502
  let body = outcome.body
  if (outcome.status === 'success') {
    status = outcome.http?.statusCode ?? 200
    for (const [name, value] of Object.entries(outcome.http?.headers ?? {})) {
      try {
        headers.set(name, value)
      } catch {
        // a header HTTP cannot carry is dropped, as any HTTP stack would
      }
    }
  } else {
    headers.set('content-type', 'application/json; charset=utf-8')
    if (outcome.errorType) headers.set(INVOKE_HEADERS.errorType, outcome.errorType)
    body = failureBody(outcome)
  }
  headers.set(REQUEST_ID_HEADER, ctx.requestId)
  if (tail) headers.set(INVOKE_HEADERS.logResult, logTail(outcome.logs))
  const empty = ctx.request.method.toUpperCase() === 'HEAD' || NULL_BODY.has(status)
  return inMemoryResponse(empty ? null : body, { status, headers })
}

export async function proxyOperation(ctx: OpContext): Promise<Response> {
  const { service, qualifier, fn, path } = parse(ctx)
  const entry = findFunction(ctx.store.read().fc2, service, fn)
  checkQualifier(service, qualifier)
  const trigger = httpTriggerOf(entry)
  if (!trigger)
    throw new FcError('TriggerNotFound', 404, `function '${fn}' of service '${service}' has no http trigger`)
  const config = trigger.triggerConfig as unknown as HttpTriggerConfig
  if (config.authType !== 'anonymous' && ctx.verifySignature) {
    const refused = await ctx.verifySignature(ctx.request, ctx.url, ctx.requestId)
    if (refused) return refused
  }
  const method = ctx.request.method.toUpperCase()
  if (!config.methods.includes(method as HttpTriggerConfig['methods'][number]))
    throw methodNotAllowed(method, trigger.triggerName, config.methods)

  const type = invocationType(ctx.request)
  const tail = wantsLogTail(ctx.request)
  const http = httpRequest(ctx, path)
  const body = new Uint8Array(await ctx.request.arrayBuffer())
  const maxBytes = type === 'Async' ? FC3_PAYLOAD_LIMITS.asyncInvokeBytes : FC3_PAYLOAD_LIMITS.syncInvokeBytes
  if (body.length > maxBytes) throw entityTooLarge(maxBytes)
  const request = runtimeRequest(ctx, fc2Target(ctx, service, qualifier, entry), body, http)
  if (type === 'Async') {
    runInBackground(ctx, request, `${service}/${fn}`)
    return new Response(null, { status: 202, headers: { [REQUEST_ID_HEADER]: ctx.requestId } })
  }
  return answer(ctx, await runInvocation(ctx, request), tail)
}
