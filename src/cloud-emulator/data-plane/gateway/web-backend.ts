/**
 * Web-function backends (FC_HTTP_V3 backend services, or an inline FunctionComputeConfig with FcType
 * HttpTrigger): seed 002, "API Gateway forwards the raw HTTP request to your function's internal
 * network endpoint. Your function handles the request directly as an HTTP server — no JSON event
 * conversion required" (reference §3.1 / §3.5).
 *
 * `FcBaseUrl` names the HTTP trigger (its `urlIntranet`, or `urlInternet`); the trigger names the
 * function, which must be a web function (custom runtime). The request goes to the function's server
 * through the web-function port (the local cloud's adapter), as the caller sent it: method, path after
 * the base URL's path, query (PASSTHROUGH: as sent; mapping modes: the mapped parameters), headers (the
 * mapped ones, with the gateway's X-Forwarded-For / X-Ca-Api-Gateway …) and body bytes. Its answer is
 * the caller's answer, status and headers included, plus X-Ca-Request-Id. The browser-only mode has no
 * port: 501 X501NS with WEB_FUNCTIONS_NEED_LOCAL_CLOUD.
 */
import type { GatewayEvent, GatewayTrace } from '../../../cloud-api/cloudapi'
import { isCustomRuntime, parseHttpTriggerUrl } from '../../../cloud-api/fc3'
import type { OpContext } from '../../context'
import { triggerByUrlPrefix } from '../../control-plane/fc3/triggers'
import { webFunctionSpec } from '../../control-plane/fc3/web-function'
import { inMemoryResponse } from '../../http/response'
import { WEB_FUNCTIONS_NEED_LOCAL_CLOUD, type WebFunctionRequest } from '../../runtime/web-functions'
import { fcRefused, type WebTarget } from './backend'
import { GatewayError, headerSafe } from './respond'
import { traceBody } from './traces'

export interface WebCall {
  method: string
  /** the request path as received */
  path: string
  /** the raw query string, `?…` or empty */
  search: string
  /** PASSTHROUGH: forward the query as sent; otherwise the mapped parameters of the event */
  passthrough: boolean
  /** the mapping the gateway did (headers, query parameters) */
  event: GatewayEvent
  body: Uint8Array
}

/** Hop-by-hop and length headers: the HTTP stacks on either side set their own. */
const HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'content-length',
  'host',
])
const NULL_BODY = new Set([204, 205, 304])

export async function serveWebFunction(
  ctx: OpContext,
  trace: GatewayTrace,
  target: WebTarget,
  call: WebCall,
): Promise<Response> {
  const url = parseHttpTriggerUrl(target.fcBaseUrl)
  if (!url || url.region !== ctx.region)
    throw fcRefused(
      'TriggerNotFound',
      `the backend URL ${target.fcBaseUrl} is no HTTP trigger of ${ctx.region} (FcBaseUrl must be a trigger's urlIntranet or urlInternet)`,
    )
  const found = triggerByUrlPrefix(ctx, url.prefix)
  if (!found) throw fcRefused('TriggerNotFound', `no HTTP trigger has the URL ${target.fcBaseUrl}`)
  const fn = ctx.store.read().fc3.functions[found.functionName]
  if (!fn) throw fcRefused('FunctionNotFound', `function '${found.functionName}' does not exist`)

  // An HTTP trigger answers only its methods (reference §3.5: "HTTP triggers reject methods not listed").
  const methods = (JSON.parse(found.trigger.triggerConfig) as { methods?: string[] }).methods ?? []
  if (!methods.includes(call.method))
    return new Response(
      JSON.stringify({
        Code: 'MethodNotAllowed',
        Message: `method '${call.method}' is not allowed by http trigger '${found.trigger.triggerName}'`,
        RequestId: ctx.requestId,
      }),
      { status: 405, headers: { 'content-type': 'application/json', 'X-Ca-Request-Id': trace.requestId } },
    )
  if (!isCustomRuntime(fn.runtime))
    throw fcRefused(
      'InvalidArgument',
      `function '${fn.functionName}' (${fn.runtime}) is an event function; an FC_HTTP_V3 backend needs a web function (a custom runtime whose code is an HTTP server)`,
    )
  if (!ctx.webFunctions) throw new GatewayError('backendNotSupported', WEB_FUNCTIONS_NEED_LOCAL_CLOUD)

  const basePath = new URL(target.fcBaseUrl).pathname.replace(/\/+$/, '')
  const query = call.passthrough ? call.search : toQuery(call.event.queryParameters)
  const headers: [string, string][] = Object.entries(call.event.headers).filter(
    ([name]) => !HOP.has(name.toLowerCase()),
  )
  headers.push(
    ['Host', new URL(target.fcBaseUrl).host],
    ['x-fc-request-id', ctx.requestId],
    ['x-fc-function-name', fn.functionName],
  )
  const request: WebFunctionRequest = {
    method: call.method,
    path: `${basePath}${call.path}${query}`,
    headers,
    body: call.body,
    requestId: ctx.requestId,
    timeoutMs: target.timeoutMs,
  }
  trace.backendRequest = {
    method: request.method,
    url: `${new URL(target.fcBaseUrl).origin}${request.path}`,
    headers: Object.fromEntries(headers),
    body: traceBody(request.body),
  }

  const spec = webFunctionSpec(ctx, fn)
  const result = await ctx.webFunctions.request(spec, request)
  trace.functionResult = {
    functionName: fn.functionName,
    status: result.kind === 'response' ? 'success' : result.reason === 'timeout' ? 'timeout' : 'unhandled',
    body: traceBody(result.kind === 'response' ? result.body : new TextEncoder().encode(result.message)),
    errorType: result.kind === 'response' ? null : 'UnhandledInvocationError',
    logs: result.logs,
    durationMs: result.durationMs,
  }
  if (result.kind === 'error') {
    // ServiceTimeout reached first: the gateway's 504; the function's own timeout: FC's error (502).
    if (result.reason === 'timeout' && target.timeoutMs <= spec.timeoutSec * 1000)
      throw new GatewayError(
        'backendTimeout',
        `Backend service request timeout: web function \`${fn.functionName}\` did not answer within ServiceTimeout ${target.timeoutMs} ms`,
      )
    throw new GatewayError(
      'badFunctionResponse',
      `Function Compute returned an error for web function \`${fn.functionName}\`: ${result.message}`,
    )
  }
  if (result.status < 200 || result.status > 599)
    throw new GatewayError(
      'badFunctionResponse',
      `Web function \`${fn.functionName}\` answered HTTP ${result.status}`,
    )

  const out = new Headers()
  for (const [name, value] of result.headers) {
    if (HOP.has(name.toLowerCase())) continue
    try {
      out.append(name, headerSafe(value, 8192))
    } catch {
      // a header HTTP cannot carry is dropped
    }
  }
  out.set('X-Ca-Request-Id', trace.requestId)
  const empty = call.method === 'HEAD' || NULL_BODY.has(result.status)
  return inMemoryResponse(empty ? null : result.body, {
    status: result.status,
    headers: out,
  })
}

function toQuery(parameters: Record<string, string>): string {
  const search = new URLSearchParams(parameters).toString()
  return search === '' ? '' : `?${search}`
}
