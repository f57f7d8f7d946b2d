/**
 * How the console's `/api/...` paths map onto the cloud's real endpoints.
 *
 * The console only ever talks to `/api/<service>/...` (ARCHITECTURE.md "Three ways to run"): the MSW
 * adapter and the signing proxy both use this table to turn such a path back into the real request
 * (path + the Host the real cloud's DNS would route it by), so the emulator core sees exactly what
 * the real cloud would see.
 */
export type ApiService = 'fc' | 'cloudapi' | 'gateway' | 'emulator'

export const API_PREFIX: Record<ApiService, string> = {
  /** Function Compute REST (2023-03-30 and 2016-08-15), host `<account>.<region>.fc.aliyuncs.com` */
  fc: '/api/fc',
  /** CloudAPI 2016-07-14 RPC, host `apigateway.<region>.aliyuncs.com` */
  cloudapi: '/api/cloudapi',
  /** The gateway data plane, `/api/gateway/<group subdomain>/<path>` */
  gateway: '/api/gateway',
  /** The emulator's own control endpoint (reset / seed); answered only by the emulator */
  emulator: '/api/emulator',
}

/** The emulator's control endpoint on the local cloud and inside the core. */
export const EMULATOR_CONTROL_PREFIX = '/__emulator'

/**
 * RFC 9110 §7.6.1 connection-specific fields: they belong to one hop (browser ↔ the console's server,
 * the proxy ↔ the cloud), never to what a cloud endpoint answered. The proxy does not forward them; the
 * console does not show them as part of an answer.
 */
export const CONNECTION_FIELDS: ReadonlySet<string> = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
])

export interface ResolvedApiPath {
  service: ApiService
  /** The path (and query) as the real endpoint receives it, always starting with `/`. */
  upstreamPath: string
  /** For the gateway data plane: the group's subdomain, the Host the gateway routes by. */
  host?: string
}

/** `/api/fc/2023-03-30/functions?limit=1` → `{ service: 'fc', upstreamPath: '/2023-03-30/functions?limit=1' }` */
export function resolveApiPath(pathAndQuery: string): ResolvedApiPath | null {
  for (const service of Object.keys(API_PREFIX) as ApiService[]) {
    const prefix = API_PREFIX[service]
    if (
      pathAndQuery === prefix ||
      pathAndQuery.startsWith(`${prefix}/`) ||
      pathAndQuery.startsWith(`${prefix}?`)
    ) {
      let rest = pathAndQuery.slice(prefix.length)
      if (!rest.startsWith('/')) rest = `/${rest}`
      if (service === 'emulator') rest = `${EMULATOR_CONTROL_PREFIX}${rest === '/' ? '' : rest}`
      if (service === 'gateway') {
        // `/api/gateway/<group subdomain>/<path>`: the first segment is the host the gateway routes by.
        const match = /^\/([^/?]+)(.*)$/.exec(rest)
        if (!match) return null
        const path = match[2] ?? ''
        return { service, host: match[1]!, upstreamPath: path.startsWith('/') ? path : `/${path}` }
      }
      return { service, upstreamPath: rest }
    }
  }
  return null
}
