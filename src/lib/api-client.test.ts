import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { apiFetch, apiJson, apiRequest, withQuery } from './api-client'
import { ApiError } from './api-error'

function stubFetch(response: Response | Error) {
  const fetchMock = vi.fn(async () => {
    if (response instanceof Error) throw response
    return response
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('apiRequest', () => {
  it('turns the FC 3.0 error body into an ApiError with code, message, request id and status', async () => {
    stubFetch(
      Response.json(
        { Code: 'FunctionNotFound', Message: "function 'x' does not exist", RequestId: '1-abc' },
        { status: 404 },
      ),
    )
    const error = await apiRequest('/api/fc/2023-03-30/functions/x').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      code: 'FunctionNotFound',
      message: "function 'x' does not exist",
      requestId: '1-abc',
      status: 404,
    })
  })

  it('keeps a non-JSON error readable and takes the request id from the header', async () => {
    stubFetch(new Response('upstream timed out', { status: 504, headers: { 'x-fc-request-id': '1-hdr' } }))
    await expect(apiRequest('/api/fc/x')).rejects.toMatchObject({
      code: 'Http504',
      message: 'upstream timed out',
      requestId: '1-hdr',
    })
  })

  it('reports an unreachable API as NetworkError', async () => {
    stubFetch(new TypeError('fetch failed'))
    await expect(apiRequest('/api/fc/2023-03-30/functions')).rejects.toMatchObject({
      code: 'NetworkError',
      status: 0,
    })
  })

  it('sends JSON with a content type and drops empty query values', async () => {
    const fetchMock = stubFetch(Response.json({}))
    await apiRequest('/api/x', { method: 'POST', json: { a: 1 }, query: { prefix: '', limit: 20 } })
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/x?limit=20')
    expect(new Headers(init.headers).get('content-type')).toBe('application/json')
    expect(init.body).toBe('{"a":1}')
  })
})

describe('apiJson', () => {
  it('rejects an answer that breaks the contract with InvalidResponse', async () => {
    stubFetch(Response.json({ functions: 'nope' }))
    await expect(
      apiJson('/api/fc/2023-03-30/functions', z.object({ functions: z.array(z.string()) })),
    ).rejects.toMatchObject({ code: 'InvalidResponse' })
  })
})

describe('withQuery', () => {
  it('encodes values', () => {
    expect(withQuery('/p', { prefix: 'a b&c', nextToken: undefined })).toBe('/p?prefix=a+b%26c')
  })
})

describe('CloudAPI errors', () => {
  it('reads the POP error body {RequestId, HostId, Code, Message, Recommend}', async () => {
    stubFetch(
      Response.json(
        {
          RequestId: 'FF3B7D81-66AE-47E0-BF69-157DCF187514',
          HostId: 'apigateway.cn-hangzhou.aliyuncs.com',
          Code: 'NotFoundApiGroup',
          Message: 'Specified group is not found.',
          Recommend: 'https://api.aliyun.com/troubleshoot?q=NotFoundApiGroup&product=CloudAPI',
        },
        { status: 404 },
      ),
    )
    await expect(
      apiRequest('/api/cloudapi/', { method: 'POST', query: { Action: 'DescribeApiGroup' } }),
    ).rejects.toMatchObject({
      code: 'NotFoundApiGroup',
      message: 'Specified group is not found.',
      requestId: 'FF3B7D81-66AE-47E0-BF69-157DCF187514',
      hostId: 'apigateway.cn-hangzhou.aliyuncs.com',
      recommend: 'https://api.aliyun.com/troubleshoot?q=NotFoundApiGroup&product=CloudAPI',
      status: 404,
    })
  })

  it('sends form parameters as application/x-www-form-urlencoded', async () => {
    const fetchMock = stubFetch(Response.json({ RequestId: 'r' }))
    await apiRequest('/api/cloudapi/?Action=CreateApi', {
      method: 'POST',
      query: { Version: '2016-07-14' },
      form: { RequestConfig: '{"RequestPath":"/a b"}', Description: '', Skipped: undefined },
    })
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/cloudapi/?Action=CreateApi&Version=2016-07-14')
    expect(new Headers(init.headers).get('content-type')).toContain('application/x-www-form-urlencoded')
    expect(new URLSearchParams(String(init.body)).get('RequestConfig')).toBe('{"RequestPath":"/a b"}')
    // An empty form value is sent (it clears the field); an undefined one is not.
    expect(new URLSearchParams(String(init.body)).get('Description')).toBe('')
    expect(new URLSearchParams(String(init.body)).has('Skipped')).toBe(false)
  })

  it('reads a gateway error from X-Ca-Error-Message and X-Ca-Request-Id', async () => {
    stubFetch(
      new Response('', {
        status: 404,
        headers: { 'x-ca-request-id': 'CA-1', 'x-ca-error-message': 'API not found with `GET /x`' },
      }),
    )
    await expect(apiRequest('/api/gateway/h/x')).rejects.toMatchObject({
      code: 'Http404',
      message: 'API not found with `GET /x`',
      requestId: 'CA-1',
    })
  })
})

describe('apiFetch', () => {
  it('resolves with a non-2xx answer instead of throwing', async () => {
    stubFetch(new Response('bad', { status: 502 }))
    const response = await apiFetch('/api/gateway/h/x')
    expect(response.status).toBe(502)
  })
})
