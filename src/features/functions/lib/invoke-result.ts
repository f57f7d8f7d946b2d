import { decodeBase64Utf8 } from '@/lib/base64'

/**
 * How the Test tab reads what InvokeFunction returned. The body is the function's result bytes;
 * for an API Gateway event function that result should be the response envelope
 * `{isBase64Encoded, statusCode, headers, body}` (seed 000, "Step 5: View the result"), and when
 * isBase64Encoded is true its body is shown decoded too.
 */
export interface ResponseEnvelope {
  statusCode: string
  isBase64Encoded: boolean
  /** The body as returned (a string, or JSON for an object body like the seed's sample). */
  body: string
  /** The decoded body when isBase64Encoded is true and it decodes to UTF-8 text. */
  decodedBody: string | null
}

export interface InterpretedBody {
  /** The body as text, pretty-printed when it is JSON. */
  display: string
  isJson: boolean
  envelope: ResponseEnvelope | null
  /** For a failed invocation: the error JSON's errorMessage (seed 004 error format). */
  errorMessage: string | null
}

function prettyIfJson(text: string): { text: string; isJson: boolean; value: unknown } {
  try {
    const value: unknown = JSON.parse(text)
    return { text: JSON.stringify(value, null, 2), isJson: true, value }
  } catch {
    return { text, isJson: false, value: undefined }
  }
}

/** The Python sample returns "true"/"false" strings (seed 000): accept both spellings. */
function truthy(value: unknown): boolean {
  return value === true || value === 'true'
}

function asEnvelope(value: unknown): ResponseEnvelope | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null
  const v = value as Record<string, unknown>
  if (!('statusCode' in v) || !('body' in v)) return null
  const isBase64Encoded = truthy(v.isBase64Encoded)
  const body = typeof v.body === 'string' ? v.body : JSON.stringify(v.body, null, 2)
  let decodedBody: string | null = null
  if (isBase64Encoded && typeof v.body === 'string') {
    const decoded = decodeBase64Utf8(v.body)
    decodedBody = decoded === null ? null : prettyIfJson(decoded).text
  }
  return { statusCode: String(v.statusCode), isBase64Encoded, body, decodedBody }
}

export function interpretBody(text: string, failed: boolean): InterpretedBody {
  const pretty = prettyIfJson(text)
  let errorMessage: string | null = null
  if (failed && pretty.value && typeof pretty.value === 'object') {
    const message = (pretty.value as Record<string, unknown>).errorMessage
    if (typeof message === 'string') errorMessage = message
  }
  return {
    display: pretty.text,
    isJson: pretty.isJson,
    envelope: failed ? null : asEnvelope(pretty.value),
    errorMessage,
  }
}
