import { checkEnvelope as gatewayReads } from '@/cloud-api/cloudapi'

/**
 * The envelope check of the Debug API panel: explains, field by field, whether API Gateway can turn
 * what an event function returned into an HTTP answer, and what to change when it cannot.
 *
 * An event function behind API Gateway must return `{isBase64Encoded, statusCode, headers, body}`
 * (seed 000 "Step 5: View the result", reference §3.2). Anything else makes the gateway treat the
 * backend as unavailable (502 "although the function log shows success" — the most common complaint,
 * reference §4). The gateway tolerates what the guide's own samples do: a numeric-string statusCode
 * (`'200'`), `"true"`/`"false"` strings, and an object body (sent as JSON text).
 *
 * The verdict and the answer come from the contract's `checkEnvelope` — the very reading the
 * emulator's gateway applies; this file adds the per-field explanation and the fixes. Its tests check
 * that both always agree.
 */
export type EnvelopeField = 'return value' | 'isBase64Encoded' | 'statusCode' | 'headers' | 'body'
export type FindingLevel = 'ok' | 'note' | 'error'

export interface EnvelopeFinding {
  field: EnvelopeField
  level: FindingLevel
  /** What was found, in one sentence. */
  message: string
  /** What to change (problems), or what the gateway does about it (notes). */
  fix?: string
}

export interface MappedAnswer {
  statusCode: number
  headers: Record<string, string>
  /** The body the caller receives, as text (binary bodies as Base64). */
  body: string
  binary: boolean
}

export interface EnvelopeCheck {
  /** True when the gateway can map the return value to an HTTP answer. */
  valid: boolean
  findings: EnvelopeFinding[]
  /** What the caller gets, when valid. */
  answer: MappedAnswer | null
}

export interface EnvelopeCheckOptions {
  /** FC's `x-fc-error-type` when the invocation failed (HandledInvocationError, UnhandledInvocationError). */
  errorType?: string | null | undefined
}

const FIELDS = ['isBase64Encoded', 'statusCode', 'headers', 'body'] as const
const SAMPLE = `{ isBase64Encoded: false, statusCode: 200, headers: {}, body: '...' }`
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string')
    return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`
  return `a ${typeof value} (${String(value)})`
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Explains the bytes the function returned (given as text). */
export function checkEnvelope(returned: string, options: EnvelopeCheckOptions = {}): EnvelopeCheck {
  if (options.errorType) return functionFailed(returned, options.errorType)
  let value: unknown
  try {
    value = JSON.parse(returned)
  } catch (error) {
    return single({
      field: 'return value',
      level: 'error',
      message:
        returned.trim() === ''
          ? 'The function returned nothing.'
          : `The function returned text that is not JSON (${error instanceof Error ? error.message : 'parse error'}).`,
      fix: `Return an object such as ${SAMPLE}; API Gateway reads the return value as JSON.`,
    })
  }
  if (!isObject(value)) {
    return single({
      field: 'return value',
      level: 'error',
      message: `The function returned ${typeName(value)}, not a response object.`,
      fix: `Wrap the result in the response format: ${SAMPLE}.`,
    })
  }
  const findings: EnvelopeFinding[] = []
  const base64 = explainIsBase64Encoded(value.isBase64Encoded, findings)
  explainStatusCode(value.statusCode, findings)
  explainHeaders(value.headers, findings)
  explainBody(value.body, base64, findings)
  const extra = Object.keys(value).filter((key) => !(FIELDS as readonly string[]).includes(key))
  if (extra.length > 0) {
    findings.push({
      field: 'return value',
      level: 'note',
      message: `Other fields are ignored by the gateway: ${extra.join(', ')}.`,
      fix: 'Put data for the caller into body.',
    })
  }
  return withVerdict(returned, findings)
}

/** The contract's reading decides; a problem it sees that no field explained is still shown. */
function withVerdict(returned: string, findings: EnvelopeFinding[]): EnvelopeCheck {
  const read = gatewayReads(new TextEncoder().encode(returned))
  if (!read.ok) {
    if (!findings.some((f) => f.level === 'error')) {
      findings.push({ field: 'return value', level: 'error', message: `${read.problems.join('; ')}.` })
    }
    return { valid: false, findings, answer: null }
  }
  const text = decodeUtf8(read.body)
  return {
    valid: true,
    findings: findings.map((f) => (f.level === 'error' ? { ...f, level: 'note' } : f)),
    answer: {
      statusCode: read.statusCode,
      headers: read.headers,
      body: text ?? btoa(String.fromCharCode(...read.body)),
      binary: text === null,
    },
  }
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

function single(finding: EnvelopeFinding): EnvelopeCheck {
  return { valid: false, findings: [finding], answer: null }
}

function functionFailed(returned: string, errorType: string): EnvelopeCheck {
  let detail = ''
  try {
    const parsed: unknown = JSON.parse(returned)
    if (isObject(parsed) && typeof parsed.errorMessage === 'string') detail = `: ${parsed.errorMessage}`
  } catch {
    detail = ''
  }
  return single({
    field: 'return value',
    level: 'error',
    message: `The function failed (${errorType}${detail}), so the gateway received Function Compute's error JSON instead of a response.`,
    fix:
      errorType === 'HandledInvocationError'
        ? 'The handler called callback(error). To answer the caller with an error, return a response with an error status instead, e.g. { statusCode: 400, ... }.'
        : 'The handler threw or crashed. Check the log, fix the error, and deploy the code again.',
  })
}

function explainIsBase64Encoded(raw: unknown, findings: EnvelopeFinding[]): boolean {
  const field = 'isBase64Encoded'
  if (raw === undefined) {
    findings.push({
      field,
      level: 'error',
      message: 'isBase64Encoded is missing.',
      fix: 'Add isBase64Encoded: false when body is text, or true when body is Base64.',
    })
    return false
  }
  if (raw === 'true' || raw === 'false') {
    findings.push({
      field,
      level: 'note',
      message: `isBase64Encoded is the string "${raw}".`,
      fix: `Tolerated: the gateway reads it as ${raw} (the guide's Python sample does this). The boolean ${raw} without quotes is cleaner.`,
    })
    return raw === 'true'
  }
  if (typeof raw !== 'boolean') {
    findings.push({
      field,
      level: 'error',
      message: `isBase64Encoded is ${typeName(raw)}, not true or false.`,
      fix: 'Use the boolean true (body is Base64) or false (body is text).',
    })
    return false
  }
  findings.push({
    field,
    level: 'ok',
    message: raw ? 'isBase64Encoded is true: body is decoded from Base64.' : 'isBase64Encoded is false.',
  })
  return raw
}

function explainStatusCode(raw: unknown, findings: EnvelopeFinding[]): void {
  const field = 'statusCode'
  if (raw === undefined) {
    findings.push({
      field,
      level: 'error',
      message: 'statusCode is missing.',
      fix: 'Add statusCode: 200 (or another HTTP status) to the returned object.',
    })
    return
  }
  const numericString = typeof raw === 'string' && /^\d+$/.test(raw.trim())
  const status = typeof raw === 'number' || numericString ? Number(raw) : Number.NaN
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    findings.push({
      field,
      level: 'error',
      message: `statusCode is ${typeName(raw)}, not an HTTP status the gateway can answer with.`,
      fix: 'Use a number from 200 to 599, e.g. statusCode: 200.',
    })
  } else if (numericString) {
    findings.push({
      field,
      level: 'note',
      message: `statusCode is the string "${String(raw)}".`,
      fix: `Tolerated: the gateway reads it as ${status} (the guide's Node.js sample does this). A number is cleaner.`,
    })
  } else findings.push({ field, level: 'ok', message: `statusCode is ${status}.` })
}

function explainHeaders(raw: unknown, findings: EnvelopeFinding[]): void {
  const field = 'headers'
  if (!isObject(raw)) {
    findings.push({
      field,
      level: 'error',
      message: raw === undefined ? 'headers is missing.' : `headers is ${typeName(raw)}, not an object.`,
      fix: "Return headers as an object of names and string values, e.g. headers: { 'content-type': 'text/plain' } — or headers: {} for none.",
    })
    return
  }
  const bad = Object.entries(raw)
    .filter(([, v]) => typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
    .map(([name]) => `"${name}"`)
  if (bad.length > 0) {
    findings.push({
      field,
      level: 'error',
      message: `The value of ${bad.join(', ')} is not a string.`,
      fix: 'Each header value must be a string (join several values with a comma).',
    })
    return
  }
  const count = Object.keys(raw).length
  findings.push({
    field,
    level: 'ok',
    message: `headers is an object with ${count} ${count === 1 ? 'header' : 'headers'}.`,
  })
}

function explainBody(raw: unknown, base64: boolean, findings: EnvelopeFinding[]): void {
  const field = 'body'
  if (raw === undefined || raw === null) {
    findings.push({
      field,
      level: 'error',
      message: `body is ${raw === null ? 'null' : 'missing'}.`,
      fix: "Add body as a string; body: '' for an empty answer.",
    })
  } else if (typeof raw === 'string') {
    const clean = raw.replace(/\s+/g, '')
    if (base64 && (!BASE64.test(clean) || clean.length % 4 === 1)) {
      findings.push({
        field,
        level: 'error',
        message: 'isBase64Encoded is true but body is not valid Base64.',
        fix: "Encode the body with Buffer.from(data).toString('base64'), or set isBase64Encoded: false and return the text as is.",
      })
    } else {
      findings.push({
        field,
        level: 'ok',
        message: base64 ? 'body is a Base64 string.' : `body is a string of ${raw.length} characters.`,
      })
    }
  } else if (base64) {
    findings.push({
      field,
      level: 'error',
      message: `isBase64Encoded is true but body is ${typeName(raw)}.`,
      fix: "A Base64 body must be a string: Buffer.from(data).toString('base64').",
    })
  } else {
    findings.push({
      field,
      level: 'note',
      message: `body is ${typeName(raw)}, not a string.`,
      fix: "Tolerated: the gateway sends it as JSON text (the guide's samples do this). JSON.stringify(body) gives you control of the exact text.",
    })
  }
}
