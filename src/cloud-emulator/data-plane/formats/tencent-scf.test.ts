/**
 * The Tencent SCF format against seed 001's own examples (the integration-request event, the
 * integration-response example, the 403, the timeout rules) and Tencent's emulator (scfcli) rules.
 */
import { describe, expect, it } from 'vitest'
import { deferred, outcome } from '../../testing/fake-runtime'
import { formatGateway, keysOf, returning, typesOf } from '../../testing/formats'
import { errorOf, utf8 } from '../../testing/gateway'
import seedEvent from './fixtures/tencent-apigw-event-serverless-docs.json'
import sampleResponse from './fixtures/tencent-apigw-integrated-response-serverless-docs.json'
import scfcliExpectations from './fixtures/tencent-scfcli-expectations.json'

/** scfcli's expected error bodies, by case. */
const scfcli = scfcliExpectations.cases.map((c) => (typeof c.expect === 'string' ? null : c.expect.json))

const INVALID = { errno: 403, error: 'Invalid scf response format. please check your scf response format.' }

/** The seed's API: `/test/{path}` with a configured query parameter and header parameter. */
const SEED_API = {
  request: { RequestHttpMethod: 'POST', RequestPath: '/test/[path]', RequestMode: 'MAPPING_PASSTHROUGH' },
  api: {
    RequestParameters: [
      { ApiParameterName: 'path', Location: 'PATH', Required: 'REQUIRED' },
      { ApiParameterName: 'foo', Location: 'QUERY' },
      { ApiParameterName: 'Refer', Location: 'HEAD' },
    ],
  },
}

async function seedCall(options: Parameters<typeof formatGateway>[1] = {}) {
  const t = await formatGateway('tencent-scf', { ...SEED_API, ...options })
  const response = await t.call('/test/value?foo=bar&bob=alice', {
    method: 'POST',
    headers: { 'Accept-Language': 'en-US,en,cn', Refer: '10.0.2.14', 'User-Agent': 'User Agent String' },
    body: '{"test":"body"}',
  })
  return { ...t, response }
}

describe('Tencent SCF: the integration request event (seed 001)', () => {
  it('has the seed example’s fields, with the same types, at every level', async () => {
    const { event } = await seedCall({ responder: returning(sampleResponse) })
    const received = event()
    expect(typesOf(received)).toEqual(typesOf(seedEvent))
    expect(keysOf(received.requestContext)).toEqual(keysOf(seedEvent.requestContext))
    expect(typesOf(received.requestContext)).toEqual(typesOf(seedEvent.requestContext))
    expect(received).toMatchObject({
      requestContext: {
        serviceId: expect.stringMatching(/^service-[0-9a-f]{8}$/),
        path: '/test/{path}',
        httpMethod: 'POST',
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        identity: {},
        stage: 'release',
      },
      body: '{"test":"body"}',
      pathParameters: { path: 'value' },
      queryStringParameters: { foo: 'bar' },
      headerParameters: { Refer: '10.0.2.14' },
      stageVariables: { stage: 'release' },
      path: '/test/value',
      queryString: { foo: 'bar', bob: 'alice' },
      httpMethod: 'POST',
    })
    const headers = received.headers as Record<string, string>
    expect(headers['Accept-Language']).toBe('en-US,en,cn')
    expect(headers['User-Agent']).toBe('User Agent String')
    expect(headers.Host).toMatch(/alicloudapi\.com$/)
  })

  it('names the stages test / prepub / release; requestContext shows the API’s method (ANY) and template', async () => {
    const t = await formatGateway('tencent-scf', {
      stages: ['TEST', 'PRE', 'RELEASE'],
      responder: returning(sampleResponse),
    })
    await t.call('/a/b', { headers: { 'X-Ca-Stage': 'TEST' } })
    await t.call('/a/b', { headers: { 'X-Ca-Stage': 'PRE' } })
    await t.call('/a/b')
    const stages = [0, 1, 2].map((i) => (t.event(i).requestContext as Record<string, unknown>).stage)
    expect(stages).toEqual(['test', 'prepub', 'release'])
    expect(t.event(0).requestContext).toMatchObject({ httpMethod: 'ANY', path: '/{proxy+}' })
    expect(t.event(0)).toMatchObject({ httpMethod: 'GET', path: '/a/b', stageVariables: { stage: 'test' } })
  })
})

describe('Tencent SCF: integration response vs passthrough response (seed 001)', () => {
  it('turns the seed’s integration response into the HTTP answer', async () => {
    const seedResponse = {
      isBase64Encoded: false,
      statusCode: 200,
      headers: { 'Content-Type': 'text/html' },
      body: '<html><body><h1>Heading</h1><p>Paragraph.</p></body></html>',
    }
    const { response } = await seedCall({ responder: returning(seedResponse) })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html')
    expect(await response.text()).toBe(seedResponse.body)
  })

  it('decodes base64 bodies and defaults Content-Type to application/json (scfcli)', async () => {
    const { response } = await seedCall({
      responder: returning({ isBase64Encoded: true, statusCode: 201, headers: {}, body: btoa('bin') }),
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.text()).toBe('bin')
  })

  it.each([
    ['an AWS-style response without headers', { statusCode: 200, body: 'hi' }, 'headers is missing'],
    [
      'a string statusCode',
      { statusCode: '200', headers: {}, body: '' },
      'statusCode must be a positive integer',
    ],
    ['a plain object', { hello: 'world' }, 'statusCode is missing'],
    ['a JSON array', [1, 2], 'not an object'],
    ['an object body', { statusCode: 200, headers: {}, body: { a: 1 } }, 'body must be a string'],
  ])('answers %s with the documented 403', async (_name, value, problem) => {
    const { response, traceOf } = await seedCall({ responder: returning(value) })
    expect(response.status).toBe(403)
    expect(await response.clone().json()).toEqual(INVALID)
    expect(scfcli[2]).toEqual(INVALID)
    const trace = await traceOf(response)
    expect(trace.eventFormat).toBe('tencent-scf')
    expect(trace.envelope?.problems.join('; ')).toContain(problem)
  })

  it('answers text that is not JSON with the 403 too', async () => {
    const { response } = await seedCall({ responder: returning('hello', true) })
    expect(response.status).toBe(403)
    expect(await response.json()).toEqual(INVALID)
  })

  it('passes the return value through, 200 JSON, when the API’s ResultType is PASSTHROUGH', async () => {
    const { response } = await seedCall({
      responder: returning({ hello: 'world' }),
      api: { ...SEED_API.api, ResultType: 'PASSTHROUGH' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.json()).toEqual({ hello: 'world' })
  })
})

describe('Tencent SCF: errors and timeouts', () => {
  it('answers a function error with 502 {"errorMessage":"Internal error"} (scfcli), no retry', async () => {
    const { response, fake } = await seedCall({
      responder: (request) =>
        outcome(request, {
          status: 'handled',
          errorType: 'HandledInvocationError',
          body: utf8('{"errorMessage":"oops"}'),
        }),
    })
    expect(response.status).toBe(502)
    expect(await response.json()).toEqual(scfcli[0])
    expect(fake.calls.invoke).toHaveLength(1)
  })

  it('SCF timeout first: 200, the content is the SCF timeout error (seed 001)', async () => {
    const timedOut = '{"errorMessage":"Task timed out after 3 seconds"}'
    const { response } = await seedCall({
      responder: (request) =>
        outcome(request, {
          status: 'unhandled',
          errorType: 'UnhandledInvocationError',
          body: utf8(timedOut),
        }),
    })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(timedOut)
  })

  it('gateway timeout first: a 5xx (seed 001), 504 here', async () => {
    const never = deferred<never>()
    const t = await formatGateway('tencent-scf', {
      responder: () => never.promise,
      service: { ServiceTimeout: 20 },
    })
    const response = await t.call('/x')
    expect(response.status).toBe(504)
    expect(errorOf(response).code).toBeNull()
  })
})
