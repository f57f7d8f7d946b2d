import { describe, expect, it } from 'vitest'
import { httpRequestObject, httpResponseObject } from './http-handler'
import type { HttpTriggerResponse } from './protocol'

const REQUEST = {
  method: 'POST',
  path: '/a',
  url: '/a?x=1',
  clientIP: '1.2.3.4',
  headers: { 'content-type': 'text/plain' },
  queries: { x: '1', y: ['2', '3'] },
}
const bytes = (s: string) => new TextEncoder().encode(s)
const text = (b: Uint8Array) => new TextDecoder().decode(b)

function capture() {
  const sent: { body: Uint8Array; response: HttpTriggerResponse }[] = []
  const failed: unknown[] = []
  const response = httpResponseObject({
    send: (body, r) => sent.push({ body, response: r }),
    fail: (error) => failed.push(error),
  })
  return { response, sent, failed }
}

describe('the FC 2.0 Node.js HTTP handler objects', () => {
  it('request: the documented fields and the body as request.body', () => {
    const req = httpRequestObject(REQUEST, bytes('hi'))
    expect(req).toMatchObject({ method: 'POST', path: '/a', url: '/a?x=1', clientIP: '1.2.3.4' })
    expect(req.queries).toEqual({ x: '1', y: ['2', '3'] })
    expect(text(req.body)).toBe('hi')
  })

  it('request: readable like a stream (getRawBody-style reading)', async () => {
    const req = httpRequestObject(REQUEST, bytes('streamed'))
    const chunks: Uint8Array[] = []
    const ended = new Promise<void>((resolve) => {
      req.on('data', (chunk) => chunks.push(chunk as Uint8Array))
      req.once('end', () => resolve())
    })
    await ended
    expect(text(chunks[0] as Uint8Array)).toBe('streamed')
    expect(req.readable).toBe(false)
  })

  it('response: status, headers (FC-managed ones ignored), deleteHeader, send once', () => {
    const { response, sent } = capture()
    response.setStatusCode(404)
    response.setHeader('Content-Type', 'text/html')
    response.setHeader('X-List', ['a', 'b'])
    response.setHeader('Content-Length', '1')
    response.setHeader('x-fc-request-id', 'mine')
    response.setHeader('x-gone', '1')
    response.deleteHeader('X-Gone')
    response.send('<h1>Hello</h1>')
    response.send('again')
    expect(sent).toHaveLength(1)
    expect(text(sent[0]!.body)).toBe('<h1>Hello</h1>')
    expect(sent[0]!.response).toEqual({
      statusCode: 404,
      headers: { 'content-type': 'text/html', 'x-list': 'a, b' },
    })
  })

  it('response: Buffers, nothing, and readable streams', () => {
    const a = capture()
    a.response.send(bytes('raw'))
    expect(text(a.sent[0]!.body)).toBe('raw')
    const b = capture()
    b.response.send()
    expect(b.sent[0]!.body).toHaveLength(0)
    const listeners: Record<string, (arg?: unknown) => void> = {}
    const stream = { on: (event: string, l: (arg?: unknown) => void) => (listeners[event] = l) }
    const c = capture()
    c.response.send(stream)
    listeners.data?.('one ')
    listeners.data?.(bytes('two'))
    listeners.end?.()
    expect(text(c.sent[0]!.body)).toBe('one two')
  })

  it("response: a bad status code or body type is the handler's error", () => {
    const { response, failed } = capture()
    expect(() => response.setStatusCode(99)).toThrow(TypeError)
    response.send(42)
    expect(failed[0]).toBeInstanceOf(TypeError)
  })
})
