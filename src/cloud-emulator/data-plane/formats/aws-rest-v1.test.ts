/**
 * The AWS REST API v1 format against events AWS itself delivered (LocalStack's aws.validated
 * recordings), the AWS-maintained samples, seed 003's examples, and the AWS-recorded table of how a
 * REST API reads a Lambda proxy response.
 */
import { describe, expect, it } from 'vitest'
import { deferred, outcome } from '../../testing/fake-runtime'
import { formatGateway, keysOf, returning, typesOf } from '../../testing/formats'
import { utf8 } from '../../testing/gateway'
import goSample from './fixtures/aws-lambda-go-apigw-request.json'
import recordedDoubleSlash from './fixtures/aws-recorded-rest-v1-double-slash.json'
import recordedHardcoded from './fixtures/aws-recorded-rest-v1-hardcoded.json'
import recordedMulti from './fixtures/aws-recorded-rest-v1-params-encoding-multi.json'
import responseCases from './fixtures/aws-rest-v1-proxy-response-cases.json'

const INTERNAL = { message: 'Internal server error' }
const OK = { statusCode: 200, body: '{}' }

describe('AWS REST v1: the proxy event', () => {
  it('has the keys of the events AWS delivered, with their types', async () => {
    const t = await formatGateway('aws-rest-v1', { responder: returning(OK) })
    await t.call('/proxy-value?category=electronics&category=books&price=10&price=20&price=30', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json;charset=utf-8', 'User-Agent': 'python-requests/testing' },
      body: '{"message":"hello world"}',
    })
    const event = t.event()
    // The recording's body is the parsed JSON (LocalStack's handler echoed it parsed); AWS sends a string.
    expect(keysOf(event)).toEqual(keysOf(recordedMulti))
    const { body: _b, ...types } = typesOf(event)
    const { body: _r, ...recordedTypes } = typesOf(recordedMulti)
    expect(types).toEqual(recordedTypes)
    expect(typeof event.body).toBe('string')
    expect(keysOf(event.requestContext)).toEqual(keysOf(recordedMulti.requestContext))
    const context = event.requestContext as Record<string, unknown>
    expect(keysOf(context.identity)).toEqual(keysOf(recordedMulti.requestContext.identity))
    // the recorded values that do not depend on the deployment
    expect(event).toMatchObject({
      resource: recordedMulti.resource,
      path: recordedMulti.path,
      pathParameters: recordedMulti.pathParameters,
      queryStringParameters: recordedMulti.queryStringParameters,
      multiValueQueryStringParameters: recordedMulti.multiValueQueryStringParameters,
      stageVariables: null,
      isBase64Encoded: false,
    })
    expect(context).toMatchObject({
      resourcePath: '/{proxy+}',
      httpMethod: 'POST',
      protocol: 'HTTP/1.1',
      stage: 'prod',
    })
    expect(context.path).toBe('/prod/proxy-value')
    expect(context.requestTime).toMatch(/^\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d \+0000$/)
    expect(typeof context.requestTimeEpoch).toBe(typeof goSample.requestContext.requestTimeEpoch)
    expect((event.headers as Record<string, string>)['User-Agent']).toBe('python-requests/testing')
    expect((event.multiValueHeaders as Record<string, string[]>)['X-Forwarded-Proto']).toEqual(['http'])
    expect(keysOf(goSample).filter((k) => !(k in event))).toEqual([])
  })

  it('keeps a double slash and percent-encoding in {proxy+} as sent (recorded)', async () => {
    const t = await formatGateway('aws-rest-v1', { responder: returning(OK) })
    await t.call('/proxy-value//double-slash')
    expect(t.event()).toMatchObject({
      path: recordedDoubleSlash.path,
      pathParameters: recordedDoubleSlash.pathParameters,
    })
    await t.call('/proxy-value/api/user/test%2Balias@gmail.com')
    expect(t.event(1).pathParameters).toEqual({ proxy: 'proxy-value/api/user/test%2Balias@gmail.com' })
  })

  it('a literal resource: nulls where there is nothing, like seed 003’s example and the recording', async () => {
    const t = await formatGateway('aws-rest-v1', {
      responder: returning(OK),
      request: { RequestHttpMethod: 'GET', RequestPath: '/hardcoded' },
    })
    await t.call('/hardcoded')
    expect(t.event()).toMatchObject({
      resource: recordedHardcoded.resource,
      path: recordedHardcoded.path,
      httpMethod: 'GET',
      queryStringParameters: null,
      multiValueQueryStringParameters: null,
      pathParameters: null,
      stageVariables: null,
      body: null,
      isBase64Encoded: false,
    })
  })

  it('names the stages prod / staging / test, and puts the stage in requestContext.path only', async () => {
    const t = await formatGateway('aws-rest-v1', { responder: returning(OK), stages: ['TEST', 'PRE'] })
    await t.call('/users/7', { headers: { 'X-Ca-Stage': 'TEST' } })
    await t.call('/users/7', { headers: { 'X-Ca-Stage': 'PRE' } })
    expect(t.event(0)).toMatchObject({
      path: '/users/7',
      requestContext: { stage: 'test', path: '/test/users/7' },
    })
    expect(t.event(1)).toMatchObject({ requestContext: { stage: 'staging', path: '/staging/users/7' } })
  })

  it('shows [name] segments as {name} path parameters', async () => {
    const t = await formatGateway('aws-rest-v1', {
      responder: returning(OK),
      request: { RequestHttpMethod: 'GET', RequestPath: '/users/[id]' },
    })
    await t.call('/users/42')
    expect(t.event()).toMatchObject({ resource: '/users/{id}', pathParameters: { id: '42' } })
  })
})

describe('AWS REST v1: reading the proxy response (AWS-recorded table)', () => {
  const cases = responseCases.cases.filter((c) => c.id !== 'function-error')
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, testCase) => {
    const t = await formatGateway('aws-rest-v1', { responder: returning(testCase.lambdaOutput) })
    const response = await t.call('/x')
    const expected = testCase.expect as {
      status: number
      body?: string
      json?: unknown
      headers?: Record<string, string>
    }
    expect(response.status).toBe(expected.status)
    if (expected.json !== undefined) expect(await response.clone().json()).toEqual(expected.json)
    if (expected.body !== undefined) expect(await response.clone().text()).toBe(expected.body)
    for (const [name, value] of Object.entries(expected.headers ?? {}))
      expect(response.headers.get(name)).toBe(value)
    if (expected.status === 502) {
      const trace = await t.traceOf(response)
      expect(trace.envelope?.problems.length).toBeGreaterThan(0)
    }
  })

  it('merges seed 003’s multiValueHeaders example into one header', async () => {
    const seedResponse = {
      statusCode: 200,
      headers: { 'Content-Type': 'application/json' },
      isBase64Encoded: false,
      multiValueHeaders: { 'X-Custom-Header': ['My value', 'My other value'] },
      body: '{\n  "TotalCodeSize": 104330022,\n  "FunctionCount": 26\n}',
    }
    const t = await formatGateway('aws-rest-v1', { responder: returning(seedResponse) })
    const response = await t.call('/x')
    expect(response.status).toBe(200)
    expect(response.headers.get('x-custom-header')).toBe('My value, My other value')
    expect(await response.json()).toEqual({ TotalCodeSize: 104330022, FunctionCount: 26 })
  })

  it('a function error is 502 {"message": "Internal server error"} and is not retried (seed 003)', async () => {
    const t = await formatGateway('aws-rest-v1', {
      responder: (request) =>
        outcome(request, {
          status: 'handled',
          errorType: 'HandledInvocationError',
          body: utf8('{"errorMessage":"boom"}'),
        }),
    })
    const response = await t.call('/x')
    expect(response.status).toBe(502)
    expect(await response.clone().json()).toEqual(INTERNAL)
    expect(response.headers.get('x-ca-error-code')).toBeNull()
    expect(t.fake.calls.invoke).toHaveLength(1)
    expect((await t.traceOf(response)).envelope?.problems[0]).toContain('boom')
  })

  it('the function’s own timeout is a function error (502); the integration timeout is 504', async () => {
    const t = await formatGateway('aws-rest-v1', {
      responder: (request) =>
        outcome(request, {
          status: 'unhandled',
          body: utf8('{"errorMessage":"Task timed out after 3 seconds"}'),
        }),
    })
    expect((await t.call('/x')).status).toBe(502)
    const never = deferred<never>()
    const slow = await formatGateway('aws-rest-v1', {
      responder: () => never.promise,
      service: { ServiceTimeout: 20 },
    })
    const response = await slow.call('/x')
    expect(response.status).toBe(504)
    expect(await response.json()).toEqual({ message: 'Endpoint request timed out' })
  })
})
