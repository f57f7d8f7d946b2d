/**
 * Data-plane test helpers for app authentication (issue 4): an APP API behind the gateway, an app
 * authorized for it, and calls signed with the one signer (signing/gateway.ts) or with an AppCode.
 */
import { signGateway } from '../signing/gateway'
import { gatewayCall } from './cloudapi'
import { gateway } from './gateway'

export const APP = {
  AppKey: '203753385',
  AppSecret: 'app-secret-1',
  AppCode: 'c0de0000000000000000000000000001',
}

/** `hello` behind an APP API (override with `api`), an app with known credentials, authorized in `stages`. */
export async function appGateway(
  options: { api?: Record<string, unknown>; stages?: string[]; authorize?: boolean; clientIp?: string } = {},
) {
  const stages = options.stages ?? ['RELEASE']
  // AppCodes in the header, as seed 002 Step 5 calls (the cloud's DEFAULT would refuse them, doc 115437).
  const t = await gateway({ api: { AuthType: 'APP', AppCodeAuthType: 'HEADER', ...options.api }, stages })
  const { AppId } = await t.api.ok<{ AppId: number }>('CreateApp', { AppName: 'fcApp', ...APP })
  if (options.authorize !== false)
    for (const stage of stages)
      await t.api.ok('SetApisAuthorities', { AppId, StageName: stage, ApiIds: t.apiId })

  /** A request signed as the official Node SDK signs (every x-ca-* header, Accept, Content-MD5). */
  async function signed(
    path: string,
    init: {
      method?: string
      headers?: Record<string, string>
      body?: string
      secret?: string
      stage?: string
    } & {
      signatureMethod?: 'HmacSHA256' | 'HmacSHA1'
      nonce?: string
      now?: number
      clientIp?: string
    } = {},
  ) {
    const url = new URL(path, 'http://gateway')
    const method = init.method ?? 'GET'
    const headers = init.headers ?? {}
    const { headers: added } = await signGateway({
      method,
      path: url.pathname,
      search: url.search,
      headers,
      body: init.body,
      appKey: APP.AppKey,
      appSecret: init.secret ?? APP.AppSecret,
      stage: init.stage,
      signatureMethod: init.signatureMethod,
      now: init.now ?? t.clock.now(),
      nonce: init.nonce ?? crypto.randomUUID(),
    })
    return raw(path, { method, headers: { ...headers, ...added }, body: init.body }, init.clientIp)
  }

  /** A call as is, from `clientIp` (default: the option, else none: the core's fallback). */
  const raw = (path: string, init: RequestInit = {}, clientIp = options.clientIp) =>
    clientIp === undefined
      ? gatewayCall(t.emulator, t.host, path, init)
      : t.emulator.handle(new Request(`http://${t.host}${path}`, init), { clientIp })

  const withCode = (path: string, init: RequestInit = {}, code = APP.AppCode) =>
    raw(path, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), Authorization: `APPCODE ${code}` },
    })

  return { ...t, AppId, signed, raw, withCode }
}
