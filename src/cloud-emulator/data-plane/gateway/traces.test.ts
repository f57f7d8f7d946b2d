import { describe, expect, it } from 'vitest'
import type { GatewayTrace } from '../../../cloud-api/cloudapi'
import { outcome } from '../../testing/fake-runtime'
import { answers, gateway, utf8 } from '../../testing/gateway'
import { TRACES_PER_API } from './traces'

describe('GET /__emulator/gateway-traces (emulator-only, for the Debug API panel)', () => {
  const traces = (t: { emulator: { handle(r: Request): Promise<Response> } }, query: string) =>
    t.emulator.handle(
      new Request(`https://1234567890123456.cn-hangzhou.fc.aliyuncs.com/__emulator/gateway-traces${query}`),
    )

  it('shows what the caller sent, the event, what the function returned and the answer, by X-Ca-Request-Id', async () => {
    const t = await gateway({
      responder: (request) =>
        outcome(request, {
          body: utf8(
            JSON.stringify({ isBase64Encoded: false, statusCode: '200', headers: {}, body: { ok: true } }),
          ),
          logs: ['2026-01-02T03:04:05.678Z 1-x [verbose] hi'],
        }),
    })
    const response = await t.call('/hello?x=1', { headers: { 'X-Ca-Stage': 'RELEASE' } })
    const requestId = response.headers.get('x-ca-request-id')
    const found = await traces(t, `?requestId=${requestId}`)
    expect(found.status).toBe(200)
    const trace = (await found.json()) as GatewayTrace
    expect(trace).toMatchObject({
      requestId,
      groupId: t.groupId,
      stage: 'RELEASE',
      apiId: t.apiId,
      apiName: 'hello_api',
      request: {
        method: 'GET',
        path: '/hello',
        headers: { 'x-ca-stage': 'RELEASE' },
        body: { text: '', encoding: 'utf8' },
      },
      event: { path: '/hello', queryParameters: { x: '1' }, isBase64Encoded: true },
      functionResult: {
        functionName: 'hello',
        status: 'success',
        errorType: null,
        logs: ['2026-01-02T03:04:05.678Z 1-x [verbose] hi'],
      },
      envelope: {
        problems: [],
        warnings: [
          'statusCode is the string "200", read as a number',
          'body is an object, sent as JSON text',
        ],
      },
      response: { status: 200, body: { text: '{"ok":true}', encoding: 'utf8' } },
    })
    expect(trace.response.headers['x-ca-request-id']).toBe(requestId)
    expect(JSON.parse(trace.functionResult?.body.text ?? '')).toMatchObject({ statusCode: '200' })
  })

  it('records gateway errors too, lists the last calls per API newest first, and 404s an unknown id', async () => {
    const t = await gateway({ responder: answers('not an envelope') })
    const first = await t.call('/hello')
    const second = await t.call('/nope')
    const failed = (await (
      await traces(t, `?requestId=${first.headers.get('x-ca-request-id')}`)
    ).json()) as GatewayTrace
    expect(failed.envelope?.problems).toEqual([
      'the function returned "not an envelope", which is not a JSON object',
    ])
    expect(failed.response.headers['x-ca-error-code']).toBe('D502FC')
    const noRoute = (await (
      await traces(t, `?requestId=${second.headers.get('x-ca-request-id')}`)
    ).json()) as GatewayTrace
    expect(noRoute).toMatchObject({
      apiId: null,
      event: null,
      functionResult: null,
      response: { status: 404 },
    })
    const byApi = (await (await traces(t, `?apiId=${t.apiId}`)).json()) as { traces: GatewayTrace[] }
    expect(byApi.traces.map((trace) => trace.requestId)).toEqual([first.headers.get('x-ca-request-id')])
    const all = (await (await traces(t, '')).json()) as { traces: GatewayTrace[] }
    expect(all.traces).toHaveLength(2)
    const unknown = await traces(t, '?requestId=NOPE')
    expect(unknown.status).toBe(404)
  })

  it(`keeps the last ${TRACES_PER_API} calls per API: the oldest are dropped, newest first, the rest still found by id`, async () => {
    const t = await gateway({ responder: answers('not an envelope') })
    const ids: string[] = []
    for (let i = 0; i < TRACES_PER_API + 3; i++) {
      ids.push((await t.call('/hello')).headers.get('x-ca-request-id') ?? '')
    }
    const byApi = (await (await traces(t, `?apiId=${t.apiId}`)).json()) as { traces: GatewayTrace[] }
    expect(byApi.traces.map((trace) => trace.requestId)).toEqual(ids.slice(3).reverse())
    expect((await traces(t, `?requestId=${ids[2]}`)).status).toBe(404)
    expect((await traces(t, `?requestId=${ids[3]}`)).status).toBe(200)
    expect((await traces(t, `?requestId=${ids.at(-1)}`)).status).toBe(200)
  })
})
