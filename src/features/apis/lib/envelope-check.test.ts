import { describe, expect, it } from 'vitest'
import { checkEnvelope as gatewayReads } from '@/cloud-api/cloudapi'
import { checkEnvelope, type EnvelopeCheck } from './envelope-check'

const levels = (check: EnvelopeCheck) => Object.fromEntries(check.findings.map((f) => [f.field, f.level]))
const finding = (check: EnvelopeCheck, field: string) => check.findings.find((f) => f.field === field)
const envelope = (value: unknown) => checkEnvelope(JSON.stringify(value))
const VALID = { isBase64Encoded: false, statusCode: 200, headers: {}, body: '' }

describe('envelope check', () => {
  it('accepts the documented envelope and says what the caller gets', () => {
    const check = envelope({ isBase64Encoded: false, statusCode: 201, headers: { 'x-a': '1' }, body: 'hi' })
    expect(check.valid).toBe(true)
    expect(levels(check)).toEqual({ statusCode: 'ok', headers: 'ok', isBase64Encoded: 'ok', body: 'ok' })
    expect(check.answer).toEqual({ statusCode: 201, headers: { 'x-a': '1' }, body: 'hi', binary: false })
  })

  it("tolerates the guide's samples — statusCode '200', an object body, isBase64Encoded \"false\" — with notes", () => {
    const check = envelope({
      isBase64Encoded: 'false',
      statusCode: '200',
      headers: { 'x-custom-header': 'header value' },
      body: { path: '/hello' },
    })
    expect(check.valid).toBe(true)
    expect(levels(check)).toMatchObject({ statusCode: 'note', body: 'note', isBase64Encoded: 'note' })
    expect(finding(check, 'statusCode')?.fix).toMatch(/Tolerated/)
    expect(check.answer?.statusCode).toBe(200)
    expect(check.answer?.body).toBe('{"path":"/hello"}')
  })

  it('fails a missing statusCode and says how to fix it', () => {
    const check = envelope({ isBase64Encoded: false, headers: {}, body: 'x' })
    expect(check.valid).toBe(false)
    expect(check.answer).toBeNull()
    expect(finding(check, 'statusCode')).toMatchObject({ level: 'error', message: 'statusCode is missing.' })
    expect(finding(check, 'statusCode')?.fix).toContain('statusCode: 200')
  })

  it.each([
    ['OK', /a string \("OK"\)/],
    [true, /a boolean/],
    [42, /a number \(42\)/],
    [200.5, /a number/],
    [{ code: 200 }, /an object/],
  ])('fails statusCode %j that is not an HTTP status', (statusCode, message) => {
    const check = envelope({ ...VALID, statusCode })
    expect(finding(check, 'statusCode')?.level).toBe('error')
    expect(finding(check, 'statusCode')?.message).toMatch(message)
  })

  it('fails headers that are missing, not an object, or hold objects as values', () => {
    expect(finding(envelope({ ...VALID, headers: undefined }), 'headers')?.message).toBe(
      'headers is missing.',
    )
    expect(finding(envelope({ ...VALID, headers: 'x: 1' }), 'headers')?.level).toBe('error')
    expect(finding(envelope({ ...VALID, headers: ['a'] }), 'headers')?.message).toMatch(/an array/)
    expect(finding(envelope({ ...VALID, headers: { a: { b: 1 } } }), 'headers')?.message).toBe(
      'The value of "a" is not a string.',
    )
  })

  it('fails isBase64Encoded that is missing or not a boolean', () => {
    expect(finding(envelope({ ...VALID, isBase64Encoded: undefined }), 'isBase64Encoded')?.level).toBe(
      'error',
    )
    const check = envelope({ ...VALID, isBase64Encoded: 0 })
    expect(check.valid).toBe(false)
    expect(finding(check, 'isBase64Encoded')?.message).toMatch(/not true or false/)
  })

  it('decodes a Base64 body, and fails one that is not Base64', () => {
    const ok = envelope({ ...VALID, isBase64Encoded: true, body: btoa('hello') })
    expect(ok.answer?.body).toBe('hello')
    const bad = envelope({ ...VALID, isBase64Encoded: true, body: 'not base64!' })
    expect(bad.valid).toBe(false)
    expect(finding(bad, 'body')?.message).toMatch(/not valid Base64/)
    const binary = envelope({ ...VALID, isBase64Encoded: true, body: btoa('\xff\xfe') })
    expect(binary.answer?.binary).toBe(true)
  })

  it('fails a missing or null body, and an object body when isBase64Encoded is true', () => {
    expect(finding(envelope({ ...VALID, body: undefined }), 'body')?.message).toBe('body is missing.')
    expect(finding(envelope({ ...VALID, body: null }), 'body')?.level).toBe('error')
    expect(finding(envelope({ ...VALID, body: { a: 1 }, isBase64Encoded: true }), 'body')?.level).toBe(
      'error',
    )
  })

  it('explains a return value that is not JSON, empty, or not an object', () => {
    expect(checkEnvelope('hello world').findings[0]?.message).toMatch(/not JSON/)
    expect(checkEnvelope('').findings[0]?.message).toBe('The function returned nothing.')
    expect(checkEnvelope('[1,2]').findings[0]?.message).toMatch(/returned an array/)
    expect(checkEnvelope('"ok"').findings[0]?.message).toMatch(/returned a string/)
  })

  it('notes fields the gateway ignores', () => {
    const check = envelope({ ...VALID, data: 1 })
    expect(check.valid).toBe(true)
    expect(finding(check, 'return value')?.message).toBe('Other fields are ignored by the gateway: data.')
  })

  it("explains a failed invocation with FC's error message", () => {
    const check = checkEnvelope(JSON.stringify({ errorMessage: 'oops', errorType: 'Error' }), {
      errorType: 'UnhandledInvocationError',
    })
    expect(check.valid).toBe(false)
    expect(check.findings[0]?.message).toContain('UnhandledInvocationError: oops')
  })

  // The explanation must never contradict what the gateway does (the contract's checkEnvelope).
  it.each([
    VALID,
    { ...VALID, statusCode: '404' },
    { ...VALID, statusCode: 100 },
    { ...VALID, statusCode: 600 },
    { ...VALID, statusCode: '2xx' },
    { ...VALID, headers: null },
    { ...VALID, headers: { n: 1, b: true } },
    { ...VALID, headers: { o: [1] } },
    { ...VALID, body: 5 },
    { ...VALID, body: [1] },
    { ...VALID, isBase64Encoded: 'yes' },
    { ...VALID, isBase64Encoded: 'true', body: 'aGk=' },
    { ...VALID, isBase64Encoded: true, body: 'a' },
    { ...VALID, isBase64Encoded: true, body: 'aGk' },
    { statusCode: 200 },
    {},
    'text',
    null,
  ])('agrees with the gateway on %j', (value) => {
    const text = JSON.stringify(value)
    const check = checkEnvelope(text)
    const read = gatewayReads(new TextEncoder().encode(text))
    expect(check.valid).toBe(read.ok)
    expect(check.findings.some((f) => f.level === 'error')).toBe(!read.ok)
  })
})
