import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fakeRuntime } from '../cloud-emulator/testing/fake-runtime'
import { createInput } from '../cloud-emulator/testing/harness'
import { upstreamUrl } from './handlers'
import { setupMockServer } from './node'

const emulatorInfo = { accountId: '1234567890123456', region: 'cn-hangzhou' }

describe('upstreamUrl', () => {
  it.each([
    [
      { service: 'fc', upstreamPath: '/2023-03-30/functions?limit=1' },
      'https://1234567890123456.cn-hangzhou.fc.aliyuncs.com/2023-03-30/functions?limit=1',
    ],
    [
      { service: 'cloudapi', upstreamPath: '/?Action=DescribeApiGroups' },
      'https://apigateway.cn-hangzhou.aliyuncs.com/?Action=DescribeApiGroups',
    ],
    [
      { service: 'gateway', host: 'abc-cn-hangzhou.alicloudapi.com', upstreamPath: '/echo/x?a=1' },
      'https://abc-cn-hangzhou.alicloudapi.com/echo/x?a=1',
    ],
    [
      { service: 'emulator', upstreamPath: '/__emulator/health' },
      'https://1234567890123456.cn-hangzhou.fc.aliyuncs.com/__emulator/health',
    ],
  ] as const)('maps %o to the real endpoint', (resolved, url) => {
    expect(upstreamUrl(resolved, emulatorInfo)).toBe(url)
  })
})

describe('MSW handlers (msw/node)', () => {
  // A real server stands in for "the network", to see what passes through.
  const network = createServer((_req, res) => res.end('from the network'))
  let origin: string
  let mock: ReturnType<typeof setupMockServer>

  beforeAll(async () => {
    await new Promise<void>((resolve) => network.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(network.address() as AddressInfo).port}`
    mock = setupMockServer({ runtime: fakeRuntime().runtime, runtimeMode: 'node', origin })
    mock.server.listen({ onUnhandledRequest: 'bypass' })
  })
  afterAll(async () => {
    mock.server.close()
    await mock.emulator.close()
    await new Promise((resolve) => network.close(resolve))
  })

  it('answers /api/fc/... with the emulator, as the real endpoint would', async () => {
    const created = await fetch(`${origin}/api/fc/2023-03-30/functions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(createInput({ functionName: 'via-msw' })),
    })
    expect(created.status).toBe(200)
    const listed = await fetch(`${origin}/api/fc/2023-03-30/functions?prefix=via-`)
    expect(
      ((await listed.json()) as { functions: { functionName: string }[] }).functions.map(
        (f) => f.functionName,
      ),
    ).toEqual(['via-msw'])
    const missing = await fetch(`${origin}/api/fc/2023-03-30/functions/nope`)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({ Code: 'FunctionNotFound' })
    expect(missing.headers.get('x-fc-request-id')).toMatch(/^1-/)
  })

  it('passes invocation bytes and headers through both ways', async () => {
    const response = await fetch(`${origin}/api/fc/2023-03-30/functions/via-msw/invocations`, {
      method: 'POST',
      headers: { 'x-fc-log-type': 'Tail' },
      body: new Uint8Array([1, 2, 3]),
    })
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]))
    expect(response.headers.get('x-fc-log-result')).toBeTruthy()
  })

  it('answers /api/emulator/... with the control endpoint', async () => {
    const health = await fetch(`${origin}/api/emulator/health`)
    expect(await health.json()).toMatchObject({ ok: true, emulator: 'apigw-fc', runtimeMode: 'node' })
  })

  it('lets requests outside the known /api services through to the network', async () => {
    expect(await (await fetch(`${origin}/api/unknown/x`)).text()).toBe('from the network')
    expect(await (await fetch(`${origin}/index.html`)).text()).toBe('from the network')
  })
})
