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

/**
 * The record of `names[i]` → `values[i]`, in name order (code-unit order, as `Headers` sorts). An insertion
 * sort of indices: a request has a dozen headers, and `Array.prototype.sort` plus a `Map` per call were a
 * measurable part of the data plane's per-call cost (docs/benchmarks.md).
 */
function sortedRecord(names: string[], values: string[]): Record<string, string> {
  const order: number[] = []
  if (names.length > SMALL) {
    for (let i = 0; i < names.length; i++) order.push(i)
    order.sort((a, b) => (names[a]! < names[b]! ? -1 : 1))
  } else
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!
      let j = order.length
      order.push(i)
      for (; j > 0 && names[order[j - 1]!]! > name; j--) order[j] = order[j - 1]!
      order[j] = i
    }
  const record = emptyRecord()
  for (const i of order) record[names[i]!] = values[i]!
  return record
}

/**
 * An object without a prototype that V8 keeps in fast mode: `Object.create(null)` starts in dictionary mode
 * (~890 bytes and ~0.75 µs for a dozen headers, against ~160 bytes and ~0.3 µs), and the data plane builds
 * two records per call.
 */
function emptyRecord(): Record<string, string> {
  return Object.setPrototypeOf({}, null) as Record<string, string>
}

/**
 * What `Headers` strips from a value: leading and trailing HTTP whitespace (tab, LF, CR, space), not the
 * wider set of `String#trim` (which also takes a trailing no-break space, a byte HTTP allows in a value).
 * Values rarely have any, and most come back as they are.
 */
export function trimHttpWhitespace(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && isHttpWhitespace(value.charCodeAt(start))) start++
  while (end > start && isHttpWhitespace(value.charCodeAt(end - 1))) end--
  return start === 0 && end === value.length ? value : value.slice(start, end)
}

const isHttpWhitespace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d

/** Up to this many names, scans and an insertion sort; beyond (odd requests), hashing and a real sort. */
const SMALL = 32

/** Index of `name` in `names`, or -1. */
function indexOfName(names: readonly string[], name: string, index: Map<string, number> | null): number {
  if (index) return index.get(name) ?? -1
  for (let i = 0; i < names.length; i++) if (names[i] === name) return i
  return -1
}

/** A name index once a request has more than SMALL names (so many headers cost O(n), not O(n²)). */
function grownIndex(names: readonly string[], index: Map<string, number> | null): Map<string, number> | null {
  if (index || names.length <= SMALL) return index
  return new Map(names.map((name, i) => [name, i]))
}

/**
 * From Node's `rawHeaders` (`[name, value, name, value, …]`, names as sent): lower-cased, repeats joined,
 * values trimmed of surrounding whitespace as `Headers` does.
 */
export function headerRecordFromRaw(raw: readonly string[]): HeaderRecord {
  const names: string[] = []
  const values: string[] = []
  let index: Map<string, number> | null = null
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase()
    const value = trimHttpWhitespace(raw[i + 1]!)
    const seen = indexOfName(names, name, index)
    if (seen === -1) {
      index?.set(name, names.length)
      names.push(name)
      values.push(value)
      index = grownIndex(names, index)
    } else values[seen] = `${values[seen]}, ${value}`
  }
  return sortedRecord(names, values)
}

/**
 * The same record from a parser's own lower-cased view, as Node's `req.headers` — which Node's HTTP server
 * builds for every request anyway, its names already interned — when no name came twice and every value
 * is a single string; otherwise (repeats, which Node joins or drops by its own rules) from `raw`.
 */
export function headerRecordFromParsed(
  parsed: Readonly<Record<string, string | string[] | undefined>>,
  raw: readonly string[],
): HeaderRecord {
  const names: string[] = []
  const values: string[] = []
  for (const name in parsed) {
    const value = parsed[name]
    if (typeof value !== 'string') return headerRecordFromRaw(raw)
    names.push(name)
    values.push(trimHttpWhitespace(value))
  }
  if (names.length * 2 !== raw.length) return headerRecordFromRaw(raw)
  return sortedRecord(names, values)
}

/** The same record from a `Headers` (MSW's requests, tests). */
export function headerRecordOf(headers: Headers): HeaderRecord {
  const record = emptyRecord()
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
  const names: string[] = []
  const values: string[] = []
  let index: Map<string, number> | null = null
  for (const [name, value] of entries) {
    if (!TOKEN.test(name)) continue
    const lower = name.toLowerCase()
    const seen = indexOfName(names, lower, index)
    if (seen === -1) {
      index?.set(lower, names.length)
      names.push(lower)
      values.push(trimHttpWhitespace(value))
      index = grownIndex(names, index)
    } else values[seen] = trimHttpWhitespace(value)
  }
  return sortedRecord(names, values)
}
