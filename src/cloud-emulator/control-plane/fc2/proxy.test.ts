import { describe, expect, it } from 'vitest'
import type { InvokeRequest } from '../../runtime/types'
import { signFc2016 } from '../../signing/fc2016'
import { memoryPersistence } from '../../store/persistence'
import { outcome } from '../../testing/fake-runtime'
import { fc2Setup } from '../../testing/fc2'

const KEY = { accessKeyId: 'LTAI5tProxyTest', accessKeySecret: 'proxy-secret' }
const PROXY = '/2016-08-15/proxy/svc/hello'
const enc = (s: string) => new TextEncoder().encode(s)

/** A function that answers like `resp.setStatusCode(201); resp.setHeader('x-a','b'); resp.send(...)`. */
function httpResponder(request: InvokeRequest) {
  return outcome(request, {
    body: enc(JSON.stringify({ seen: request.http, body: new TextDecoder().decode(request.event) })),
    http: { statusCode: 201, headers: { 'content-type': 'application/json', 'x-a': 'b' } },
  })
}

/** The resources are made without credentials, then served by an emulator with `options` over the same state. */
async function withTrigger(authType: 'anonymous' | 'function', options: Parameters<typeof fc2Setup>[0] = {}) {
  const persistence = memoryPersistence()
  const env = fc2Setup({ responder: httpResponder, persistence })
  await env.createService()
  await env.createFunction()
  await env.createTrigger('svc', 'hello', { triggerConfig: { authType, methods: ['GET', 'POST', 'HEAD'] } })
  return options.credentials ? fc2Setup({ responder: httpResponder, ...options, persistence }) : env
}

describe('HTTP triggers: /2016-08-15/proxy/<service>/<function>/<path>', () => {
  it('run the function as an HTTP handler with method, path, queries, headers, clientIP and body', async () => {
    const { call, fake } = await withTrigger('anonymous')
    const response = await call('POST', `${PROXY}/users/1?a=1&b=x&b=y`, {
      body: 'payload',
      headers: { 'x-forwarded-for': '10.0.0.9, 1.1.1.1', 'x-custom': 'c', 'x-fc-account-id': '1' },
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('x-a')).toBe('b')
    expect(response.headers.get('x-fc-request-id')).toMatch(/^1-/)
    const seen = (await response.json()) as { seen: InvokeRequest['http']; body: string }
    expect(seen.body).toBe('payload')
    expect(seen.seen).toMatchObject({
      method: 'POST',
      path: '/users/1',
      url: '/users/1?a=1&b=x&b=y',
      clientIP: '10.0.0.9',
      queries: { a: '1', b: ['x', 'y'] },
    })
    expect(seen.seen?.headers['x-custom']).toBe('c')
    expect(seen.seen?.headers).not.toHaveProperty('x-fc-account-id')
    expect(fake.calls.invoke[0]).toMatchObject({ instanceGroup: 'fc2:svc/hello', service: { name: 'svc' } })
  })

  it('the bare function URL is path /; HEAD answers without a body', async () => {
    const { call, fake } = await withTrigger('anonymous')
    expect((await call('GET', PROXY)).status).toBe(201)
    expect(fake.calls.invoke[0]?.http?.path).toBe('/')
    const head = await call('HEAD', `${PROXY}/`)
    expect(head.status).toBe(201)
    expect(await head.text()).toBe('')
  })

  it('methods outside the trigger are refused; no trigger, service or function: FC 2.0 errors', async () => {
    const { json, createFunction } = await withTrigger('anonymous')
    const put = await json('PUT', `${PROXY}/x`, { body: '' })
    expect(put.status).toBe(405)
    expect(put.body).toEqual({
      ErrorCode: 'MethodNotAllowed',
      ErrorMessage: "method 'PUT' is not allowed by http trigger 'http' (allowed: GET, POST, HEAD)",
    })
    await createFunction('svc', { functionName: 'plain' })
    expect((await json('GET', '/2016-08-15/proxy/svc/plain/')).body.ErrorCode).toBe('TriggerNotFound')
    expect((await json('GET', '/2016-08-15/proxy/svc/none/')).body.ErrorCode).toBe('FunctionNotFound')
    expect((await json('GET', '/2016-08-15/proxy/none/hello/')).body.ErrorCode).toBe('ServiceNotFound')
    expect((await json('GET', '/2016-08-15/proxy/svc')).body.ErrorCode).toBe('PathNotSupported')
  })

  it('a function that throws: 502 Process exited unexpectedly (FC 2.0), with X-Fc-Error-Type', async () => {
    const { call, fake } = await withTrigger('anonymous')
    fake.respondWith((request) =>
      outcome(request, {
        status: 'unhandled',
        errorType: 'UnhandledInvocationError',
        body: enc('{"errorMessage":"oops","errorType":"Error","stackTrace":[]}'),
      }),
    )
    const response = await call('GET', `${PROXY}/`)
    expect(response.status).toBe(502)
    expect(response.headers.get('x-fc-error-type')).toBe('UnhandledInvocationError')
    expect((await response.json()).errorMessage).toMatch(
      /^Process exited unexpectedly before completing request \(duration: \d+ms, maxMemoryUsage: \d+MB\)$/,
    )
    fake.respondWith((request) =>
      outcome(request, {
        status: 'unhandled',
        errorType: 'UnhandledInvocationError',
        body: enc('{"errorMessage":"Task timed out after 3 seconds"}'),
      }),
    )
    const timeout = await call('GET', `${PROXY}/`)
    expect(timeout.status).toBe(502)
    expect((await timeout.json()).errorMessage).toBe('Task timed out after 3 seconds')
  })

  it('request limits: headers over 8 KB, path + query over 4 KB', async () => {
    const { json } = await withTrigger('anonymous')
    expect((await json('GET', `${PROXY}/`, { headers: { 'x-big': 'x'.repeat(9000) } })).body.ErrorCode).toBe(
      'InvalidArgument',
    )
    expect((await json('GET', `${PROXY}/${'p'.repeat(5000)}`)).body.ErrorCode).toBe('InvalidArgument')
  })

  it('Async: 202', async () => {
    const { call, emulator } = await withTrigger('anonymous')
    const response = await call('POST', `${PROXY}/`, {
      body: 'x',
      headers: { 'x-fc-invocation-type': 'Async' },
    })
    expect(response.status).toBe(202)
    await emulator.close()
  })

  describe('with credentials (the local cloud)', () => {
    it('authType anonymous: no signature needed', async () => {
      const { call } = await withTrigger('anonymous', { credentials: [KEY] })
      expect((await call('GET', `${PROXY}/`)).status).toBe(201)
    })

    it('authType function: unsigned is refused, signed (with the query) goes through', async () => {
      const { call, clock } = await withTrigger('function', { credentials: [KEY] })
      const unsigned = await call('GET', `${PROXY}/x?q=1`)
      expect(unsigned.status).toBe(400)
      expect(await unsigned.json()).toEqual({
        ErrorCode: 'MissingRequiredHeader',
        ErrorMessage: 'required HTTP header Authorization was not specified',
      })
      const signed = await signFc2016({
        method: 'GET',
        rawPath: `${PROXY}/x`,
        rawSearch: '?q=1',
        headers: {},
        key: KEY,
        now: clock.now(),
      })
      expect((await call('GET', `${PROXY}/x?q=1`, { headers: signed.headers })).status).toBe(201)
      const wrong = await call('GET', `${PROXY}/x?q=2`, { headers: signed.headers })
      expect(wrong.status).toBe(403)
      expect((await wrong.json()).ErrorCode).toBe('SignatureNotMatch')
    })

    it('the control API stays signed', async () => {
      const { json } = await withTrigger('anonymous', { credentials: [KEY] })
      expect((await json('GET', '/2016-08-15/services')).body.ErrorCode).toBe('MissingRequiredHeader')
    })
  })
})
