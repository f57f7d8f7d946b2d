/**
 * FC 2.0's Node.js HTTP handler, the second way the bootstrap calls user code (the first is the event
 * handler of seed 004): a function behind an HTTP trigger is called as
 *
 *   exports.handler = (request, response, context) => { … response.send('hello') }
 *
 * (FC 2.0 Node.js "HTTP handler", help.aliyun.com/document_detail/74757):
 * - request: `headers`, `path`, `queries` (a string, or an array for a repeated key), `method`,
 *   `clientIP`, `url`; the body as `request.body` (a Buffer) and, for code written against the older
 *   runtimes that read it with `getRawBody(request, cb)`, as a readable-like stream (`data`, `end`).
 * - response: `setStatusCode(code)`, `setHeader(key, value)`, `deleteHeader(key)`, `send(body)` with a
 *   Buffer, a string or a readable stream. Headers FC manages itself are ignored when set: connection,
 *   content-length, date, keep-alive, server, upgrade and any `x-fc-*` (same page).
 * The invocation ends with `send`; a handler that never sends runs into its timeout, as on FC.
 *
 * Pure: only `setTimeout` and TextEncoder, available in both worker kinds.
 */
import type { HttpTriggerRequest, HttpTriggerResponse } from './protocol'

const RESERVED_RESPONSE_HEADERS = new Set([
  'connection',
  'content-length',
  'date',
  'keep-alive',
  'server',
  'upgrade',
])
const isReserved = (lowerName: string) =>
  RESERVED_RESPONSE_HEADERS.has(lowerName) || lowerName.startsWith('x-fc-')

type Listener = (...args: unknown[]) => void

/** The request object: plain fields plus just enough of a Readable for `getRawBody`-style reading. */
export function httpRequestObject(request: HttpTriggerRequest, body: Uint8Array) {
  const listeners = new Map<string, Listener[]>()
  let scheduled = false
  let ended = false
  const emit = (event: string, ...args: unknown[]) => {
    for (const listener of [...(listeners.get(event) ?? [])]) listener(...args)
  }
  const flow = () => {
    if (scheduled || ended) return
    scheduled = true
    // Asynchronously, as a stream would: every listener attached in the same tick sees the data.
    setTimeout(() => {
      ended = true
      self.readable = false
      if (body.length > 0) emit('data', body)
      emit('end')
      emit('close')
    }, 0)
  }
  const self = {
    method: request.method,
    path: request.path,
    url: request.url,
    clientIP: request.clientIP,
    headers: { ...request.headers },
    queries: Object.fromEntries(
      Object.entries(request.queries).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]),
    ),
    body,
    readable: true,
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
      if (event === 'data' || event === 'end' || event === 'readable') flow()
      return self
    },
    once(event: string, listener: Listener) {
      const wrapped: Listener = (...args) => {
        self.removeListener(event, wrapped)
        listener(...args)
      }
      return self.on(event, wrapped)
    },
    addListener(event: string, listener: Listener) {
      return self.on(event, listener)
    },
    removeListener(event: string, listener: Listener) {
      listeners.set(
        event,
        (listeners.get(event) ?? []).filter((l) => l !== listener),
      )
      return self
    },
    off(event: string, listener: Listener) {
      return self.removeListener(event, listener)
    },
    pause: () => self,
    resume() {
      flow()
      return self
    },
  }
  return self
}

const encoder = new TextEncoder()

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

function toBytes(value: unknown): Uint8Array {
  if (value === undefined || value === null) return new Uint8Array(0)
  if (typeof value === 'string') return encoder.encode(value)
  if (ArrayBuffer.isView(value))
    return new Uint8Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength))
  if (value instanceof ArrayBuffer) return new Uint8Array(value.slice(0))
  throw new TypeError('response.send(body): body must be a Buffer, a string or a readable stream')
}

const isReadable = (value: unknown): value is { on(event: string, listener: Listener): unknown } =>
  typeof value === 'object' && value !== null && typeof (value as { on?: unknown }).on === 'function'

export interface HttpResponseSink {
  send(body: Uint8Array, response: HttpTriggerResponse): void
  fail(error: unknown): void
}

/** The response object; the first `send` ends the invocation, later calls are ignored. */
export function httpResponseObject(sink: HttpResponseSink) {
  let statusCode = 200
  const headers = new Map<string, string>()
  let sent = false
  const finish = (body: Uint8Array) => sink.send(body, { statusCode, headers: Object.fromEntries(headers) })
  return {
    setStatusCode(code: unknown) {
      if (typeof code !== 'number' || !Number.isInteger(code) || code < 100 || code > 599)
        throw new TypeError(`response.setStatusCode: ${String(code)} is not an HTTP status code`)
      statusCode = code
    },
    setHeader(key: unknown, value: unknown) {
      const name = String(key).toLowerCase()
      if (isReserved(name)) return
      headers.set(name, Array.isArray(value) ? value.map(String).join(', ') : String(value))
    },
    deleteHeader(key: unknown) {
      headers.delete(String(key).toLowerCase())
    },
    send(body?: unknown) {
      if (sent) return
      sent = true
      if (!isReadable(body)) {
        try {
          finish(toBytes(body))
        } catch (error) {
          sink.fail(error)
        }
        return
      }
      const chunks: Uint8Array[] = []
      body.on('data', (chunk: unknown) => chunks.push(toBytes(chunk)))
      body.on('end', () => finish(concat(chunks)))
      body.on('error', (error: unknown) => sink.fail(error))
    },
  }
}
