import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { apiJson, apiRequest, withQuery } from './api-client'
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
