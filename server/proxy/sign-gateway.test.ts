/**
 * `POST /api/sign/gateway` with a stand-in CloudAPI that answers DescribeAppSecurity (the app actions
 * arrive with the API-Gateway issues; the stand-in checks the proxy's V3 signature with our verifier).
 * The answer must be headers the gateway accepts — checked with the same verifier the data plane uses —
 * and must not contain the AppSecret.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseAcs3Authorization, verifyAcs3 } from '../../src/cloud-emulator/signing/acs3'
import { sha256Hex } from '../../src/cloud-emulator/signing/crypto'
import { verifyGateway } from '../../src/cloud-emulator/signing/gateway'
import { createProxyApp } from './app'

const KEY = { accessKeyId: 'LTAI5tSignGateway', accessKeySecret: 'sign-gateway-secret' }
const APP = { AppKey: '204000001', AppSecret: 'app-secret-never-in-the-browser' }
const GROUP_HOST = '0123456789abcdef0123456789abcdef-cn-hangzhou.alicloudapi.com'

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x')
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]))
  const auth = parseAcs3Authorization(headers.authorization ?? '')
  const verified =
    auth &&
    (await verifyAcs3(
      {
        method: req.method ?? 'GET',
        path: url.pathname,
        search: url.search,
        headers,
        hashedPayload: await sha256Hex(''),
      },
      auth,
      KEY.accessKeySecret,
    ))
  res.setHeader('content-type', 'application/json')
  if (!verified?.ok) return res.writeHead(400).end(JSON.stringify({ Code: 'SignatureDoesNotMatch' }))
  if (url.searchParams.get('Action') !== 'DescribeAppSecurity') return res.writeHead(400).end('{}')
  if (url.searchParams.get('AppId') !== '1001')
    return res.writeHead(400).end(
      JSON.stringify({
        Code: 'NotFoundApp',
        Message: 'Cannot find resource according to your specified AppId.',
      }),
    )
  res.end(JSON.stringify({ RequestId: 'R', ...APP }))
})

let app: ReturnType<typeof createProxyApp>

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  app = createProxyApp({
    distDir: 'none',
    mode: 'local-cloud',
    boundToLoopback: true,
    accessKey: KEY,
    accountId: '1234567890123456',
    targets: { cloudapi: { origin, host: 'apigateway.cn-hangzhou.aliyuncs.com' }, gateway: { origin } },
  })
})

afterAll(() => server.close())

const sign = (body: unknown) =>
  app.fetch(
    new Request('http://127.0.0.1:8080/api/sign/gateway', {
      method: 'POST',
      headers: {
        host: '127.0.0.1:8080',
        'content-type': 'application/json',
        'sec-fetch-site': 'same-origin',
      },
      body: JSON.stringify(body),
    }),
  )

describe('POST /api/sign/gateway', () => {
  it('returns X-Ca headers the gateway accepts, and no AppSecret', async () => {
    const call = {
      appId: 1001,
      host: GROUP_HOST,
      method: 'post',
      path: '/users?lang=zh',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
      stage: 'TEST',
    }
    const answer = await sign(call)
    const text = await answer.text()
    expect(answer.status, text).toBe(200)
    expect(text).not.toContain(APP.AppSecret)
    const { headers, stringToSign } = JSON.parse(text)
    expect(headers).toMatchObject({
      'x-ca-key': APP.AppKey,
      'x-ca-stage': 'TEST',
      'content-md5': expect.any(String),
      accept: 'application/json',
    })
    expect(stringToSign).toMatch(/^POST\napplication\/json\n.+\napplication\/json\n\nx-ca-key:204000001\n/)
    const verified = await verifyGateway(
      {
        method: 'POST',
        path: '/users',
        search: 'lang=zh',
        headers: { ...call.headers, ...headers },
        body: call.body,
      },
      APP.AppSecret,
    )
    expect(verified.ok).toBe(true)
  })

  it('passes the cloud’s error through (an unknown app) and validates its input', async () => {
    const unknown = await sign({ appId: '9', host: GROUP_HOST, method: 'GET', path: '/' })
    expect(unknown.status).toBe(400)
    expect((await unknown.json()).Code).toBe('NotFoundApp')
    const badHost = await sign({ appId: '1001', host: 'example.com', method: 'GET', path: '/' })
    expect(badHost.status).toBe(400)
    expect((await badHost.json()).Message).toBe('host must be an API group domain (<group>.alicloudapi.com)')
  })

  it('is guarded like every /api call', async () => {
    const answer = await app.fetch(
      new Request('http://127.0.0.1:8080/api/sign/gateway', {
        method: 'POST',
        headers: { host: '127.0.0.1:8080', origin: 'http://evil.example' },
        body: '{}',
      }),
    )
    expect(answer.status).toBe(403)
  })
})
