/**
 * IP control on the data plane (reference §1.2 CreateIpControl; SDK `CreateIpControlRequest` remarks):
 * the list bound to the API in the called stage decides by the caller's address — the connection's,
 * as the local cloud passes it (`emulator.handle(request, {clientIp})`), never a header the caller
 * could write.
 *
 * - REFUSE: an address inside any entry is turned away (entries' AppIds are ignored).
 * - ALLOW: only addresses inside an entry pass; an entry with an AppId admits only that app from
 *   those addresses — "If this parameter is not empty and no security authentication method is
 *   specified for the API, all API calls are restricted": an anonymous caller never matches it.
 *
 * Refusals answer 403 `A403IP` (VPC table, reference §5; the message is ours).
 */
import {
  cidrContains,
  type GatewayTraceIpControl,
  parseCidr,
  type StageName,
} from '../../../cloud-api/cloudapi'
import type { OpContext } from '../../context'
import { boundTo } from '../../control-plane/cloudapi/policy-bindings'
import type { Caller } from './auth'
import type { Route } from './match'
import { GatewayError } from './respond'

export function checkIpControl(
  ctx: OpContext,
  route: Route,
  stage: StageName,
  caller: Caller,
  clientIp: string,
): GatewayTraceIpControl | null {
  const policy = boundTo(ctx.store.read().cloudapi.ipControls, route.api.ApiId, stage)
  if (!policy) return null
  const appId = caller.app ? String(caller.app.AppId) : null
  let matched: GatewayTraceIpControl['matched'] = null
  for (const entry of policy.Policies) {
    const inside = entry.CidrIp.split(';').find((cidr) => {
      const parsed = parseCidr(cidr)
      return parsed !== null && cidrContains(parsed, clientIp)
    })
    if (inside === undefined) continue
    if (policy.IpControlType === 'ALLOW' && entry.AppId !== '' && entry.AppId !== appId) continue
    matched = { cidr: inside, appId: entry.AppId === '' ? null : entry.AppId }
    break
  }
  const refused = policy.IpControlType === 'REFUSE' ? matched !== null : matched === null
  return {
    ipControlId: policy.IpControlId,
    ipControlName: policy.IpControlName,
    ipControlType: policy.IpControlType,
    clientIp,
    matched,
    result: refused ? 'refused' : 'allowed',
  }
}

/** The refusal of a `refused` verdict. */
export function ipDenied(verdict: GatewayTraceIpControl): GatewayError {
  const why = verdict.ipControlType === 'REFUSE' ? 'is in the deny list' : 'is not in the allow list'
  return new GatewayError(
    'ipDenied',
    `Access Denied by IP Control Policy: ${verdict.clientIp} ${why} \`${verdict.ipControlName}\``,
  )
}
