import { describe, expect, it } from 'vitest'
import type { GatewayTrace } from '../../../cloud-api/cloudapi'
import type { InvokeRequest } from '../../runtime/types'
import { gatewayCall } from '../../testing/cloudapi'
import { deferred, outcome } from '../../testing/fake-runtime'
import { answers, errorOf, gateway, OK_ENVELOPE, UUID_UPPER, utf8 } from '../../testing/gateway'
import { isoTime } from './gateway'

describe('routing by Host, stage and route', () => {
  it('reaches the function through the group subdomain and answers what it returned', async () => {
    const { call, fake } = await gateway()
    const response = await call('/hello')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('hi')
    expect(response.headers.get('x-custom-header')).toBe('v')
    expect(response.headers.get('x-ca-request-id')).toMatch(UUID_UPPER)
    expect(response.headers.get('x-ca-error-code')).toBeNull()
    expect(fake.calls.invoke[0]?.functionName).toBe('hello')
  })

  it('answers a *.alicloudapi.com host that is no group with 404 I404DO', async () => {
    const { emulator } = await gateway()
    const unknown = errorOf(
      await gatewayCall(emulator, `${'0'.repeat(32)}-cn-hangzhou.alicloudapi.com`, '/hello'),
    )
    expect(unknown).toMatchObject({ status: 404, code: 'I404DO' })
    expect(unknown.message).toContain('Invalid Domain')
    expect(unknown.requestId).toMatch(UUID_UPPER)
    const otherRegion = errorOf(
      await gatewayCall(emulator, `${'0'.repeat(32)}-cn-beijing.alicloudapi.com`, '/'),
    )
    expect(otherRegion.code).toBe('I404DO')
  })

  it('answers an unknown route with 404 I404NF "API not found with `GET /nope`"', async () => {
    const { call } = await gateway()
    expect(errorOf(await call('/nope'))).toMatchObject({
      status: 404,
      code: 'I404NF',
      message: 'API not found with `GET /nope`',
    })
    expect(errorOf(await call('/hello', { method: 'POST', body: 'x' }))).toMatchObject({
      status: 404,
      code: 'I404NF',
    })
  })

  it('serves only the stage named by X-Ca-Stage (default RELEASE); a bad stage is 400 I400HD', async () => {
    const { call, api, groupId, apiId } = await gateway({ stages: ['TEST'] })
    expect(errorOf(await call('/hello')).code).toBe('I404NF')
    expect((await call('/hello', { headers: { 'X-Ca-Stage': 'TEST' } })).status).toBe(200)
    expect(errorOf(await call('/hello', { headers: { 'X-Ca-Stage': 'PRE' } })).code).toBe('I404NF')
    const bad = errorOf(await call('/hello', { headers: { 'X-Ca-Stage': 'PROD' } }))
    expect(bad).toMatchObject({ status: 400, code: 'I400HD' })
    expect(bad.message).toContain('X-Ca-Stage')
    await api.ok('AbolishApi', { GroupId: groupId, ApiId: apiId, StageName: 'TEST' })
    expect(errorOf(await call('/hello', { headers: { 'X-Ca-Stage': 'TEST' } })).code).toBe('I404NF')
  })

  it('serves the deployed snapshot: edits to the API or its backend change nothing until DeployApi', async () => {
    const t = await gateway()
    await t.createFunction({ functionName: 'other' })
    await t.api.ok('ModifyApi', {
      ApiId: t.apiId,
      ...t.api.apiParams(t.groupId, t.backendId, { RequestConfig: { RequestPath: '/edited' } }),
    })
    const model = await t.api.ok<{ BackendInfo: { BackendModels: { BackendModelId: string }[] } }>(
      'DescribeBackendInfo',
      {
        BackendId: t.backendId,
      },
    )
    await t.api.ok('DeleteBackendModel', {
      BackendId: t.backendId,
      StageName: 'RELEASE',
      BackendModelId: model.BackendInfo.BackendModels[0]?.BackendModelId,
    })
    await t.api.ok('CreateBackendModel', {
      BackendId: t.backendId,
      BackendType: 'FC_EVENT_V3',
      StageName: 'RELEASE',
      BackendModelData: { FunctionComputeConfig: { FunctionName: 'other' } },
    })
    expect((await t.call('/hello')).status).toBe(200)
    expect(errorOf(await t.call('/edited')).code).toBe('I404NF')
    expect(t.fake.calls.invoke.map((r) => r.functionName)).toEqual(['hello'])
    await t.api.deploy(t.groupId, t.apiId)
    expect((await t.call('/edited')).status).toBe(200)
    expect(errorOf(await t.call('/hello')).code).toBe('I404NF')
    expect(t.fake.calls.invoke.map((r) => r.functionName)).toEqual(['hello', 'other'])
  })

  it('matches ANY, [param] segments (decoded) and a trailing /* wildcard', async () => {
    const t = await gateway({
      api: { RequestConfig: { RequestPath: '/users/[userId]/books/[bookId]', RequestHttpMethod: 'ANY' } },
    })
    const response = await t.call('/users/ada%20l/books/42', { method: 'DELETE' })
    expect(response.status).toBe(200)
    expect(t.event()).toMatchObject({
      path: '/users/ada%20l/books/42',
      httpMethod: 'DELETE',
      pathParameters: { userId: 'ada l', bookId: '42' },
    })
    const files = await t.api.createApi(t.groupId, t.backendId, {
      ApiName: 'files_api',
      RequestConfig: { RequestPath: '/files/*' },
    })
    await t.api.deploy(t.groupId, files)
    expect((await t.call('/files/a/b/c.txt')).status).toBe(200)
    expect(errorOf(await t.call('/users/1/books')).code).toBe('I404NF')
  })

  it('prefers the more literal path, then the exact method over ANY', async () => {
    const t = await gateway({
      api: { RequestConfig: { RequestPath: '/items/[id]', RequestHttpMethod: 'ANY' } },
    })
    const exact = await t.api.createApi(t.groupId, t.backendId, {
      ApiName: 'items_mine',
      RequestConfig: { RequestPath: '/items/mine', RequestHttpMethod: 'GET' },
    })
    await t.api.deploy(t.groupId, exact)
    await t.call('/items/mine')
    await t.call('/items/7')
    const traces = await Promise.all(
      t.fake.calls.invoke.map(async (_request, i) => t.event(i).pathParameters),
    )
    expect(traces).toEqual([{}, { id: '7' }])
  })

  it('does not open an APP-authenticated API: 400 A400MA until apps arrive (issue 4)', async () => {
    const t = await gateway({ api: { AuthType: 'APP' } })
    const refused = errorOf(await t.call('/hello'))
    expect(refused).toMatchObject({ status: 400, code: 'A400MA' })
    expect(refused.message).toContain('requires an app')
    expect(t.fake.calls.invoke).toHaveLength(0)
  })

  it('answers a web-function (FC_HTTP_V3) backend whose FcBaseUrl names no HTTP trigger with 502 D502FC', async () => {
    const t = await gateway()
    const { BackendId } = (await t.api.ok('CreateBackend', {
      BackendName: 'web_backend',
      BackendType: 'FC_HTTP_V3',
    })) as {
      BackendId: string
    }
    await t.api.ok('CreateBackendModel', {
      BackendId,
      BackendType: 'FC_HTTP_V3',
      StageName: 'RELEASE',
      BackendModelData: {
        FunctionComputeConfig: {
          FcBaseUrl: 'https://web-fn.cn-hangzhou-vpc.fcapp.run',
          FcType: 'HttpTrigger',
        },
      },
    })
    const web = await t.api.createApi(t.groupId, BackendId, {
      ApiName: 'web_api',
      RequestConfig: { RequestPath: '/web' },
    })
    await t.api.deploy(t.groupId, web)
    const refused = errorOf(await t.call('/web'))
    // Web functions themselves: ./web-backend.test.ts (issue 4).
    expect(refused).toMatchObject({ status: 502, code: 'D502FC' })
    expect(refused.message).toContain('TriggerNotFound')
  })
})

describe('the function answer → HTTP (reference §3.2)', () => {
  it('tolerates the docs sample: statusCode "200" and an object body (sent as JSON)', async () => {
    const t = await gateway({
      responder: answers({
        isBase64Encoded: false,
        statusCode: '201',
        headers: { 'x-custom-header': 'header value' },
        body: { path: '/hello' },
      }),
    })
    const response = await t.call('/hello')
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ path: '/hello' })
    expect(response.headers.get('x-custom-header')).toBe('header value')
  })

  it('decodes a base64 body when isBase64Encoded is true', async () => {
    const t = await gateway({
      responder: answers({
        isBase64Encoded: true,
        statusCode: 200,
        headers: { 'content-type': 'image/png' },
        body: 'UmVzcG9uc2UgQ29udGVudA==',
      }),
    })
    const response = await t.call('/hello')
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(await response.text()).toBe('Response Content')
  })

  it.each([
    ['hello', 'the function returned "hello", which is not a JSON object'],
    [{ statusCode: 200 }, 'isBase64Encoded is missing; headers is missing; body is missing'],
    [
      { isBase64Encoded: false, statusCode: 'OK', headers: {}, body: '' },
      'statusCode must be a number, not string',
    ],
    [
      { isBase64Encoded: true, statusCode: 200, headers: {}, body: 'not base64!!' },
      'body is not valid base64',
    ],
    [
      { isBase64Encoded: false, statusCode: 200, headers: [], body: '' },
      'headers must be an object, not array',
    ],
  ])('a malformed envelope %j is 502 D502FC naming the field', async (value, detail) => {
    const t = await gateway({ responder: answers(value) })
    const failure = errorOf(await t.call('/hello'))
    expect(failure).toMatchObject({ status: 502, code: 'D502FC' })
    expect(failure.message).toContain('Invalid Function Compute response:')
    expect(failure.message).toContain(detail)
  })

  it('a function error is 502 D502FC with the error type and message', async () => {
    const t = await gateway({
      responder: (request) =>
        outcome(request, {
          status: 'handled',
          errorType: 'HandledInvocationError',
          body: utf8('{"errorMessage":"oops","errorType":"Error","stackTrace":["Error: oops"]}'),
        }),
    })
    const failure = errorOf(await t.call('/hello'))
    expect(failure).toMatchObject({ status: 502, code: 'D502FC' })
    expect(failure.message).toBe('Function Compute returned HandledInvocationError (Error): oops')
  })

  it('a backend naming a function that does not exist is 502 D502FC with FC’s FunctionNotFound', async () => {
    const t = await gateway()
    await t.emulator.handle(
      new Request('https://x.fc.aliyuncs.com/2023-03-30/functions/hello', { method: 'DELETE' }),
    )
    const failure = errorOf(await t.call('/hello'))
    expect(failure).toMatchObject({ status: 502, code: 'D502FC' })
    expect(failure.message).toContain("FunctionNotFound: function 'hello' does not exist")
  })

  it('gives up after ServiceTimeout ms: 504 D504TO "Backend service request timeout"', async () => {
    const slow = deferred<ReturnType<typeof outcome>>()
    let seen: InvokeRequest | undefined
    const t = await gateway({
      responder: (request) => {
        seen = request
        return slow.promise
      },
      api: { ServiceConfig: { ServiceTimeout: 30 } },
    })
    const response = await t.call('/hello')
    const failure = errorOf(response)
    expect(failure).toMatchObject({ status: 504, code: 'D504TO' })
    expect(failure.message).toMatch(/^Backend service request timeout/)
    expect(failure.message).toContain('ServiceTimeout 30 ms')
    // The function finishes later; its answer lands in the trace, not with the caller.
    slow.resolve(outcome(seen!, { body: utf8(JSON.stringify(OK_ENVELOPE)), logs: ['late log'] }))
    await new Promise((resolve) => setTimeout(resolve, 10))
    const trace = (await (
      await t.emulator.handle(
        new Request(`https://x/__emulator/gateway-traces?requestId=${failure.requestId}`),
      )
    ).json()) as GatewayTrace
    expect(trace.functionResult).toMatchObject({ status: 'timeout', logs: ['late log'] })
    expect(trace.response.status).toBe(504)
  })
})

describe('trace times', () => {
  it('are written as Date#toISOString writes them, in and across seconds', () => {
    const times = [
      0, 5, 42, 999, 1000, 1001, 1_732_268_400_123, 1_732_268_400_123.9, -1, -1001, 253_402_300_800_000,
    ]
    for (const ms of [...times, ...times]) expect(isoTime(ms)).toBe(new Date(ms).toISOString())
  })
})
