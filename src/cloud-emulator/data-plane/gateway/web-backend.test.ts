import { describe, expect, it } from 'vitest'
import type { GatewayTrace } from '../../../cloud-api/cloudapi'
import { WEB_FUNCTIONS_NEED_LOCAL_CLOUD } from '../../runtime/web-functions'
import { errorOf } from '../../testing/gateway'
import { fakeWebFunctions, webFlow } from '../../testing/web'

const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

describe('web functions behind the gateway (FC_HTTP_V3; seed 002 second flow)', () => {
  it('forwards the raw HTTP request to the web function and answers what its server answered', async () => {
    const web = fakeWebFunctions(() => ({
      kind: 'response',
      status: 201,
      headers: [
        ['content-type', 'application/json'],
        ['x-web', 'yes'],
        ['connection', 'keep-alive'],
      ],
      body: new TextEncoder().encode('{"ok":true}'),
      logs: ['GET /users/7'],
      durationMs: 4,
    }))
    const t = await webFlow({ port: web.port })
    const response = await t.call('/users/7?a=1&a=2', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-custom': 'c' },
      body: 'raw body',
    })
    expect(response.status).toBe(201)
    expect(await response.text()).toBe('{"ok":true}')
    expect(response.headers.get('x-web')).toBe('yes')
    expect(response.headers.get('x-ca-request-id')).toBeTruthy()
    expect(response.headers.get('x-ca-error-code')).toBeNull()

    const { spec, request } = web.calls.request[0]!
    expect(spec).toMatchObject({
      functionName: 'web-fn',
      runtime: 'custom.debian10',
      command: ['node'],
      args: ['index.js'],
      port: 9000,
      environment: expect.objectContaining({ FC_FUNCTION_NAME: 'web-fn', FC_SERVER_PORT: '9000' }),
    })
    expect(Object.keys(await spec.loadFiles())).toEqual(['index.js'])
    // The raw request: no JSON event, the query as sent (both values of a), the body's bytes.
    expect(request).toMatchObject({ method: 'POST', path: '/users/7?a=1&a=2', timeoutMs: 10000 })
    expect(utf8(request.body)).toBe('raw body')
    const headers = Object.fromEntries(request.headers.map(([k, v]) => [k.toLowerCase(), v]))
    expect(headers).toMatchObject({
      'content-type': 'text/plain',
      'x-custom': 'c',
      'x-forwarded-for': '127.0.0.1',
      host: new URL(t.trigger.httpTrigger.urlIntranet).host,
    })

    const trace = (await (
      await t.emulator.handle(
        new Request(
          `https://1234567890123456.cn-hangzhou.fc.aliyuncs.com/__emulator/gateway-traces?requestId=${response.headers.get('x-ca-request-id')}`,
        ),
      )
    ).json()) as GatewayTrace
    expect(trace.event).toBeNull()
    expect(trace.backendRequest).toMatchObject({
      method: 'POST',
      url: `${new URL(t.trigger.httpTrigger.urlIntranet).origin}/users/7?a=1&a=2`,
      body: { text: 'raw body', encoding: 'utf8' },
    })
    expect(trace.functionResult).toMatchObject({
      functionName: 'web-fn',
      status: 'success',
      logs: ['GET /users/7'],
    })
  })

  it('the browser-only mode (no web-function host) answers 501 X501NS saying web functions need `npm start`', async () => {
    const t = await webFlow()
    const error = errorOf(await t.call('/'))
    expect(error).toMatchObject({ status: 501, code: 'X501NS', message: WEB_FUNCTIONS_NEED_LOCAL_CLOUD })
    expect(error.message).toContain('npm start')
  })

  it('maps the server failing to start to 502 D502FC, and ServiceTimeout to 504 D504TO', async () => {
    let answer: 'crash' | 'timeout' = 'crash'
    const web = fakeWebFunctions(() => ({
      kind: 'error',
      reason: answer === 'crash' ? 'start-failed' : 'timeout',
      message:
        answer === 'crash' ? 'the server exited with code 1 before listening on its port' : 'no answer',
      logs: ['Error: boom'],
      durationMs: 5,
    }))
    const t = await webFlow({ port: web.port, api: { ServiceConfig: { ServiceTimeout: 2000 } } })
    const crash = errorOf(await t.call('/'))
    expect(crash).toMatchObject({ status: 502, code: 'D502FC' })
    expect(crash.message).toContain('exited with code 1')
    answer = 'timeout'
    expect(errorOf(await t.call('/'))).toMatchObject({ status: 504, code: 'D504TO' })
  })

  it('an HTTP trigger answers only its methods (405 from FC, passed through)', async () => {
    const web = fakeWebFunctions()
    const t = await webFlow({ port: web.port, methods: ['GET'] })
    const response = await t.call('/', { method: 'DELETE' })
    expect(response.status).toBe(405)
    expect(response.headers.get('x-ca-error-code')).toBeNull()
    expect(web.calls.request).toHaveLength(0)
  })

  it('UpdateFunction and DeleteTrigger/DeleteFunction stop the server (evict); a function with triggers cannot be deleted', async () => {
    const web = fakeWebFunctions()
    const t = await webFlow({ port: web.port })
    await t.json('PUT', '/2023-03-30/functions/web-fn', { body: { timeout: 30 } })
    expect(web.calls.evict).toContain('web-fn')
    const refused = await t.json<{ Code: string; Message: string }>('DELETE', '/2023-03-30/functions/web-fn')
    expect(refused.status).toBe(409)
    expect(refused.body).toMatchObject({
      Code: 'FunctionNotEmpty',
      Message: "function 'web-fn' has active triggers",
    })
    expect((await t.call('/')).status).toBe(200)
    expect((await t.json('DELETE', '/2023-03-30/functions/web-fn/triggers/defaultTrigger')).status).toBe(204)
    expect(errorOf(await t.call('/'))).toMatchObject({ status: 502, code: 'D502FC' })
    expect((await t.json('DELETE', '/2023-03-30/functions/web-fn')).status).toBe(204)
  })

  it('an HTTP trigger on an event function (nodejs20) is refused as a web-function backend', async () => {
    const web = fakeWebFunctions()
    const t = await webFlow({ port: web.port })
    await t.json('PUT', '/2023-03-30/functions/web-fn', { body: { runtime: 'nodejs20' } })
    const error = errorOf(await t.call('/'))
    expect(error).toMatchObject({ status: 502, code: 'D502FC' })
    expect(error.message).toContain('needs a web function')
  })
})
