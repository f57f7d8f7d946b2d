/**
 * The proxy in both modes, through `app.fetch` as @hono/node-server calls it: local-cloud mode against a
 * started local cloud that verifies signatures (so every call here proves the proxy's signing), real-
 * cloud mode against a stand-in that records what "the cloud" received; the guard against other
 * origins and DNS rebinding; the allow-list; and that the AccessKey secret never comes back.
 */

import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseAcs3Authorization } from '../../src/cloud-emulator/signing/acs3'
import { zipOf } from '../../src/cloud-emulator/testing/harness'
import { createNodeRuntime } from '../local-cloud/runtime/node-runtime'
import { type LocalCloud, startLocalCloud } from '../local-cloud/server'
import { createProxyApp } from './app'

const KEY = { accessKeyId: 'LTAI5tProxyTest', accessKeySecret: 'proxy-test-SECRET-value' }
const FC_HOST = '1234567890123456.cn-hangzhou.fc.aliyuncs.com'
const GROUP_HOST = '0123456789abcdef0123456789abcdef-cn-hangzhou.alicloudapi.com'
const SELF = 'http://127.0.0.1:8080'

interface Recorded {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

/** A stand-in upstream that records requests and answers with `reply`. */
async function recorder(
  reply: (r: Recorded) => { status?: number; body: unknown } = () => ({ body: { ok: true } }),
) {
  const seen: Recorded[] = []
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const recorded = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.concat(chunks).toString(),
    }
    seen.push(recorded)
    const { status = 200, body } = reply(recorded)
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    seen,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  }
}

const call = (
  app: ReturnType<typeof createProxyApp>,
  path: string,
  init: RequestInit & { headers?: Record<string, string> } = {},
) =>
  app.fetch(new Request(`${SELF}${path}`, { ...init, headers: { host: '127.0.0.1:8080', ...init.headers } }))

let dataDir: string
let cloud: LocalCloud
let local: ReturnType<typeof createProxyApp>

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'proxy-'))
  cloud = await startLocalCloud({
    runtime: createNodeRuntime(),
    dataDir,
    port: 0,
    credentials: [KEY],
    logLine: () => {},
  })
  local = createProxyApp({
    distDir: join(dataDir, 'no-dist'),
    mode: 'local-cloud',
    boundToLoopback: true,
    accessKey: KEY,
    accountId: '1234567890123456',
    targets: {
      fc: { origin: cloud.url, host: FC_HOST },
      cloudapi: { origin: cloud.url, host: 'apigateway.cn-hangzhou.aliyuncs.com' },
      emulator: { origin: cloud.url, host: FC_HOST },
      gateway: { origin: cloud.url },
    },
  })
})

afterAll(async () => {
  await cloud?.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('local-cloud mode: signs with the local AccessKey', () => {
  it('creates, invokes and deletes a function through /api/fc, never echoing the secret', async () => {
    const bodies: string[] = []
    const keep = async (r: Response) => {
      const text = await r.text()
      bodies.push(text, JSON.stringify([...r.headers]))
      return { status: r.status, text }
    }
    const created = await keep(
      await call(local, '/api/fc/2023-03-30/functions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', origin: SELF },
        body: JSON.stringify({
          functionName: 'via-proxy',
          runtime: 'nodejs20',
          handler: 'index.handler',
          code: { zipFile: zipOf().base64 },
        }),
      }),
    )
    expect(created.status, created.text).toBe(200)
    const invoked = await keep(
      await call(local, '/api/fc/2023-03-30/functions/via-proxy/invocations', {
        method: 'POST',
        body: '{}',
        headers: { 'x-fc-log-type': 'Tail' },
      }),
    )
    expect(invoked).toEqual({ status: 200, text: 'hello' })
    // An Authorization or x-acs-* header from the browser is dropped: the proxy signs.
    const listed = await keep(
      await call(local, '/api/fc/2023-03-30/functions?prefix=via-', {
        headers: { authorization: 'FC x:y', 'x-acs-date': 'junk' },
      }),
    )
    expect(JSON.parse(listed.text).functions).toHaveLength(1)
    expect(
      (await keep(await call(local, '/api/fc/2023-03-30/functions/via-proxy', { method: 'DELETE' }))).status,
    ).toBe(204)
    expect((await keep(await call(local, '/api/emulator/health'))).status).toBe(200)
    for (const text of bodies) expect(text).not.toContain(KEY.accessKeySecret)
  })

  it('signs CloudAPI calls (a signature failure would be SignatureDoesNotMatch)', async () => {
    const answer = await call(
      local,
      '/api/cloudapi/?Action=DescribeApiGroups&Version=2016-07-14&RegionId=cn-hangzhou',
    )
    const body = await answer.json()
    expect(body.Code ?? '').not.toMatch(/Signature|AccessKey|TimeStamp/)
  })

  it('passes the cloud’s refusal through when the held key is wrong', async () => {
    const wrong = createProxyApp({
      distDir: 'none',
      mode: 'local-cloud',
      boundToLoopback: true,
      accessKey: { ...KEY, accessKeySecret: 'not-it' },
      accountId: '1234567890123456',
      targets: { fc: { origin: cloud.url, host: FC_HOST } },
    })
    const answer = await call(wrong, '/api/fc/2023-03-30/functions')
    expect(answer.status).toBe(403)
    expect((await answer.json()).Code).toBe('SignatureNotMatch')
  })
})

describe('the guard', () => {
  it.each([
    [{ origin: 'http://evil.example' }, /a page from http:\/\/evil\.example may not call/],
    [{ 'sec-fetch-site': 'cross-site' }, /a cross-site page may not call/],
    [{ 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:5173' }, /a same-site page may not call/],
    [
      { host: 'rebound.example:8080' },
      /answers only to 127\.0\.0\.1 \/ localhost, not to 'rebound\.example'/,
    ],
  ])('refuses %o', async (headers, message) => {
    const answer = await call(local, '/api/fc/2023-03-30/functions', { headers })
    expect(answer.status).toBe(403)
    const body = await answer.json()
    expect(body.Code).toBe('Forbidden')
    expect(body.Message).toMatch(message)
  })

  it('lets same-origin pages, typed URLs and non-browser clients through', async () => {
    const cases: Record<string, string>[] = [
      { 'sec-fetch-site': 'same-origin', origin: SELF },
      { 'sec-fetch-site': 'none' },
      {},
      { host: 'localhost:8080' },
    ]
    for (const headers of cases) expect((await call(local, '/api/health', { headers })).status).toBe(200)
  })

  it('forwards the data plane only to *.alicloudapi.com group domains', async () => {
    const refused = await call(local, '/api/gateway/169.254.169.254/latest/meta-data')
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({ Code: 'ForbiddenHost' })
    expect((await call(local, '/api/gateway/example.com.alicloudapi.com.evil.io/x')).status).toBe(403)
  })
})

describe('real-cloud mode (against a stand-in)', () => {
  it('signs V3 for CloudAPI and FC 3.0 with the configured key and STS token, with the real Host', async () => {
    const fake = await recorder()
    try {
      const app = createProxyApp({
        distDir: 'none',
        mode: 'real-cloud',
        boundToLoopback: true,
        accessKey: {
          accessKeyId: 'LTAI5tRealKey',
          accessKeySecret: 'real-secret',
          securityToken: 'sts-token',
        },
        accountId: '5555',
        targets: {
          fc: { origin: fake.origin, host: '5555.cn-shanghai.fc.aliyuncs.com' },
          cloudapi: { origin: fake.origin, host: 'apigateway.cn-shanghai.aliyuncs.com' },
          gateway: { origin: fake.origin },
        },
      })
      await call(app, '/api/cloudapi?Action=CreateApiGroup&Version=2016-07-14&GroupName=g', {
        method: 'POST',
        headers: { cookie: 'session=1' },
      })
      await call(app, '/api/fc/2023-03-30/functions/f/invocations', {
        method: 'POST',
        body: 'x',
        headers: { 'x-fc-invocation-type': 'Sync' },
      })
      await call(app, `/api/gateway/${GROUP_HOST}/hello?x=1`, {
        headers: { authorization: 'APPCODE abc', 'x-ca-stage': 'TEST' },
      })
      await call(app, '/api/fc/2023-03-30/functions/f/triggers', { method: 'POST', body: '{}' })
      const [rpc, fc3, data, trigger] = fake.seen
      expect(rpc).toMatchObject({
        method: 'POST',
        url: '/?Action=CreateApiGroup&Version=2016-07-14&GroupName=g',
      })
      expect(rpc!.headers).toMatchObject({
        host: 'apigateway.cn-shanghai.aliyuncs.com',
        'x-acs-action': 'CreateApiGroup',
        'x-acs-version': '2016-07-14',
        'x-acs-security-token': 'sts-token',
        'x-acs-accesskey-id': 'LTAI5tRealKey',
      })
      expect(rpc!.headers.cookie).toBeUndefined()
      expect(parseAcs3Authorization(String(rpc!.headers.authorization))?.accessKeyId).toBe('LTAI5tRealKey')
      expect(fc3!.headers).toMatchObject({
        host: '5555.cn-shanghai.fc.aliyuncs.com',
        'x-acs-action': 'InvokeFunction',
        'x-fc-invocation-type': 'Sync',
      })
      // Every FC 3.0 route the console uses is named as the SDK names it (web functions create triggers).
      expect(trigger!.headers).toMatchObject({ 'x-acs-action': 'CreateTrigger' })
      // The data plane is not AccessKey-signed; the caller's own APPCODE goes through, to the group's Host.
      expect(data).toMatchObject({ url: '/hello?x=1' })
      expect(data!.headers).toMatchObject({
        host: GROUP_HOST,
        authorization: 'APPCODE abc',
        'x-ca-stage': 'TEST',
      })
      expect(JSON.stringify(fake.seen)).not.toContain('real-secret')
      expect((await call(app, '/api/emulator/health')).status).toBe(404)
    } finally {
      fake.close()
    }
  })
})
