import { afterEach, describe, expect, it, vi } from 'vitest'
import { sendGatewayRequest } from './gateway'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('sendGatewayRequest', () => {
  it("shows the gateway's answer without the connection-level fields of the hop to the console's server", async () => {
    const answer = new Response('{"ok":true}', {
      status: 200,
      headers: {
        'content-type': 'application/json',
        'x-ca-request-id': 'REQ-1',
        connection: 'keep-alive',
        'keep-alive': 'timeout=5',
        'transfer-encoding': 'chunked',
      },
    })
    const fetchMock = vi.fn(async () => answer)
    vi.stubGlobal('fetch', fetchMock)
    const exchange = await sendGatewayRequest({
      subDomain: 'g-cn-hangzhou.alicloudapi.com',
      stage: 'RELEASE',
      method: 'GET',
      path: '/hello',
      query: [],
      headers: [],
      body: '',
    })
    expect(exchange.received.headers).toEqual([
      ['content-type', 'application/json'],
      ['x-ca-request-id', 'REQ-1'],
    ])
    expect(exchange.received.requestId).toBe('REQ-1')
    expect(exchange.received.body).toBe('{"ok":true}')
  })
})
