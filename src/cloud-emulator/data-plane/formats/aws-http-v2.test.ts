/**
 * The AWS HTTP API (payload format 2.0) format against seed 003's v2 example, the AWS-maintained
 * samples (aws-lambda-go, aws-lambda-rust-runtime), and the v2 response rules (plain values, cookies →
 * Set-Cookie; SAM's start-api expectations for the cases AWS has no public recording of).
 */
import { describe, expect, it } from 'vitest'
import { deferred, outcome } from '../../testing/fake-runtime'
import { formatGateway, keysOf, returning, typesOf } from '../../testing/formats'
import { utf8 } from '../../testing/gateway'
import goSample from './fixtures/aws-lambda-go-apigw-v2-request-no-authorizer.json'
import rustMulti from './fixtures/aws-lambda-rust-apigw-v2-request-multi-value-parameters.json'
import sam from './fixtures/sam-start-api-expectations.json'

const OK = { statusCode: 200, body: '{}' }
/** requestContext fields that need an authorizer or mutual TLS, which the emulator has not. */
const AUTH_ONLY = new Set(['authentication', 'authorizer'])

describe('AWS HTTP v2: the payload 2.0 event', () => {
  it('has the sample’s keys and types; cookies, lower-case headers, comma-joined query (rust sample)', async () => {
    const t = await formatGateway('aws-http-v2', { responder: returning(OK) })
    await t.call('/my/path?Parameter1=value1&Parameter1=value2', {
      method: 'POST',
      headers: { Cookie: 'cookie1; cookie2', 'User-Agent': 'agent', 'Content-Type': 'application/json' },
      body: '{\r\n\t"a": 1\r\n}',
    })
    const event = t.event()
    const expectedKeys = keysOf(rustMulti).filter((key) => key !== 'stageVariables')
    expect(keysOf(event)).toEqual(expectedKeys)
    const { stageVariables: _s, ...sampleTypes } = typesOf(rustMulti)
    expect(typesOf(event)).toEqual(sampleTypes)
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'ANY /{proxy+}',
      rawPath: rustMulti.rawPath,
      rawQueryString: rustMulti.rawQueryString,
      cookies: rustMulti.cookies,
      queryStringParameters: rustMulti.queryStringParameters,
      pathParameters: { proxy: 'my/path' },
      body: rustMulti.body,
      isBase64Encoded: false,
    })
    const headers = event.headers as Record<string, string>
    expect(Object.keys(headers).every((name) => name === name.toLowerCase())).toBe(true)
    expect(headers.cookie).toBeUndefined()
    const context = event.requestContext as Record<string, unknown>
    expect(keysOf(context)).toEqual(keysOf(goSample.requestContext).filter((k) => !AUTH_ONLY.has(k)))
    expect(typesOf(context)).toMatchObject(
      Object.fromEntries(Object.entries(typesOf(goSample.requestContext)).filter(([k]) => !AUTH_ONLY.has(k))),
    )
    expect(keysOf(context.http)).toEqual(keysOf(goSample.requestContext.http))
    expect(context).toMatchObject({
      routeKey: 'ANY /{proxy+}',
      stage: '$default',
      http: { method: 'POST', path: '/my/path', userAgent: 'agent' },
    })
  })

  it('leaves out what is empty, like the go sample (no cookies, query, body, path parameters)', async () => {
    const t = await formatGateway('aws-http-v2', {
      responder: returning(OK),
      request: { RequestHttpMethod: 'GET', RequestPath: '/' },
    })
    await t.call('/')
    expect(keysOf(t.event())).toEqual(keysOf(goSample))
    expect(t.event()).toMatchObject({
      rawPath: '/',
      rawQueryString: '',
      routeKey: 'GET /',
      isBase64Encoded: false,
    })
  })

  it('RELEASE is $default (no prefix); a named stage is part of rawPath (seed 003: /default/…)', async () => {
    const t = await formatGateway('aws-http-v2', {
      responder: returning(OK),
      stages: ['RELEASE', 'TEST', 'PRE'],
    })
    await t.call('/a')
    await t.call('/a', { headers: { 'X-Ca-Stage': 'TEST' } })
    await t.call('/a', { headers: { 'X-Ca-Stage': 'PRE' } })
    expect(t.event(0)).toMatchObject({ rawPath: '/a', requestContext: { stage: '$default' } })
    expect(t.event(1)).toMatchObject({
      rawPath: '/test/a',
      requestContext: { stage: 'test', http: { path: '/test/a' } },
    })
    expect(t.event(2)).toMatchObject({ requestContext: { stage: 'staging' } })
  })

  it('sends a binary body as base64 with isBase64Encoded', async () => {
    const t = await formatGateway('aws-http-v2', { responder: returning(OK) })
    await t.call('/bin', { method: 'PUT', body: new Uint8Array([0xff, 0x00, 0x80]) })
    expect(t.event()).toMatchObject({ body: '/wCA', isBase64Encoded: true })
  })
})

describe('AWS HTTP v2: reading the answer', () => {
  const v2Cases = sam.cases.filter((c) => c.api === 'HTTP v2')
  it.each(v2Cases.map((c) => [c.route, c] as const))('SAM %s', async (_route, testCase) => {
    // `"This is invalid"` in SAM's table is the Python string it returns.
    const returned =
      typeof testCase.handlerReturns === 'string'
        ? JSON.parse(testCase.handlerReturns)
        : testCase.handlerReturns
    const t = await formatGateway('aws-http-v2', { responder: returning(returned) })
    const response = await t.call('/x')
    const expected = testCase.expect as { status: number; json?: unknown; text?: string }
    expect(response.status).toBe(expected.status)
    if (expected.json !== undefined) expect(await response.clone().json()).toEqual(expected.json)
    if (expected.text !== undefined) expect(await response.clone().text()).toBe(expected.text)
  })

  it('a plain value is a 200 application/json body; text that is not JSON too', async () => {
    const t = await formatGateway('aws-http-v2', { responder: returning('justAString', true) })
    const response = await t.call('/x')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.text()).toBe('justAString')
    expect((await t.traceOf(response)).envelope?.warnings[0]).toContain('plain value')
  })

  it('turns cookies into one Set-Cookie header each, and decodes base64 bodies', async () => {
    const t = await formatGateway('aws-http-v2', {
      responder: returning({
        statusCode: 201,
        cookies: ['a=1; Path=/', 'b=2; HttpOnly'],
        headers: { 'content-type': 'text/plain', 'x-n': 7 },
        body: btoa('test-data'),
        isBase64Encoded: true,
      }),
    })
    const response = await t.call('/x')
    expect(response.status).toBe(201)
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; HttpOnly'])
    expect(response.headers.get('x-n')).toBe('7')
    expect(await response.text()).toBe('test-data')
  })

  it('a bad response shape, or a function error, is 502 {"message": "Internal server error"}', async () => {
    for (const bad of [
      { statusCode: 'test' },
      { statusCode: 200, cookies: 'a=1' },
      { statusCode: 200, body: { a: 1 } },
    ]) {
      const t = await formatGateway('aws-http-v2', { responder: returning(bad) })
      const response = await t.call('/x')
      expect(response.status).toBe(502)
      expect(await response.json()).toEqual({ message: 'Internal server error' })
    }
    const failing = await formatGateway('aws-http-v2', {
      responder: (request) =>
        outcome(request, { status: 'unhandled', body: utf8('{"errorMessage":"boom"}') }),
    })
    const response = await failing.call('/x')
    expect(response.status).toBe(502)
    expect(failing.fake.calls.invoke).toHaveLength(1)
  })

  it('the integration timeout is 503 {"message":"Service Unavailable"}', async () => {
    const never = deferred<never>()
    const t = await formatGateway('aws-http-v2', {
      responder: () => never.promise,
      service: { ServiceTimeout: 20 },
    })
    const response = await t.call('/x')
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({ message: 'Service Unavailable' })
  })
})
