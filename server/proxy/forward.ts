/**
 * Forwards one console call (`/api/<service>/...`) to the endpoint that serves it, signed.
 *
 * The console speaks the cloud's real wire APIs behind `/api` (src/cloud-api/endpoints.ts, decision
 * 002); this turns such a request back into the real one — the upstream path and the Host the cloud's
 * DNS routes by — strips what belongs to the browser (cookies, Origin, `Sec-*`, and any Authorization
 * or `x-acs-*` it tried to send to a signed service: signing is the proxy's job), signs it with the
 * AccessKey held here (./sign.ts) and sends it (./upstream.ts).
 */
import { type ApiService, resolveApiPath } from '../../src/cloud-api/endpoints.ts'
import type { AccessKey } from '../../src/cloud-emulator/signing/credentials.ts'
import { signUpstream } from './sign.ts'
import { isGatewayHost, isHopByHop, sendUpstream } from './upstream.ts'

export interface Upstream {
  /** where requests for this service go, e.g. `http://127.0.0.1:9000` */
  origin: string
  /** the Host header the real cloud would see */
  host: string
}

export interface Targets {
  fc?: Upstream
  cloudapi?: Upstream
  /** the emulator's control endpoint: only where an emulator answers (local-cloud mode) */
  emulator?: Upstream
  /** the data plane: group domains go to `origin` (the local cloud), or with null to `https://<domain>` */
  gateway?: { origin: string | null }
}

export interface ForwardOptions {
  targets: Targets
  accessKey: AccessKey
  accountId: string
  now?: () => number
}

/** A refusal of the proxy's own (not the cloud's): status and the body the console shows. */
export class ProxyRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

const SIGNED: ReadonlySet<ApiService> = new Set(['fc', 'cloudapi'])
const NO_BODY = new Uint8Array()

function outgoingHeaders(incoming: Headers, service: ApiService): Record<string, string> {
  const headers: Record<string, string> = {}
  incoming.forEach((value, key) => {
    const name = key.toLowerCase()
    if (isHopByHop(name) || name.startsWith('sec-') || name === 'accept-encoding') return
    if (name === 'cookie' || name === 'origin' || name === 'referer') return
    if (SIGNED.has(service) && (name === 'authorization' || name.startsWith('x-acs-'))) return
    headers[name] = value
  })
  return headers
}

export function resolveTarget(
  service: ApiService,
  resolvedHost: string | undefined,
  targets: Targets,
): Upstream | null {
  if (service !== 'gateway') return targets[service] ?? null
  if (!targets.gateway) return null
  const host = (resolvedHost ?? '').toLowerCase()
  if (!isGatewayHost(host)) {
    throw new ProxyRefusal(
      403,
      'ForbiddenHost',
      `'${host}' is not an API Gateway group domain (<group>.alicloudapi.com); the proxy forwards to no other host.`,
    )
  }
  return { origin: targets.gateway.origin ?? `https://${host}`, host }
}

/** Returns null when the path is not an `/api/<service>` path or the service has no upstream here. */
export async function forward(request: Request, options: ForwardOptions): Promise<Response | null> {
  const url = new URL(request.url)
  const resolved = resolveApiPath(url.pathname + url.search)
  if (!resolved) return null
  const upstream = resolveTarget(resolved.service, resolved.host, options.targets)
  if (!upstream) return null
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
  const body = hasBody ? new Uint8Array(await request.arrayBuffer()) : null
  const headers = outgoingHeaders(request.headers, resolved.service)
  const signature = await signUpstream(
    {
      service: resolved.service,
      method: request.method,
      pathAndQuery: resolved.upstreamPath,
      host: upstream.host,
      headers,
      body: body ?? NO_BODY,
      accountId: options.accountId,
    },
    options.accessKey,
    options.now?.() ?? Date.now(),
  )
  // `headers` is this call's own object (outgoingHeaders built it): add the signature in place.
  return sendUpstream({
    origin: upstream.origin,
    host: upstream.host,
    method: request.method,
    pathAndQuery: resolved.upstreamPath,
    headers: Object.assign(headers, signature),
    body,
    signal: request.signal,
  })
}
