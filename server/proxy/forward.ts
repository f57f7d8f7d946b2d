/**
 * Forwards one console call (`/api/<service>/...`) to the endpoint that serves it.
 *
 * The console speaks the cloud's real wire APIs behind `/api` (src/cloud-api/endpoints.ts); this
 * turns such a request back into the real request: the upstream path, and the `Host` the real
 * cloud's DNS routes by (ARCHITECTURE.md "One local-cloud port serves all four"). Signing the
 * forwarded request with the AccessKey held here is the signing-proxy issue's part; until then the
 * proxy only ever targets the local cloud, which does not check signatures yet.
 */
import { type ApiService, resolveApiPath } from '../../src/cloud-api/endpoints.ts'

export interface Upstream {
  /** where requests for this service go, e.g. `http://127.0.0.1:9000` */
  origin: string
  /** the Host header the real cloud would see */
  host: string
}

export type Upstreams = Partial<Record<ApiService, Upstream>>

// RFC 9110 §7.6.1 connection-specific fields, plus what fetch() computes itself.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'host',
  'content-length',
  'accept-encoding',
])

export function upstreamHeaders(incoming: Headers, host: string): Headers {
  const headers = new Headers()
  incoming.forEach((value, key) => {
    if (!HOP_BY_HOP.has(key.toLowerCase()) && !key.toLowerCase().startsWith('sec-')) headers.set(key, value)
  })
  headers.set('host', host)
  return headers
}

/** Returns null when the path is not an `/api/<service>` path or the service has no upstream. */
export async function forward(request: Request, upstreams: Upstreams): Promise<Response | null> {
  const url = new URL(request.url)
  const resolved = resolveApiPath(url.pathname + url.search)
  if (!resolved) return null
  const upstream = upstreams[resolved.service]
  if (!upstream) return null
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
  const answer = await fetch(upstream.origin + resolved.upstreamPath, {
    method: request.method,
    // The data plane routes by the group's subdomain, carried in the path (decision 002).
    headers: upstreamHeaders(request.headers, resolved.host ?? upstream.host),
    body: hasBody ? await request.arrayBuffer() : undefined,
    redirect: 'manual',
  })
  const headers = new Headers()
  answer.headers.forEach((value, key) => {
    if (!HOP_BY_HOP.has(key.toLowerCase()) && key.toLowerCase() !== 'content-encoding')
      headers.set(key, value)
  })
  return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers })
}
