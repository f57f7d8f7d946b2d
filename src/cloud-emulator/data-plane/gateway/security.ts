/**
 * The gateway's security checks, between finding the API (match.ts) and mapping the request for the
 * backend (event.ts / backend.ts), in this order:
 *
 *   1. authentication  AppCode, or AppKey + signature (./auth.ts)      A400MA A400IK A401AC A403IS I400…
 *   2. authorization   the app is granted this API in this stage       I403AA, then A403EP (expired)
 *   3. IP control      the list bound to the API in this stage         A403IP
 *   4. throttling      the policy bound to the API in this stage       T429… (429)
 *
 * Why this order: the VPC error table (reference §5, doc 43906; fixtures/gateway-errors.json) lists the
 * authentication codes, then authorization (I403AA) and its expiry (A403EP), then throttling and the
 * access-control denials, and both IP control and throttling need to know the app first (ALLOW entries
 * name an AppId; app limits count per app). IP control runs before throttling so that a refused caller
 * uses up no one's quota — this last choice is ours (docs/emulator-fidelity.md). Parameter checks
 * (I400MP / I400MH of required parameters) come after all four, when the backend request is built.
 *
 * Each step records its verdict in the call's debug trace (auth, ipControl, throttling).
 */
import type { GatewayTrace } from '../../../cloud-api/cloudapi'
import type { OpContext } from '../../context'
import { isPromise } from '../../promises'
import type { MaybePromise } from '../../signing/crypto'
import { type AuthInput, authenticate, authorize, type Caller, newTraceAuth } from './auth'
import { checkIpControl, ipDenied } from './ip-control'
import type { Route } from './match'
import { checkThrottling, throttled } from './throttle'

export function secureCall(
  ctx: OpContext,
  trace: GatewayTrace,
  route: Route,
  call: AuthInput,
  clientIp: string,
): MaybePromise<Caller> {
  trace.auth = newTraceAuth()
  const authenticated = authenticate(ctx, route, call, trace.auth)
  const checked = (caller: Caller): Caller => {
    authorize(ctx, route, trace.stage, caller)

    trace.ipControl = checkIpControl(ctx, route, trace.stage, caller, clientIp)
    if (trace.ipControl?.result === 'refused') throw ipDenied(trace.ipControl)

    trace.throttling = checkThrottling(ctx, route, trace.stage, caller)
    if (trace.throttling?.result === 'throttled') throw throttled(trace.throttling)
    return caller
  }
  // Synchronous unless a signature is checked by an asynchronous crypto backend (../../promises.ts).
  return isPromise(authenticated) ? authenticated.then(checked) : checked(authenticated)
}
