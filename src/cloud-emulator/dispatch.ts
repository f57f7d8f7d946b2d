/**
 * Which part of the emulator answers a request — the routing the real cloud does with DNS and paths
 * (ARCHITECTURE.md "One local-cloud port serves all four"). Checked in this order:
 *
 *   1. the gateway data plane, by `Host` = a group's subdomain   (issue: gateway data plane)
 *   2. `/__emulator/*`, the emulator's control endpoint            (./control.ts)
 *   3. CloudAPI RPC, `Action=` + `Version=2016-07-14`               (issue: API Gateway control plane)
 *   4. FC 2.0, `/2016-08-15/*`                                      (./control-plane/fc2/routes.ts)
 *   5. FC 3.0, `/2023-03-30/*`                                      (./control-plane/fc3/routes.ts)
 *
 * Anything else gets FC's PathNotSupported, as an unknown path on an FC endpoint does.
 *
 * Before any of this, when the emulator holds credentials, index.ts checks AccessKey signatures of
 * requests to CloudAPI (`/`), FC 2.0 and FC 3.0 (auth/verify.ts, which decides by path and Host alone).
 */
import { GATEWAY_DOMAIN_SUFFIX, GATEWAY_TRACES_PATH } from '../cloud-api/cloudapi'
import { EMULATOR_CONTROL_PREFIX } from '../cloud-api/endpoints'
import type { Operation, WireOperation } from './context'
import { controlRouter } from './control'
import { cloudApiOperation, isCloudApiRequest } from './control-plane/cloudapi/routes'
import { FC2_PREFIX, fc2Operation } from './control-plane/fc2/routes'
import { FC3_PREFIX, fc3Router } from './control-plane/fc3/routes'
import { gatewayOperation } from './data-plane/gateway/gateway'
import { gatewayTraces } from './data-plane/gateway/traces'
import type { createRouter } from './http/router'

export type Service = 'control' | 'fc3' | 'fc2' | 'cloudapi' | 'gateway'

export type Dispatched =
  | { kind: 'found'; service: Service; op: WireOperation; params: Record<string, string> }
  | { kind: 'unsupported' }

const under = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`)

function through(
  router: ReturnType<typeof createRouter<Operation>>,
  service: Service,
  method: string,
  url: URL,
): Dispatched {
  const match = router.match(method, url.pathname)
  return match.kind === 'found'
    ? { kind: 'found', service, op: match.op, params: match.params }
    : { kind: 'unsupported' }
}

/**
 * Every *.alicloudapi.com host is the gateway's (an unknown group gets the gateway's own error). An http(s)
 * URL's host is already lower-case; only a host that does not match as it is pays for lower-casing.
 */
export const isGatewayHost = (url: URL) =>
  url.hostname.endsWith(GATEWAY_DOMAIN_SUFFIX) || url.hostname.toLowerCase().endsWith(GATEWAY_DOMAIN_SUFFIX)

export const GATEWAY_DISPATCH: Dispatched = {
  kind: 'found',
  service: 'gateway',
  op: gatewayOperation,
  params: Object.freeze({}) as Record<string, string>,
}

/** `headers` lets CloudAPI calls be recognised by `x-acs-action` (V3-signed SDK calls carry no Action= in the URL). */
export function dispatch(method: string, url: URL, headers?: Headers): Dispatched {
  if (isGatewayHost(url)) return GATEWAY_DISPATCH
  // The gateway's debug traces (emulator-only) live beside the control endpoint.
  if (url.pathname === GATEWAY_TRACES_PATH && method.toUpperCase() === 'GET')
    return { kind: 'found', service: 'control', op: gatewayTraces, params: {} }
  if (under(url.pathname, EMULATOR_CONTROL_PREFIX)) return through(controlRouter, 'control', method, url)
  if (isCloudApiRequest(method, url, headers))
    return { kind: 'found', service: 'cloudapi', op: cloudApiOperation, params: {} }
  if (under(url.pathname, FC2_PREFIX)) return { kind: 'found', service: 'fc2', op: fc2Operation, params: {} }
  if (under(url.pathname, FC3_PREFIX)) return through(fc3Router, 'fc3', method, url)
  return { kind: 'unsupported' }
}
