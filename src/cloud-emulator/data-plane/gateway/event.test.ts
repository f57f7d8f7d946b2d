import { describe, expect, it } from 'vitest'
import { GatewayEventSchema } from '../../../cloud-api/cloudapi'
import { cloudApiClient, gatewayCall } from '../../testing/cloudapi'
import { outcome } from '../../testing/fake-runtime'
import { setup } from '../../testing/harness'
import { trainCase } from './event'

const ENVELOPE = new TextEncoder().encode(
  JSON.stringify({ isBase64Encoded: false, statusCode: 200, headers: {}, body: 'ok' }),
)

async function eventFor(api: Record<string, unknown>, path: string, init: RequestInit = {}) {
  const t = setup({ responder: (request) => outcome(request, { body: ENVELOPE }) })
  await t.createFunction()
  const flow = await cloudApiClient(t.emulator).publishHello(api)
  const response = await gatewayCall(t.emulator, flow.host, path, init)
  const sent = t.fake.calls.invoke[0]?.event
  const event = sent ? GatewayEventSchema.parse(JSON.parse(new TextDecoder().decode(sent))) : null
  return { response, event, host: flow.host }
}

describe('the event of an event function (reference §3.1, seeds "Request event fields")', () => {
  it('PASSTHROUGH GET: every header (Train-Case) and query parameter, the system headers, body "" base64', async () => {
    const { response, event, host } = await eventFor(
      { RequestConfig: { RequestPath: '/echo/[text]' } },
      '/echo/phone?a=1&a=2&b=',
      {
        headers: { 'User-Agent': 'curl/8.5.0', 'x-forwarded-for': '203.0.113.7', accept: '*/*' },
      },
    )
    expect(response.status).toBe(200)
    expect(event).toEqual({
      path: '/echo/phone',
      httpMethod: 'GET',
      headers: {
        'User-Agent': 'curl/8.5.0',
        Accept: '*/*',
        'X-Ca-Api-Gateway': response.headers.get('x-ca-request-id'),
        'X-Forwarded-For': '203.0.113.7',
        'X-Forwarded-Proto': 'http',
        'X-Real-IP': '203.0.113.7',
        'CA-Host': host,
      },
      queryParameters: { a: '1', b: '' },
      pathParameters: { text: 'phone' },
      // capture `browser_get_passthrough`: an empty GET body still says isBase64Encoded true
      body: '',
      isBase64Encoded: true,
    })
  })

  it('PASSTHROUGH POST: the raw body bytes, base64, isBase64Encoded true (JSON, form and binary alike)', async () => {
    const json = await eventFor({ RequestConfig: { RequestHttpMethod: 'POST' } }, '/hello', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"test"}',
    })
    expect(json.event).toMatchObject({
      httpMethod: 'POST',
      body: btoa('{"name":"test"}'),
      isBase64Encoded: true,
    })
    expect(json.event?.headers['Content-Type']).toBe('application/json')
    const form = await eventFor({ RequestConfig: { RequestHttpMethod: 'POST' } }, '/hello', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    })
    expect(form.event).toMatchObject({ body: btoa('a=1'), isBase64Encoded: true, queryParameters: {} })
    const binary = await eventFor({ RequestConfig: { RequestHttpMethod: 'POST' } }, '/hello', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: new Uint8Array([0, 255, 1]),
    })
    expect(binary.event).toMatchObject({ body: 'AP8B', isBase64Encoded: true })
  })

  it('MAPPING + FORM: declared parameters only, form fields as query, body "" and isBase64Encoded false', async () => {
    const { event } = await eventFor(
      {
        RequestConfig: {
          RequestHttpMethod: 'POST',
          RequestPath: '/testadd/[id]',
          RequestMode: 'MAPPING',
          BodyFormat: 'FORM',
        },
        RequestParameters: [
          { ApiParameterName: 'id', Location: 'PATH' },
          { ApiParameterName: 'a', Location: 'BODY' },
          { ApiParameterName: 'b', Location: 'BODY' },
          { ApiParameterName: 'q', Location: 'QUERY' },
          { ApiParameterName: 'X-Trace', Location: 'HEAD' },
          { ApiParameterName: 'lang', Location: 'QUERY', DefaultValue: 'en' },
        ],
        ServiceParameters: [{ ServiceParameterName: 'traceId', Location: 'HEAD' }],
        ServiceParametersMap: [{ ServiceParameterName: 'traceId', RequestParameterName: 'X-Trace' }],
        ConstantParameters: [{ ServiceParameterName: 'source', ConstantValue: 'apigw', Location: 'QUERY' }],
        SystemParameters: [
          { ParameterName: 'CaClientIp', ServiceParameterName: 'CaClientIp', Location: 'HEAD' },
          { ParameterName: 'CaProxy', ServiceParameterName: 'CaProxy', Location: 'HEAD' },
          { ParameterName: 'CaAppId', ServiceParameterName: 'CaAppId', Location: 'HEAD' },
          { ParameterName: 'CaApiName', ServiceParameterName: 'CaApiName', Location: 'HEAD' },
        ],
      },
      '/testadd/7?q=search&undeclared=1',
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'X-Trace': 't-1',
          'User-Agent': 'curl',
        },
        body: 'a=12323&b=142&c=dropped',
      },
    )
    expect(event).toEqual({
      path: '/testadd/7',
      httpMethod: 'POST',
      headers: {
        traceId: 't-1',
        CaClientIp: '127.0.0.1',
        CaProxy: 'AliCloudAPIGateway',
        CaAppId: 'null',
        CaApiName: 'hello_api',
        'X-Ca-Api-Gateway': expect.stringMatching(/^[0-9A-F-]{36}$/),
        'X-Forwarded-For': '127.0.0.1',
        'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
      },
      queryParameters: { a: '12323', b: '142', q: 'search', lang: 'en', source: 'apigw' },
      pathParameters: { id: '7' },
      body: '',
      isBase64Encoded: false,
    })
  })

  it('MAPPING + STREAM (or a non-form body): the body base64 with isBase64Encoded true', async () => {
    const stream = await eventFor(
      { RequestConfig: { RequestHttpMethod: 'POST', RequestMode: 'MAPPING', BodyFormat: 'STREAM' } },
      '/hello',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"x":1}' },
    )
    expect(stream.event).toMatchObject({ body: btoa('{"x":1}'), isBase64Encoded: true })
    const json = await eventFor(
      { RequestConfig: { RequestHttpMethod: 'POST', RequestMode: 'MAPPING' } },
      '/hello',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"x":1}',
      },
    )
    expect(json.event).toMatchObject({ body: btoa('{"x":1}'), isBase64Encoded: true })
  })

  it('MAPPING: a missing required parameter is 400 before the function runs (I400MP / I400MH)', async () => {
    const query = await eventFor(
      {
        RequestConfig: { RequestMode: 'MAPPING' },
        RequestParameters: [{ ApiParameterName: 'q', Location: 'QUERY', Required: 'REQUIRED' }],
      },
      '/hello',
    )
    expect(query.event).toBeNull()
    expect(query.response.status).toBe(400)
    expect(query.response.headers.get('x-ca-error-code')).toBe('I400MP')
    expect(query.response.headers.get('x-ca-error-message')).toBe('Parameter `q` is Required in QUERY')
    const header = await eventFor(
      {
        RequestConfig: { RequestMode: 'MAPPING' },
        RequestParameters: [{ ApiParameterName: 'X-Token', Location: 'HEAD', Required: 'REQUIRED' }],
      },
      '/hello',
    )
    expect(header.response.headers.get('x-ca-error-code')).toBe('I400MH')
    expect(header.response.headers.get('x-ca-error-message')).toBe('Header `X-Token` is Required')
  })

  it('writes header names the way the captured events show them', () => {
    expect(trainCase('user-agent')).toBe('User-Agent')
    expect(trainCase('x-ca-stage')).toBe('X-Ca-Stage')
    expect(trainCase('upgrade-insecure-requests')).toBe('Upgrade-Insecure-Requests')
  })
})
