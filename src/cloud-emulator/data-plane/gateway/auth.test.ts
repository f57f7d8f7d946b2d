import { describe, expect, it } from 'vitest'
import type { GatewayTrace } from '../../../cloud-api/cloudapi'
import higress from '../../signing/fixtures/gateway-signature-vectors.higress.json'
import { APP, appGateway } from '../../testing/app-auth'
import { cloudApiClient } from '../../testing/cloudapi'
import { errorOf, gateway } from '../../testing/gateway'

const traceOf = async (t: { emulator: { handle(r: Request): Promise<Response> } }, response: Response) => {
  const id = response.headers.get('x-ca-request-id')
  const found = await t.emulator.handle(
    new Request(
      `https://1234567890123456.cn-hangzhou.fc.aliyuncs.com/__emulator/gateway-traces?requestId=${id}`,
    ),
  )
  return (await found.json()) as GatewayTrace
}

describe('AppKey signature (reference §2d): accepted calls', () => {
  it('answers a correctly signed call, passes the app id as CaAppId and records the decision', async () => {
    const t = await appGateway({
      api: {
        SystemParameters: [{ ParameterName: 'CaAppId', ServiceParameterName: 'app', Location: 'HEAD' }],
      },
    })
    const response = await t.signed('/hello?b=2&a=1')
    expect(response.status).toBe(200)
    expect((t.event().headers as Record<string, string>).app).toBe(String(t.AppId))
    const trace = await traceOf(t, response)
    expect(trace.auth).toMatchObject({
      mode: 'signature',
      appId: t.AppId,
      appName: 'fcApp',
      appKey: APP.AppKey,
      signatureMethod: 'HmacSHA256',
      result: 'ok',
      error: null,
    })
    expect(trace.auth?.stringToSign).toMatch(/^GET\napplication\/json\n\n\n\nx-ca-key:203753385\n/)
    expect(trace.auth?.stringToSign?.endsWith('\n/hello?a=1&b=2')).toBe(true)
    expect(JSON.stringify(trace)).not.toContain(APP.AppSecret)
  })

  it('signs POST bodies (Content-MD5 for JSON, form fields in the string), HmacSHA1 only when allowed', async () => {
    const t = await appGateway({
      api: { RequestConfig: { RequestHttpMethod: 'POST' }, AllowSignatureMethod: 'HmacSHA1,HmacSHA256' },
    })
    const json = await t.signed('/hello', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    })
    expect(json.status).toBe(200)
    const form = await t.signed('/hello?q=1', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'x=a+b&y=%2B',
    })
    expect(form.status).toBe(200)
    expect((await traceOf(t, form)).auth?.stringToSign).toMatch(/\/hello\?q=1&x=a b&y=\+$/)
    const text = { 'content-type': 'text/plain' }
    expect(
      (await t.signed('/hello', { method: 'POST', headers: text, body: 'x', signatureMethod: 'HmacSHA1' }))
        .status,
    ).toBe(200)

    const strict = await appGateway({ api: { RequestConfig: { RequestHttpMethod: 'POST' } } })
    const sha1 = errorOf(
      await strict.signed('/hello', {
        method: 'POST',
        headers: text,
        body: 'x',
        signatureMethod: 'HmacSHA1',
      }),
    )
    expect(sha1).toMatchObject({ status: 400, code: 'I400HD' })
    expect(sha1.message).toContain('HmacSHA1 is not allowed')
  })

  it('accepts the published vectors end to end (an app with the vectors’ AppKey and secret)', async () => {
    const cases = higress.vectors.filter(
      (v) => 'request' in v && v.request && v.expectAccepted === true && v.appSecret === 'appSecret',
    )
    expect(cases.length).toBeGreaterThan(10)
    for (const v of cases) {
      const request = v.request as unknown as {
        method: string
        path: string
        headers: Record<string, string>
        body?: string
      }
      const url = new URL(request.path, 'http://x')
      const t = await gateway({
        api: { AuthType: 'APP', RequestConfig: { RequestHttpMethod: 'ANY', RequestPath: '/*' } },
      })
      const { AppId } = await t.api.ok<{ AppId: number }>('CreateApp', {
        AppName: 'vectors',
        AppKey: 'appKey',
        AppSecret: 'appSecret',
      })
      await t.api.ok('SetApisAuthorities', { AppId, StageName: 'RELEASE', ApiIds: t.apiId })
      const stamp = request.headers['x-ca-timestamp']
      if (stamp) t.clock.set(Number(stamp))
      const response = await t.call(url.pathname + url.search, {
        method: request.method,
        headers: { ...request.headers, 'x-ca-signature': v.signature as string },
        body: request.method === 'GET' ? undefined : (request.body ?? ''),
      })
      expect(response.status, `${v.name}: ${response.headers.get('x-ca-error-message')}`).toBe(200)
    }
  })
})

describe('AppKey signature: each rejection with the gateway’s status, code and X-Ca-Error-Message', () => {
  it('a wrong secret: 403 A403IS `Invalid Signature, Server StringToSign:` with the server’s string (`#` for \\n)', async () => {
    const t = await appGateway()
    const response = await t.signed('/hello?b=2&a=1', { secret: 'wrong-secret', nonce: 'n-1' })
    const error = errorOf(response)
    expect(error).toMatchObject({ status: 403, code: 'A403IS' })
    expect(error.message).toMatch(/^Invalid Signature, Server StringToSign:`GET#application\/json####/)
    expect(error.message).toContain('#x-ca-key:203753385#x-ca-nonce:n-1#')
    expect(error.message?.endsWith('#/hello?a=1&b=2`')).toBe(true)
    const trace = await traceOf(t, response)
    expect(trace.auth).toMatchObject({ result: 'rejected', error: { code: 'A403IS' } })
    expect(error.message).toContain(trace.auth?.stringToSign?.replace(/\n/g, '#'))
    expect(t.fake.calls.invoke).toHaveLength(0)
  })

  it('unknown AppKey → 400 A400IK `Invalid AppKey`; no credentials → 400 A400MA; no signature → `Empty Signature`', async () => {
    const t = await appGateway()
    expect(
      errorOf(await t.raw('/hello', { headers: { 'X-Ca-Key': 'nobody', 'X-Ca-Signature': 'x' } })),
    ).toMatchObject({
      status: 400,
      code: 'A400IK',
      message: 'Invalid AppKey',
    })
    const none = errorOf(await t.raw('/hello'))
    expect(none).toMatchObject({ status: 400, code: 'A400MA' })
    expect(none.message).toContain('requires an app')
    expect(errorOf(await t.raw('/hello', { headers: { 'X-Ca-Key': APP.AppKey } }))).toMatchObject({
      status: 400,
      code: 'A400MA',
      message: 'Empty Signature',
    })
  })

  it('timestamps: more than 15 minutes off → `Timestamp Expired`; not a number → `Invalid Timestamp`', async () => {
    const t = await appGateway()
    const late = errorOf(await t.signed('/hello', { now: t.clock.now() - 15 * 60_000 - 1 }))
    expect(late).toMatchObject({ status: 400, code: 'I400HD', message: 'Timestamp Expired' })
    expect((await t.signed('/hello', { now: t.clock.now() - 14 * 60_000 })).status).toBe(200)
    const bad = await t.raw('/hello', {
      headers: { 'X-Ca-Key': APP.AppKey, 'X-Ca-Signature': 's', 'X-Ca-Timestamp': 'soon' },
    })
    expect(errorOf(bad)).toMatchObject({ status: 400, code: 'I400HD', message: 'Invalid Timestamp' })
  })

  it('nonces: reuse within 15 minutes → 400 `Nonce Used`; ForceNonceCheck makes one mandatory', async () => {
    const t = await appGateway()
    expect((await t.signed('/hello', { nonce: 'once' })).status).toBe(200)
    expect(errorOf(await t.signed('/hello', { nonce: 'once' }))).toMatchObject({
      status: 400,
      code: 'I400NC',
      message: 'Nonce Used',
    })
    // A forged call with the same nonce does not burn it for the real caller.
    expect(errorOf(await t.signed('/hello', { nonce: 'fresh', secret: 'bad' })).code).toBe('A403IS')
    expect((await t.signed('/hello', { nonce: 'fresh' })).status).toBe(200)
    t.clock.advance(15 * 60_000 + 1)
    expect((await t.signed('/hello', { nonce: 'once' })).status).toBe(200)

    const forced = await appGateway({ api: { ForceNonceCheck: true } })
    const sign = await forced.signed('/hello', { nonce: '' })
    expect(errorOf(sign)).toMatchObject({
      status: 400,
      code: 'I400MH',
      message: 'Header `X-Ca-Nonce` is Required',
    })
  })

  it('a body that does not match Content-MD5 → 400 `Invalid Content-MD5`', async () => {
    const t = await appGateway({ api: { RequestConfig: { RequestHttpMethod: 'POST' } } })
    const response = await t.signed('/hello', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-md5': 'kAFQmDzST7DWlj99KOF/cg==' },
      body: '{"changed":true}',
    })
    expect(errorOf(response)).toMatchObject({ status: 400, code: 'I400I5', message: 'Invalid Content-MD5' })
    const abc = await t.signed('/hello', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'abc',
    })
    expect(abc.status).toBe(200)
  })

  it('the published negative vectors are refused with the server’s string', async () => {
    const negatives = higress.vectors.filter((v) => 'request' in v && v.expectAccepted === false)
    expect(negatives.length).toBeGreaterThan(2)
    for (const v of negatives) {
      const request = v.request as unknown as {
        method: string
        path: string
        headers: Record<string, string>
        body?: string
      }
      const url = new URL(request.path, 'http://x')
      const t = await gateway({
        api: { AuthType: 'APP', RequestConfig: { RequestHttpMethod: 'ANY', RequestPath: '/*' } },
      })
      const { AppId } = await t.api.ok<{ AppId: number }>('CreateApp', {
        AppName: 'vectors',
        AppKey: 'appKey',
        AppSecret: 'appSecret',
      })
      await t.api.ok('SetApisAuthorities', { AppId, StageName: 'RELEASE', ApiIds: t.apiId })
      const stamp = request.headers['x-ca-timestamp']
      if (stamp) t.clock.set(Number(stamp))
      const response = await t.call(url.pathname + url.search, {
        method: request.method,
        headers: { ...request.headers, 'x-ca-signature': v.signature as string },
        body: request.method === 'GET' ? undefined : (request.body ?? ''),
      })
      expect(errorOf(response).code, v.name).toBe('A403IS')
    }
  })
})

describe('app credentials change between calls', () => {
  it('a reset AppKey, AppSecret or AppCode counts from the next call; the old ones are refused', async () => {
    const t = await appGateway()
    expect((await t.signed('/hello')).status).toBe(200)
    expect((await t.withCode('/hello')).status).toBe(200)
    await t.api.ok('ResetAppSecret', { AppKey: APP.AppKey, NewAppKey: '203999999', NewAppSecret: 'secret-2' })
    await t.api.ok('ResetAppCode', { AppCode: APP.AppCode, NewAppCode: 'c0de0000000000000000000000000002' })
    expect(errorOf(await t.signed('/hello'))).toMatchObject({ status: 400, code: 'A400IK' })
    expect(errorOf(await t.withCode('/hello'))).toMatchObject({ status: 401, code: 'A401AC' })
    expect((await t.withCode('/hello', {}, 'c0de0000000000000000000000000002')).status).toBe(200)
  })
})

describe('AppCode (Authorization: APPCODE …; seed 002 Step 5)', () => {
  it('answers `Authorization: APPCODE <code>` (any spacing and case of the scheme)', async () => {
    const t = await appGateway()
    const response = await t.withCode('/hello')
    expect(response.status).toBe(200)
    expect((await t.raw('/hello', { headers: { authorization: `appcode   ${APP.AppCode}` } })).status).toBe(
      200,
    )
    const trace = await traceOf(t, response)
    expect(trace.auth).toMatchObject({ mode: 'appcode', appId: t.AppId, appKey: '…0001', result: 'ok' })
    // The caller's headers and the auth entry mask the code; the event keeps what the function received
    // (the gateway forwards the Authorization header unless the group filters it: FilterAppCodeForBackend).
    expect(JSON.stringify({ request: trace.request, auth: trace.auth })).not.toContain(APP.AppCode)
    expect(trace.request.headers.authorization).toBe('APPCODE …0001')
  })

  it('refuses an unknown code (401 A401AC), a disabled one, one on a DEFAULT API and a query code unless HEADER_QUERY (400 A400AC)', async () => {
    const t = await appGateway()
    expect(errorOf(await t.withCode('/hello', {}, 'nope'))).toMatchObject({
      status: 401,
      code: 'A401AC',
      message: 'Invalid AppCode',
    })
    expect(errorOf(await t.raw(`/hello?AppCode=${APP.AppCode}`))).toMatchObject({
      status: 400,
      code: 'A400AC',
    })
    const disabled = await appGateway({ api: { AppCodeAuthType: 'DISABLE' } })
    const refused = errorOf(await disabled.withCode('/hello'))
    expect(refused).toMatchObject({ status: 400, code: 'A400AC' })
    expect(refused.message).toContain('DISABLE')
    // DEFAULT, the cloud's own default: AppCodes only once the API is listed on Cloud Marketplace (doc 115437).
    const marketOnly = errorOf(
      await (await appGateway({ api: { AppCodeAuthType: 'DEFAULT' } })).withCode('/hello'),
    )
    expect(marketOnly).toMatchObject({ status: 400, code: 'A400AC' })
    expect(marketOnly.message).toContain('only once listed on Cloud Marketplace')
    const query = await appGateway({ api: { AppCodeAuthType: 'HEADER_QUERY' } })
    expect((await query.raw(`/hello?AppCode=${APP.AppCode}`)).status).toBe(200)
  })
})

describe('authorization per API and stage', () => {
  it('an app without a grant → 403 I403AA `Unauthorized`; granted for another stage only → the same', async () => {
    const t = await appGateway({ authorize: false, stages: ['RELEASE', 'TEST'] })
    expect(errorOf(await t.withCode('/hello'))).toMatchObject({
      status: 403,
      code: 'I403AA',
      message: 'Unauthorized',
    })
    await t.api.ok('SetApisAuthorities', { AppId: t.AppId, StageName: 'TEST', ApiIds: t.apiId })
    expect(errorOf(await t.withCode('/hello')).code).toBe('I403AA')
    expect((await t.withCode('/hello', { headers: { 'X-Ca-Stage': 'TEST' } })).status).toBe(200)
    await t.api.ok('RemoveApisAuthorities', { AppId: t.AppId, StageName: 'TEST', ApiIds: t.apiId })
    expect(errorOf(await t.withCode('/hello', { headers: { 'X-Ca-Stage': 'TEST' } })).code).toBe('I403AA')
  })

  it('an expired grant → 403 A403EP `Expiry of Authorization`; a reset secret stops old signatures', async () => {
    const t = await appGateway({ authorize: false })
    const expiry = new Date(t.clock.now() + 60_000).toISOString().replace(/\.\d+Z$/, 'Z')
    await t.api.ok('SetApisAuthorities', {
      AppId: t.AppId,
      StageName: 'RELEASE',
      ApiIds: t.apiId,
      AuthValidTime: expiry,
    })
    expect((await t.signed('/hello')).status).toBe(200)
    t.clock.advance(61_000)
    expect(errorOf(await t.signed('/hello'))).toMatchObject({
      status: 403,
      code: 'A403EP',
      message: 'Expiry of Authorization',
    })
    await t.api.ok('SetApisAuthorities', { AppId: t.AppId, StageName: 'RELEASE', ApiIds: t.apiId })
    await t.api.ok('ResetAppSecret', { AppKey: APP.AppKey, NewAppSecret: 'new-secret-2' })
    expect(errorOf(await t.signed('/hello')).code).toBe('A403IS')
    expect((await t.signed('/hello', { secret: 'new-secret-2' })).status).toBe(200)
  })

  it('ANONYMOUS APIs stay open and ignore credentials; CaAppId is "null" there', async () => {
    const t = await gateway()
    const api = cloudApiClient(t.emulator)
    expect((await t.call('/hello', { headers: { Authorization: 'APPCODE whatever' } })).status).toBe(200)
    expect((await api.call('DescribeApis', {})).status).toBe(200)
  })
})
