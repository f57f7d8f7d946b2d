/**
 * Which part of the emulator answers a request — the routing the real cloud does with DNS and paths
 * (ARCHITECTURE.md "One local-cloud port serves all four"). Checked in this order:
 *
 *   1. the gateway data plane, by `Host` = a group's subdomain   (issue: gateway data plane)
 *   2. `/__emulator/*`, the emulator's control endpoint            (./control.ts)
 *   3. CloudAPI RPC, `Action=` + `Version=2016-07-14`               (issue: API Gateway control plane)
 *   4. FC 2.0, `/2016-08-15/*`                                      (issue: FC 2016-08-15)
 *   5. FC 3.0, `/2023-03-30/*`                                      (./control-plane/fc3/routes.ts)
 *
 * Anything else gets FC's PathNotSupported, as an unknown path on an FC endpoint does.
 */
import { EMULATOR_CONTROL_PREFIX } from '../cloud-api/endpoints'
import type { Operation } from './context'
import { controlRouter } from './control'
import { FC3_PREFIX, fc3Router } from './control-plane/fc3/routes'
import type { createRouter } from './http/router'

export type Service = 'control' | 'fc3'

export type Dispatched =
  | { kind: 'found'; service: Service; op: Operation; params: Record<string, string> }
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

export function dispatch(method: string, url: URL): Dispatched {
  // 1. Gateway data plane (by Host): not yet.
  if (under(url.pathname, EMULATOR_CONTROL_PREFIX)) return through(controlRouter, 'control', method, url)
  // 3. CloudAPI (Action= & Version=2016-07-14): not yet.
  // 4. FC 2.0 (/2016-08-15/): not yet.
  if (under(url.pathname, FC3_PREFIX)) return through(fc3Router, 'fc3', method, url)
  return { kind: 'unsupported' }
}
