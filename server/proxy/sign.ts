/**
 * Signs one forwarded console call with the AccessKey the proxy holds (ARCHITECTURE.md principle 3:
 * the browser never holds it). Which signature, per endpoint (docs/decisions/007-signing.md):
 *
 * - CloudAPI (`/?Action=…&Version=…`): ACS3-HMAC-SHA256 (V3), with `x-acs-action` / `x-acs-version`
 *   taken from the query — the scheme the current SDKs (`@alicloud/cloudapi20160714`) use. The query
 *   and body travel exactly as the console sent them and are all signed.
 * - FC 3.0 (`/2023-03-30/…`): V3, as `@alicloud/fc20230330` signs.
 * - FC 2016-08-15 (`/2016-08-15/…`): `FC <ak>:<sig>` with `Date` and `x-fc-account-id`, as `@alicloud/fc2`.
 * - the gateway data plane and the emulator's control endpoint: not AccessKey-signed.
 */
import type { ApiService } from '../../src/cloud-api/endpoints.ts'
import { signAcs3 } from '../../src/cloud-emulator/signing/acs3.ts'
import type { AccessKey } from '../../src/cloud-emulator/signing/credentials.ts'
import { signFc2016 } from '../../src/cloud-emulator/signing/fc2016.ts'

export interface SignTarget {
  service: ApiService
  method: string
  /** upstream path and query, e.g. `/2023-03-30/functions?limit=5` */
  pathAndQuery: string
  /** the Host the upstream sees */
  host: string
  /** lower-case names */
  headers: Record<string, string>
  body: Uint8Array
  /** for FC 2016-08-15's `x-fc-account-id` */
  accountId?: string
}

// The FC 3.0 SDK names each call in x-acs-action (openapi-core doRequest); the routes the console uses.
const FC3_ACTIONS: [method: string, pattern: RegExp, action: string][] = [
  ['POST', /^\/2023-03-30\/functions$/, 'CreateFunction'],
  ['GET', /^\/2023-03-30\/functions$/, 'ListFunctions'],
  ['GET', /^\/2023-03-30\/functions\/[^/]+$/, 'GetFunction'],
  ['PUT', /^\/2023-03-30\/functions\/[^/]+$/, 'UpdateFunction'],
  ['DELETE', /^\/2023-03-30\/functions\/[^/]+$/, 'DeleteFunction'],
  ['POST', /^\/2023-03-30\/functions\/[^/]+\/invocations$/, 'InvokeFunction'],
  ['GET', /^\/2023-03-30\/functions\/[^/]+\/code$/, 'GetFunctionCode'],
  ['POST', /^\/2023-03-30\/functions\/[^/]+\/triggers$/, 'CreateTrigger'],
  ['GET', /^\/2023-03-30\/functions\/[^/]+\/triggers$/, 'ListTriggers'],
  ['GET', /^\/2023-03-30\/functions\/[^/]+\/triggers\/[^/]+$/, 'GetTrigger'],
  ['PUT', /^\/2023-03-30\/functions\/[^/]+\/triggers\/[^/]+$/, 'UpdateTrigger'],
  ['DELETE', /^\/2023-03-30\/functions\/[^/]+\/triggers\/[^/]+$/, 'DeleteTrigger'],
]

function fc3Action(method: string, path: string): string | undefined {
  return FC3_ACTIONS.find(([m, pattern]) => m === method && pattern.test(path))?.[2]
}

/** The headers to add to the forwarded request (lower-case names); none for unsigned services. */
export async function signUpstream(
  target: SignTarget,
  key: AccessKey,
  now: number = Date.now(),
  nonce: string = crypto.randomUUID(),
): Promise<Record<string, string>> {
  const q = target.pathAndQuery.indexOf('?')
  const url = {
    pathname: q < 0 ? target.pathAndQuery : target.pathAndQuery.slice(0, q),
    search: q < 0 ? '' : target.pathAndQuery.slice(q),
  }
  const headers = { ...target.headers, host: target.host }
  const method = target.method.toUpperCase()
  if (target.service === 'cloudapi') {
    const query = new URLSearchParams(url.search)
    const signed = await signAcs3({
      method,
      path: url.pathname,
      search: url.search,
      headers,
      body: target.body,
      key,
      now,
      nonce,
      action: query.get('Action') ?? undefined,
      version: query.get('Version') ?? undefined,
    })
    return signed.headers
  }
  if (target.service !== 'fc') return {}
  if (url.pathname.startsWith('/2016-08-15/')) {
    const fcHeaders = target.accountId ? { ...headers, 'x-fc-account-id': target.accountId } : headers
    const signed = await signFc2016({
      method,
      rawPath: url.pathname,
      rawSearch: url.search,
      headers: fcHeaders,
      key,
      now,
    })
    return { ...(target.accountId ? { 'x-fc-account-id': target.accountId } : {}), ...signed.headers }
  }
  const signed = await signAcs3({
    method,
    path: url.pathname,
    search: url.search,
    headers,
    body: target.body,
    key,
    now,
    nonce,
    action: fc3Action(method, url.pathname),
    version: url.pathname.startsWith('/2023-03-30/') ? '2023-03-30' : undefined,
  })
  return signed.headers
}
