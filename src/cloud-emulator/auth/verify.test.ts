/**
 * The emulator's AccessKey checks through `handle(Request)`: each refusal in its endpoint's own shape
 * (POP for CloudAPI, FC 3.0, FC 2016-08-15), the 15-minute window, nonce replay, and what is never
 * checked (`/__emulator/*`, the data plane's hosts, an emulator without credentials).
 */
import { describe, expect, it } from 'vitest'
import { signAcs3 } from '../signing/acs3'
import { formatHttpDate } from '../signing/credentials'
import { signFc2016 } from '../signing/fc2016'
import { rpcV1Encode, signRpcV1 } from '../signing/rpc-v1'
import { setup } from '../testing/harness'

const KEY = { accessKeyId: 'LTAI5tUnitTestKey', accessKeySecret: 'unit-test-secret' }
const FC_HOST = '1234567890123456.cn-hangzhou.fc.aliyuncs.com'
const POP_HOST = 'apigateway.cn-hangzhou.aliyuncs.com'

function withKeys() {
  const t = setup({ credentials: [KEY] })
  return { ...t, now: t.clock.now() }
}

async function v3(
  t: ReturnType<typeof withKeys>,
  init: {
    method: string
    url: string
    body?: string
    key?: typeof KEY
    at?: number
    nonce?: string
    headers?: Record<string, string>
  },
) {
  const url = new URL(init.url)
  const body = new TextEncoder().encode(init.body ?? '')
  const headers = { host: url.host, ...(init.headers ?? {}) }
  const signed = await signAcs3({
    method: init.method,
    path: url.pathname,
    search: url.search,
    headers,
    body,
    key: init.key ?? KEY,
    now: init.at ?? t.now,
    nonce: init.nonce ?? crypto.randomUUID(),
  })
  return new Request(url, {
    method: init.method,
    headers: { ...headers, ...signed.headers },
    body: init.body,
  })
}

async function json(response: Response) {
  return { status: response.status, body: await response.json(), headers: response.headers }
}

describe('FC 3.0 (V3 signature)', () => {
  it('accepts a signed call and refuses a wrong secret with SignatureNotMatch 403', async () => {
    const t = withKeys()
    const ok = await t.emulator.handle(
      await v3(t, { method: 'GET', url: `https://${FC_HOST}/2023-03-30/functions?limit=5` }),
    )
    expect(ok.status).toBe(200)
    const bad = await json(
      await t.emulator.handle(
        await v3(t, {
          method: 'GET',
          url: `https://${FC_HOST}/2023-03-30/functions`,
          key: { ...KEY, accessKeySecret: 'wrong' },
        }),
      ),
    )
    expect(bad.status).toBe(403)
    expect(bad.body).toEqual({
      Code: 'SignatureNotMatch',
      Message:
        'The request signature we calculated does not match the signature you provided. Check your access key and signing method',
      RequestId: expect.stringMatching(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/),
    })
    expect(bad.headers.get('x-fc-request-id')).toBe(bad.body.RequestId)
  })

  it('refuses an unsigned call, an unknown key, a skewed clock and a changed body', async () => {
    const t = withKeys()
    const url = `https://${FC_HOST}/2023-03-30/functions`
    const unsigned = await json(await t.emulator.handle(new Request(url)))
    expect(unsigned).toMatchObject({
      status: 400,
      body: {
        Code: 'MissingRequiredHeader',
        Message: 'required HTTP header Authorization was not specified',
      },
    })
    const unknown = await json(
      await t.emulator.handle(await v3(t, { method: 'GET', url, key: { ...KEY, accessKeyId: 'LTAInope' } })),
    )
    expect(unknown).toMatchObject({
      status: 403,
      body: { Code: 'InvalidAccessKeyID', Message: "invalid access key ID 'LTAInope'" },
    })
    const skewed = await json(
      await t.emulator.handle(await v3(t, { method: 'GET', url, at: t.now - 16 * 60_000 })),
    )
    expect(skewed).toMatchObject({ status: 403, body: { Code: 'RequestTimeTooSkewed' } })
    expect(skewed.body.Message).toMatch(
      /^the difference between the request time '.+' and the current time '.+' is too large$/,
    )
    const inWindow = await t.emulator.handle(await v3(t, { method: 'GET', url, at: t.now + 14 * 60_000 }))
    expect(inWindow.status).toBe(200)

    const signed = await v3(t, {
      method: 'POST',
      url,
      body: '{"functionName":"a"}',
      headers: { 'content-type': 'application/json' },
    })
    const tampered = new Request(signed, { body: '{"functionName":"b"}' })
    expect((await json(await t.emulator.handle(tampered))).body.Code).toBe('SignatureNotMatch')
  })
})

describe('FC 2016-08-15 (FC <ak>:<sig>)', () => {
  it('checks the signature before routing and answers in FC 2.0 shape', async () => {
    const t = withKeys()
    const path = '/2016-08-15/services'
    const sign = async (key = KEY, at = t.now) => {
      const headers = { date: formatHttpDate(at), 'x-fc-account-id': '1234567890123456' }
      const signed = await signFc2016({ method: 'GET', rawPath: path, rawSearch: '', headers, key, now: at })
      return new Request(`https://${FC_HOST}${path}`, { headers: { ...headers, ...signed.headers } })
    }
    const bad = await json(await t.emulator.handle(await sign({ ...KEY, accessKeySecret: 'nope' })))
    expect(bad.status).toBe(403)
    expect(bad.body).toEqual({
      ErrorCode: 'SignatureNotMatch',
      ErrorMessage:
        'The request signature we calculated does not match the signature you provided. Check your access key and signing method',
    })
    expect((await json(await t.emulator.handle(await sign(KEY, t.now + 20 * 60_000)))).body.ErrorCode).toBe(
      'RequestTimeTooSkewed',
    )
    // Correctly signed: through to routing, and FC 2.0's ListServices answers.
    expect((await json(await t.emulator.handle(await sign()))).body).toEqual({ services: [] })
  })
})

describe('CloudAPI through the POP gateway', () => {
  const popUrl = (query: string) => `https://${POP_HOST}/?${query}`

  async function v1(
    t: ReturnType<typeof withKeys>,
    opts: { key?: typeof KEY; at?: number; nonce?: string; method?: 'GET' | 'POST' } = {},
  ) {
    const method = opts.method ?? 'GET'
    const { params } = await signRpcV1({
      method,
      params: { Action: 'DescribeApiGroups', Version: '2016-07-14', RegionId: 'cn-hangzhou' },
      key: opts.key ?? KEY,
      now: opts.at ?? t.now,
      nonce: opts.nonce ?? crypto.randomUUID(),
    })
    const encoded = rpcV1Encode(params)
    return method === 'GET'
      ? new Request(popUrl(encoded))
      : new Request(`https://${POP_HOST}/`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: encoded,
        })
  }

  it('answers a wrong secret with SignatureDoesNotMatch and the server string to sign (V1, GET and POST)', async () => {
    const t = withKeys()
    for (const method of ['GET', 'POST'] as const) {
      const bad = await json(
        await t.emulator.handle(await v1(t, { method, key: { ...KEY, accessKeySecret: 'x' } })),
      )
      expect(bad.status).toBe(400)
      expect(bad.body).toEqual({
        RequestId: expect.stringMatching(/^[0-9A-F-]{36}$/),
        HostId: POP_HOST,
        Code: 'SignatureDoesNotMatch',
        Message: expect.stringMatching(
          new RegExp(
            `^Specified signature is not matched with our calculation\\. server string to sign is:${method}&%2F&AccessKeyId%3D`,
          ),
        ),
        Recommend: expect.stringContaining('q=SignatureDoesNotMatch&product=CloudAPI&requestId='),
      })
      expect(bad.headers.get('x-acs-request-id')).toBe(bad.body.RequestId)
    }
  })

  it('answers a wrong secret with SignatureDoesNotMatch (V3) and the ACS3 string to sign', async () => {
    const t = withKeys()
    const request = await v3(t, {
      method: 'POST',
      url: popUrl('GroupName=demo&RegionId=cn-hangzhou'),
      key: { ...KEY, accessKeySecret: 'x' },
      headers: { 'x-acs-action': 'CreateApiGroup', 'x-acs-version': '2016-07-14' },
    })
    const bad = await json(await t.emulator.handle(request))
    expect(bad).toMatchObject({ status: 400, body: { Code: 'SignatureDoesNotMatch' } })
    expect(bad.body.Message).toMatch(/server string to sign is:ACS3-HMAC-SHA256\n[0-9a-f]{64}$/)
  })

  it('refuses missing credentials, unknown keys, stale timestamps and a reused nonce', async () => {
    const t = withKeys()
    const missing = await json(
      await t.emulator.handle(new Request(popUrl('Action=DescribeApiGroups&Version=2016-07-14'))),
    )
    expect(missing).toMatchObject({
      status: 400,
      body: { Code: 'MissingAccessKeyId', Message: 'AccessKeyId is mandatory for this action.' },
    })
    const unknown = await json(
      await t.emulator.handle(await v1(t, { key: { ...KEY, accessKeyId: 'LTAIunknown' } })),
    )
    expect(unknown).toMatchObject({
      status: 404,
      body: { Code: 'InvalidAccessKeyId.NotFound', Message: 'Specified access key is not found.' },
    })
    const stale = await json(await t.emulator.handle(await v1(t, { at: t.now - 16 * 60_000 })))
    expect(stale).toMatchObject({
      status: 400,
      body: { Code: 'InvalidTimeStamp.Expired', Message: 'Specified time stamp or date value is expired.' },
    })

    const first = await t.emulator.handle(await v1(t, { nonce: 'once' }))
    expect((await json(first)).body.Code ?? '').not.toMatch(/Signature|AccessKey|TimeStamp/) // through to routing
    const replay = await json(await t.emulator.handle(await v1(t, { nonce: 'once' })))
    expect(replay).toMatchObject({
      status: 400,
      body: { Code: 'SignatureNonceUsed', Message: 'Specified signature nonce was used already.' },
    })
    // After the window the nonce is forgotten (and a request that old would be expired anyway).
    t.clock.advance(16 * 60_000)
    const later = await json(await t.emulator.handle(await v1(t, { nonce: 'once', at: t.clock.now() })))
    expect(later.body.Code).not.toBe('SignatureNonceUsed')
  })
})

describe('never AccessKey-signed', () => {
  it('leaves /__emulator/*, the data plane hosts, and an emulator without credentials alone', async () => {
    const t = withKeys()
    expect((await t.emulator.handle(new Request(`https://${FC_HOST}/__emulator/health`))).status).toBe(200)
    const dataPlane = await t.emulator.handle(
      new Request('https://0123456789abcdef0123456789abcdef-cn-hangzhou.alicloudapi.com/'),
    )
    expect((await dataPlane.text()).includes('AccessKeyId')).toBe(false)
    const open = setup()
    expect((await open.emulator.handle(new Request(`https://${FC_HOST}/2023-03-30/functions`))).status).toBe(
      200,
    )
  })
})
