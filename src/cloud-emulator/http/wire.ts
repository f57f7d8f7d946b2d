/**
 * A request as an adapter read it off a socket, before any WHATWG `Request` exists (decision 014).
 *
 * The local cloud hands these to `emulator.handle`: the gateway data plane reads them as they are (its
 * per-call budget, issue 5, has no room for a `Request`, its `Headers` and `AbortSignal`), and every
 * other endpoint gets a `Request` built from one on first use (`requestFromWire`). MSW hands the core a
 * `Request`, which the data plane reads into the same shape (`headerRecordOf`).
 *
 * The data plane's own answers (an envelope as HTTP, a gateway error) are `WireAnswer`s for the same reason:
 * the local cloud writes them to the socket as they are; anyone who handed the core a `Request` gets a
 * `Response` (`responseFromAnswer`).
 */
import { inMemoryResponse } from './in-memory-response'

/**
 * Header values by lower-case name, repeated headers joined with `, ` — what `Headers.get` answers —
 * in name order, as `Headers` iterates. No prototype: a name like `constructor` (signed headers are
 * named by the caller) finds only what was sent.
 */
export type HeaderRecord = Readonly<Record<string, string>>

export interface WireRequest {
  method: string
  /** absolute: the Host header's authority (the adapter may add the port it listens on) */
  url: URL
  headers: HeaderRecord
  /** empty for GET and HEAD */
  body: Uint8Array
}

/**
 * Told apart by shape, not `instanceof`: a process may hold two `Request` classes (@hono/node-server puts
 * its own on `globalThis` once the proxy serves), so a `Request` need not be an instance of the global one.
 */
export function isWireRequest(value: Request | WireRequest): value is WireRequest {
  return typeof value.url !== 'string'
}

function sortedRecord(names: string[], values: Map<string, string>): Record<string, string> {
  names.sort()
  const record: Record<string, string> = Object.create(null)
  for (const name of names) record[name] = values.get(name)!
  return record
}

/**
 * From Node's `rawHeaders` (`[name, value, name, value, …]`, names as sent): lower-cased, repeats joined,
 * values trimmed of surrounding whitespace as `Headers` does.
 */
export function headerRecordFromRaw(raw: readonly string[]): HeaderRecord {
  const values = new Map<string, string>()
  const names: string[] = []
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase()
    const value = raw[i + 1]!.trim()
    const seen = values.get(name)
    if (seen === undefined) {
      names.push(name)
      values.set(name, value)
    } else values.set(name, `${seen}, ${value}`)
  }
  return sortedRecord(names, values)
}

/** The same record from a `Headers` (MSW's requests, tests). */
export function headerRecordOf(headers: Headers): HeaderRecord {
  const record: Record<string, string> = Object.create(null)
  headers.forEach((value, name) => {
    record[name] = value
  })
  return record
}

/** The WHATWG `Request` the non-gateway endpoints read (CloudAPI, FC, the emulator's control endpoint). */
export function requestFromWire(wire: WireRequest): Request {
  const headers = new Headers()
  for (const name in wire.headers) headers.append(name, wire.headers[name]!)
  const hasBody = wire.method !== 'GET' && wire.method !== 'HEAD'
  return new Request(wire.url, {
    method: wire.method,
    headers,
    body: hasBody ? (wire.body as Uint8Array<ArrayBuffer>) : undefined,
  })
}

/** A data-plane answer before any `Response` exists. */
export interface WireAnswer {
  readonly wireAnswer: true
  status: number
  /** lower-case names, one value each, in name order (as a `Headers` would give them) */
  headers: Record<string, string>
  /** null: no body (HEAD, 204, 304, gateway errors) */
  body: Uint8Array | null
}

/** By its brand, not `instanceof Response`, for the reason `isWireRequest` gives. */
export function isWireAnswer(value: Response | WireAnswer): value is WireAnswer {
  return (value as Partial<WireAnswer>).wireAnswer === true
}

export function responseFromAnswer(answer: WireAnswer): Response {
  return inMemoryResponse(answer.body, { status: answer.status, headers: answer.headers })
}

/** What `Headers` accepts as a name (RFC 9110 token). */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

/**
 * Answer headers as `Headers.set` would leave them: names lower-cased (a later name differing only in case
 * replaces an earlier one), values trimmed, a name HTTP cannot carry dropped. Values must already be
 * printable ASCII (gateway/respond.ts `headerSafe`).
 */
export function answerHeaders(entries: Iterable<readonly [string, string]>): Record<string, string> {
  const values = new Map<string, string>()
  const names: string[] = []
  for (const [name, value] of entries) {
    if (!TOKEN.test(name)) continue
    const lower = name.toLowerCase()
    if (!values.has(lower)) names.push(lower)
    values.set(lower, value.trim())
  }
  return sortedRecord(names, values)
}
