import { z } from 'zod'
import { GATEWAY_HEADERS, GATEWAY_TRACES_PATH, type GatewayTrace, type StageName } from '@/cloud-api/cloudapi'
import { CONNECTION_FIELDS, EMULATOR_CONTROL_PREFIX } from '@/cloud-api/endpoints'
import { apiFetch, apiJson } from '../api-client'
import { isApiError } from '../api-error'
import { apiPaths } from '../api-paths'

/**
 * Calls a published API through the gateway data plane, as a client on the Internet would: the
 * group's subdomain names the group (the console sends `/api/gateway/<subdomain>/<path>`, turned
 * into that Host by the proxy or the in-page emulator), `X-Ca-Stage` picks the stage (reference
 * §1.4 step 8). Every answer is returned — a gateway error is something to show, not a failure.
 */
export type HeaderList = ReadonlyArray<readonly [string, string]>

export interface GatewayCall {
  subDomain: string
  stage: StageName
  method: string
  /** The request path with path parameters filled in. */
  path: string
  query: HeaderList
  headers: HeaderList
  body: string
}

export interface GatewayExchange {
  sent: { method: string; url: string; headers: Array<[string, string]>; body: string }
  received: {
    status: number
    statusText: string
    headers: Array<[string, string]>
    body: string
    requestId: string | undefined
    errorMessage: string | undefined
    errorCode: string | undefined
  }
  durationMs: number
}

const METHODS_WITHOUT_BODY = new Set(['GET', 'HEAD'])

function queryString(query: HeaderList): string {
  const params = new URLSearchParams()
  for (const [name, value] of query) if (name.trim()) params.append(name.trim(), value)
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** The path and query exactly as sendGatewayRequest sends them (what an app signature must cover). */
export function gatewayPathAndQuery(call: Pick<GatewayCall, 'path' | 'query'>): string {
  return `${call.path.startsWith('/') ? call.path : `/${call.path}`}${queryString(call.query)}`
}

export async function sendGatewayRequest(call: GatewayCall): Promise<GatewayExchange> {
  const method = call.method.toUpperCase()
  const pathAndQuery = gatewayPathAndQuery(call)
  const headers: Array<[string, string]> = [[GATEWAY_HEADERS.stage, call.stage]]
  for (const [name, value] of call.headers) if (name.trim()) headers.push([name.trim(), value])
  const body = METHODS_WITHOUT_BODY.has(method) ? '' : call.body
  const started = performance.now()
  const response = await apiFetch(apiPaths.gateway(call.subDomain, pathAndQuery), {
    method: method as 'GET',
    headers: Object.fromEntries([['accept', '*/*'], ...headers]),
    body: body === '' ? undefined : body,
  })
  const text = await response.text()
  const durationMs = performance.now() - started
  // Under `npm start` the console's own server re-frames every answer: its connection fields are not the
  // gateway's (in the page, MSW, there are none).
  const responseHeaders = [...response.headers.entries()].filter(([name]) => !CONNECTION_FIELDS.has(name))
  return {
    sent: { method, url: `http://${call.subDomain}${pathAndQuery}`, headers, body },
    received: {
      status: response.status,
      statusText: response.statusText,
      headers: responseHeaders,
      body: text,
      requestId: response.headers.get(GATEWAY_HEADERS.requestId) ?? undefined,
      errorMessage: response.headers.get(GATEWAY_HEADERS.errorMessage) ?? undefined,
      errorCode: response.headers.get(GATEWAY_HEADERS.errorCode) ?? undefined,
    },
    durationMs,
  }
}

/**
 * What happened inside the gateway for one call (the event the function received, what it
 * returned, how the gateway read it). Only the emulator keeps traces: against the real cloud (and
 * for a trace that has been evicted) this resolves with null.
 */
const TraceSchema = z.looseObject({ requestId: z.string() })
const TraceAnswerSchema = z.union([z.object({ traces: z.array(TraceSchema) }), TraceSchema])

export async function getGatewayTrace(requestId: string, signal?: AbortSignal): Promise<GatewayTrace | null> {
  const path = apiPaths.emulator(...GATEWAY_TRACES_PATH.slice(EMULATOR_CONTROL_PREFIX.length + 1).split('/'))
  try {
    const answer = await apiJson(path, TraceAnswerSchema, { query: { requestId }, signal })
    const parsedList = z.object({ traces: z.array(TraceSchema) }).safeParse(answer)
    const trace = parsedList.success ? parsedList.data.traces.find((t) => t.requestId === requestId) : answer
    return (trace as GatewayTrace | undefined) ?? null
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null
    throw error
  }
}
