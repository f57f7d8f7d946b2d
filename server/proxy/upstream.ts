/**
 * Sends one request upstream with `node:http(s)`, because the Host header matters: the cloud routes by
 * it (the gateway data plane by a group's subdomain, ARCHITECTURE.md), the V3 signature signs it, and
 * `fetch` (undici) silently replaces a Host header with the URL's.
 *
 * Only hosts on the allow-list are ever addressed (no open proxy): the configured FC and CloudAPI
 * endpoints, the local cloud, and API Gateway group domains (`*.alicloudapi.com`).
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { Readable } from 'node:stream'
import { isGroupDomain } from '../../src/cloud-api/cloudapi/gateway.ts'
import { CONNECTION_FIELDS } from '../../src/cloud-api/endpoints.ts'

/** A group's default domain, `<32 hex>-<region>.alicloudapi.com` (reference §1.2), or any other label there. */
export const isGatewayHost = isGroupDomain

// The connection-specific fields, plus what the transport sets itself.
const HOP_BY_HOP = new Set([...CONNECTION_FIELDS, 'host', 'content-length'])

export const isHopByHop = (name: string) => HOP_BY_HOP.has(name.toLowerCase())

const agents = {
  http: new HttpAgent({ keepAlive: true, maxSockets: 256 }),
  https: new HttpsAgent({ keepAlive: true, maxSockets: 256 }),
}

export interface UpstreamRequest {
  /** `http://127.0.0.1:9000` or `https://apigateway.cn-hangzhou.aliyuncs.com` */
  origin: string
  /** the Host header */
  host: string
  method: string
  /** path and query as they travel */
  pathAndQuery: string
  headers: Record<string, string>
  body: Uint8Array | null
  signal?: AbortSignal
}

// Statuses that must not carry a body (Fetch: "null body status").
const NULL_BODY = new Set([101, 103, 204, 205, 304])

export function sendUpstream(req: UpstreamRequest): Promise<Response> {
  const origin = new URL(req.origin)
  const secure = origin.protocol === 'https:'
  const headers: Record<string, string> = { ...req.headers, host: req.host }
  if (req.body) headers['content-length'] = String(req.body.length)
  return new Promise((resolve, reject) => {
    const outgoing = (secure ? httpsRequest : httpRequest)(
      {
        protocol: origin.protocol,
        hostname: origin.hostname,
        port: origin.port || (secure ? 443 : 80),
        // SNI and certificate checks name the real host, not the origin's address
        servername: secure ? req.host.replace(/:\d+$/, '') : undefined,
        method: req.method,
        path: req.pathAndQuery,
        headers,
        agent: secure ? agents.https : agents.http,
        signal: req.signal,
      },
      (incoming: IncomingMessage) => {
        const out = new Headers()
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (value === undefined || isHopByHop(name)) continue
          for (const v of Array.isArray(value) ? value : [value]) out.append(name, v)
        }
        const status = incoming.statusCode ?? 502
        const empty = NULL_BODY.has(status) || req.method === 'HEAD'
        if (empty) incoming.resume()
        const body = empty ? null : (Readable.toWeb(incoming) as ReadableStream<Uint8Array>)
        resolve(new Response(body, { status, statusText: incoming.statusMessage, headers: out }))
      },
    )
    outgoing.on('error', reject)
    outgoing.end(req.body ?? undefined)
  })
}
