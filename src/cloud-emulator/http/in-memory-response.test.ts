import { describe, expect, it } from 'vitest'
import { inMemoryBody, inMemoryResponse } from './in-memory-response'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('inMemoryResponse', () => {
  it('reads like any Response: status, headers, text, json, arrayBuffer, the body stream', async () => {
    const make = () =>
      inMemoryResponse(bytes('{"a":1}'), { status: 201, headers: { 'content-type': 'application/json' } })
    const response = make()
    expect(response).toBeInstanceOf(Response)
    expect(response.status).toBe(201)
    expect(response.ok).toBe(true)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await make().text()).toBe('{"a":1}')
    expect(await make().json()).toEqual({ a: 1 })
    expect(new TextDecoder().decode(await make().arrayBuffer())).toBe('{"a":1}')
    expect(await new Response(make().body).text()).toBe('{"a":1}')
  })

  it('is read once, as a Response is: a second read is refused and clone() then throws', async () => {
    const response = inMemoryResponse(bytes('once'), { status: 200 })
    expect(response.bodyUsed).toBe(false)
    expect(await response.text()).toBe('once')
    expect(response.bodyUsed).toBe(true)
    await expect(response.text()).rejects.toThrow(TypeError)
    expect(() => response.clone()).toThrow(TypeError)
  })

  it('clones into two independent bodies', async () => {
    const response = inMemoryResponse(bytes('twice'), { status: 200, headers: { 'x-a': 'b' } })
    const copy = response.clone()
    expect(await copy.text()).toBe('twice')
    expect(copy.headers.get('x-a')).toBe('b')
    expect(await response.text()).toBe('twice')
  })

  it('sends a string as UTF-8 and says text/plain when no content-type was given', async () => {
    const response = inMemoryResponse('héllo', { status: 200 })
    expect(response.headers.get('content-type')).toBe('text/plain;charset=UTF-8')
    expect(await response.text()).toBe('héllo')
    const json = inMemoryResponse('{}', { status: 200, headers: { 'content-type': 'application/json' } })
    expect(json.headers.get('content-type')).toBe('application/json')
  })

  it('has no body for null, as a 204 needs', async () => {
    const response = inMemoryResponse(null, { status: 204 })
    expect(response.body).toBeNull()
    expect(inMemoryBody(response)).toEqual(new Uint8Array())
  })
})

describe('inMemoryBody', () => {
  it('hands over the bytes without reading the body, until somebody reads it as a stream', async () => {
    const response = inMemoryResponse(bytes('abc'), { status: 200 })
    expect(new TextDecoder().decode(inMemoryBody(response))).toBe('abc')
    expect(response.bodyUsed).toBe(false)
    expect(await response.text()).toBe('abc')
    expect(inMemoryBody(response)).toBeUndefined()
  })

  it('knows nothing of other Responses with a body', () => {
    expect(inMemoryBody(new Response('elsewhere'))).toBeUndefined()
  })
})
