import { describe, expect, it } from 'vitest'
import {
  answerHeaders,
  headerRecordFromParsed,
  headerRecordFromRaw,
  headerRecordOf,
  isWireAnswer,
  isWireRequest,
  requestFromWire,
  responseFromAnswer,
} from './wire'

describe('wire requests (the local cloud hands the core these, decision 014)', () => {
  it('reads rawHeaders as Headers would: lower-case names, repeats joined, values trimmed, name order', () => {
    const record = headerRecordFromRaw([
      'X-Ca-Stage',
      'TEST',
      'Host',
      'g.alicloudapi.com',
      'Accept',
      'text/plain ',
      'accept',
      'application/json',
    ])
    const headers = new Headers([
      ['X-Ca-Stage', 'TEST'],
      ['Host', 'g.alicloudapi.com'],
      ['Accept', 'text/plain '],
      ['accept', 'application/json'],
    ])
    expect(Object.entries(record)).toEqual([...headers])
    expect(Object.entries(headerRecordOf(headers))).toEqual([...headers])
    expect(record.accept).toBe('text/plain, application/json')
  })

  it('trims values of HTTP whitespace only, as Headers does (a no-break space is part of a value)', () => {
    const values = [' \t a b \r\n', 'x\u00a0', '\u00a0y', '\t', '', 'plain']
    const raw = values.flatMap((value, i) => [`X-V-${i}`, value])
    const headers = new Headers(values.map((value, i): [string, string] => [`X-V-${i}`, value]))
    expect(Object.entries(headerRecordFromRaw(raw))).toEqual([...headers])
    const parsed = Object.fromEntries(values.map((value, i) => [`x-v-${i}`, value]))
    expect(Object.entries(headerRecordFromParsed(parsed, raw))).toEqual([...headers])
  })

  it('agrees with Headers for many headers too (past the small-request path), repeats and all', () => {
    const raw: string[] = []
    for (let i = 60; i > 0; i--) raw.push(`X-H-${i % 40}`, `v${i}`)
    raw.push('Zeta', '1', 'alpha', '2', 'ZETA', '3')
    const headers = new Headers()
    for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!)
    expect(Object.entries(headerRecordFromRaw(raw))).toEqual([...headers])
    const entries = Array.from({ length: 50 }, (_, i) => [`N-${i % 35}`, `v${i}`] as [string, string])
    const expected = new Headers()
    for (const [name, value] of entries) expected.set(name, value)
    expect(Object.entries(answerHeaders(entries))).toEqual([...expected])
  })

  it('reads a parser’s lower-cased view (Node’s req.headers) as the same record, and the raw list when a name repeats', () => {
    const raw = ['Host', 'h', 'X-Ca-Key', 'k', 'Accept', 'a']
    expect(Object.entries(headerRecordFromParsed({ host: 'h', 'x-ca-key': 'k', accept: 'a' }, raw))).toEqual(
      Object.entries(headerRecordFromRaw(raw)),
    )
    // Node keeps the first of a repeated Host and joins cookies with `; `; Headers joins every repeat with `, `.
    const repeated = ['Host', 'h', 'Cookie', 'a=1', 'cookie', 'b=2', 'HOST', 'other']
    expect(headerRecordFromParsed({ host: 'h', cookie: 'a=1; b=2' }, repeated)).toEqual(
      headerRecordFromRaw(repeated),
    )
    expect(headerRecordFromParsed({ 'set-cookie': ['x=1'] }, ['Set-Cookie', 'x=1'])).toEqual(
      headerRecordFromRaw(['Set-Cookie', 'x=1']),
    )
  })

  it('finds only what was sent: a caller-chosen name like `constructor` is not the prototype’s', () => {
    const record = headerRecordFromRaw(['Host', 'x'])
    expect(record.constructor).toBeUndefined()
    expect(headerRecordOf(new Headers()).toString).toBeUndefined()
  })

  it('becomes a Request with the same method, URL, headers and body for the other endpoints', async () => {
    const request = requestFromWire({
      method: 'POST',
      url: new URL('http://127.0.0.1:9000/2023-03-30/functions'),
      headers: headerRecordFromRaw(['Content-Type', 'application/json', 'X-Acs-Date', 'd']),
      body: new TextEncoder().encode('{"a":1}'),
    })
    expect(request.method).toBe('POST')
    expect(request.url).toBe('http://127.0.0.1:9000/2023-03-30/functions')
    expect(request.headers.get('x-acs-date')).toBe('d')
    expect(await request.text()).toBe('{"a":1}')
    const get = requestFromWire({
      method: 'GET',
      url: new URL('http://h/'),
      headers: {},
      body: new Uint8Array(),
    })
    expect(get.body).toBeNull()
  })

  it('answers with the headers Headers.set would leave: lower-case, last of a name wins, trimmed, bad names dropped', async () => {
    const entries: [string, string][] = [
      ['Content-Type', 'text/plain'],
      ['X-Custom', ' a '],
      ['content-type', 'application/json'],
      ['bad name', 'dropped'],
      ['X-Ca-Request-Id', 'r-1'],
    ]
    const expected = new Headers()
    for (const [name, value] of entries) {
      try {
        expected.set(name, value)
      } catch {}
    }
    const headers = answerHeaders(entries)
    expect(Object.entries(headers)).toEqual([...expected])
    const response = responseFromAnswer({
      wireAnswer: true,
      status: 201,
      headers,
      body: new TextEncoder().encode('{}'),
    })
    expect(response.status).toBe(201)
    expect([...response.headers]).toEqual([...expected])
    expect(await response.text()).toBe('{}')
  })

  it('tells wire requests and answers by shape: a Request or Response of another class is neither (Hono replaces the globals)', () => {
    const foreignRequest = { url: 'http://h/', method: 'GET', headers: new Headers() } as unknown as Request
    const foreignResponse = { status: 200, headers: new Headers(), body: null } as unknown as Response
    expect(isWireRequest(foreignRequest)).toBe(false)
    expect(
      isWireRequest({ method: 'GET', url: new URL('http://h/'), headers: {}, body: new Uint8Array() }),
    ).toBe(true)
    expect(isWireAnswer(foreignResponse)).toBe(false)
    expect(isWireAnswer({ wireAnswer: true, status: 200, headers: {}, body: null })).toBe(true)
  })
})
