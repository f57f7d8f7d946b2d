/**
 * The MSW adapter: the console's `/api/<service>/...` calls are rebuilt into the request the real
 * endpoint would receive (src/cloud-api/endpoints.ts) and answered by the emulator core. Requests
 * outside `/api` pass through to the network untouched.
 */
import { http, passthrough } from 'msw'
import { type ResolvedApiPath, resolveApiPath } from '../cloud-api/endpoints'
import type { Emulator } from '../cloud-emulator/index'
import { signGatewayInPage } from './sign-gateway'

/**
 * The real origin of a resolved `/api` path, as the cloud's DNS names it (ARCHITECTURE.md, endpoint
 * table). The emulator routes by path (and later by Host), so these hosts are never contacted.
 */
export function upstreamUrl(
  resolved: ResolvedApiPath,
  emulator: Pick<Emulator, 'accountId' | 'region'>,
): string {
  switch (resolved.service) {
    case 'fc':
    case 'emulator':
      return `https://${emulator.accountId}.${emulator.region}.fc.aliyuncs.com${resolved.upstreamPath}`
    case 'cloudapi':
      return `https://apigateway.${emulator.region}.aliyuncs.com${resolved.upstreamPath}`
    case 'gateway':
      return `https://${resolved.host}${resolved.upstreamPath}`
  }
}

/**
 * `origin`: where the console is served. In the browser leave it out (`/api/*` is relative to the
 * page); in Node there is no page, so tests name one (e.g. `http://localhost`).
 */
export function createHandlers(emulator: Emulator, options: { origin?: string } = {}) {
  return [
    // The proxy's `/api/sign/gateway`, answered in the page (decision 010).
    http.post(`${options.origin ?? ''}/api/sign/gateway`, ({ request }) =>
      signGatewayInPage(request, emulator),
    ),
    http.all(`${options.origin ?? ''}/api/*`, async ({ request }) => {
      const url = new URL(request.url)
      const resolved = resolveApiPath(url.pathname + url.search)
      if (!resolved) return passthrough()
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
      const upstream = new Request(upstreamUrl(resolved, emulator), {
        method: request.method,
        headers: request.headers,
        body: hasBody ? await request.arrayBuffer() : undefined,
      })
      // The page is the only caller: its address is the loopback one (the gateway's IP control reads it).
      return emulator.handle(upstream, { clientIp: '127.0.0.1' })
    }),
  ]
}
