/**
 * ACS3-HMAC-SHA256 ("V3"), the signature of the current official SDKs: CloudAPI 2016-07-14 through
 * `@alicloud/cloudapi20160714` and Function Compute 3.0 through `@alicloud/fc20230330` (reference §2b;
 * openapi-core `utils.js` `getAuthorization`, `doRequest`).
 *
 *   CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n HashedPayload
 *   StringToSign     = "ACS3-HMAC-SHA256\n" + hex(SHA256(CanonicalRequest))
 *   Signature        = hex(HMAC-SHA256(AccessKeySecret, StringToSign))
 *   Authorization: ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<a;b>,Signature=<hex>
 *
 * Signing and verifying share every function below, from the raw request parts (path and query as
 * they travel), so a request the proxy signs is one the local cloud accepts and vice versa.
 */
import { type AccessKey, formatIsoSeconds } from './credentials'
import { constantTimeEqual, hmac, sha256Hex } from './crypto'
import { byCodeUnit, formDecode, percentEncode, rawPairs, sortByCodeUnit } from './encoding'

export const ACS3 = 'ACS3-HMAC-SHA256'

/**
 * The path as sent, with the SDK's three fix-ups (`+` → `%20`, `*` → `%2A`, `%7E` → `~`), which
 * turn its percent-encoding into RFC 3986's. One pass does all three: no fix-up yields another's input.
 */
export function acs3CanonicalUri(rawPath: string): string {
  if (rawPath === '') return '/'
  if (!NEEDS_FIXUP.test(rawPath)) return rawPath
  return rawPath.replace(URI_FIXUPS, (m) => (m === '+' ? '%20' : m === '*' ? '%2A' : '~'))
}

const NEEDS_FIXUP = /[+*%]/
const URI_FIXUPS = /[+*]|%7e/gi

/**
 * A name or value made only of RFC 3986 unreserved characters is its own canonical form: formDecode
 * leaves it alone (no `+`, no `%`) and percentEncode escapes none of it. Most queries are all such,
 * and skipping the decode/encode round trip keeps the proxy's per-call signing cheap (bench `proxy.signed`).
 */
const UNRESERVED = /^[A-Za-z0-9._~-]*$/
const canonicalComponent = (raw: string) => (UNRESERVED.test(raw) ? raw : percentEncode(formDecode(raw)))

/** `limit=20`, the console's commonest query: one such pair is canonical as it is (nothing to sort either). */
const ONE_UNRESERVED_PAIR = /^[A-Za-z0-9._~-]+=[A-Za-z0-9._~-]*$/

/**
 * `k=v` pairs, decoded and re-encoded with percentEncode, sorted by name (then value, for repeated
 * names), an empty or missing value giving `k=` (the SDK's `getAuthorizationQueryString`). Re-encoding
 * makes the result independent of how the client escaped the query (`%20` or `+`, `%7E` or `~`).
 */
export function acs3CanonicalQuery(rawSearch: string): string {
  const text = rawSearch.startsWith('?') ? rawSearch.slice(1) : rawSearch
  if (ONE_UNRESERVED_PAIR.test(text)) return text
  const pairs = rawPairs(text).map(
    ({ name, value }) => [canonicalComponent(name), canonicalComponent(value)] as const,
  )
  if (pairs.length > 1) pairs.sort(([a, av], [b, bv]) => byCodeUnit(a, b) || byCodeUnit(av, bv))
  return pairs.map(([name, value]) => `${name}=${value}`).join('&')
}

/** Headers the V3 signers sign: `x-acs-*`, `host` and `content-type` (openapi-core `getAuthorizationHeaders`). */
export const isAcs3SignedHeader = (lowerName: string) =>
  lowerName.startsWith('x-acs-') || lowerName === 'host' || lowerName === 'content-type'

export interface Acs3Parts {
  method: string
  /** path as sent, e.g. `/2023-03-30/functions/demo` or `/` */
  path: string
  /** query as sent, with or without the `?` */
  search: string
  /** header name (any case) → value; a repeated header already joined */
  headers: Record<string, string>
  /** hex(SHA-256(body)) */
  hashedPayload: string
}

export function acs3CanonicalRequest(
  parts: Acs3Parts,
  signedHeaders: readonly string[],
): { canonicalRequest: string; signedHeaders: string[] } {
  const names = sortByCodeUnit([...new Set(signedHeaders.map((n) => n.toLowerCase()))])
  const { canonicalRequest } = canonicalRequestOf(parts, names, lowerCaseHeaders(parts.headers))
  return { canonicalRequest, signedHeaders: names }
}

/** name → value with lower-case names; of names differing only in case, the last one wins. */
function lowerCaseHeaders(headers: Record<string, string>, only?: (lowerName: string) => boolean) {
  const lower = new Map<string, string>()
  for (const name of Object.keys(headers)) {
    const lowerName = name.toLowerCase()
    if (!only || only(lowerName)) lower.set(lowerName, headers[name]!)
  }
  return lower
}

/** `names`: lower-case, unique and sorted; returns the canonical request and `SignedHeaders`. */
function canonicalRequestOf(
  parts: Omit<Acs3Parts, 'headers'>,
  names: readonly string[],
  lower: ReadonlyMap<string, string>,
): { canonicalRequest: string; signedHeaders: string } {
  let canonicalHeaders = ''
  let signedHeaders = ''
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!
    canonicalHeaders += `${name}:${(lower.get(name) ?? '').trim()}\n`
    signedHeaders += i === 0 ? name : `;${name}`
  }
  const canonicalRequest = `${parts.method.toUpperCase()}\n${acs3CanonicalUri(parts.path)}\n${acs3CanonicalQuery(parts.search)}\n${canonicalHeaders}\n${signedHeaders}\n${parts.hashedPayload}`
  return { canonicalRequest, signedHeaders }
}

export async function acs3StringToSign(canonicalRequest: string): Promise<string> {
  return `${ACS3}\n${await sha256Hex(canonicalRequest)}`
}

export async function acs3Signature(stringToSign: string, accessKeySecret: string): Promise<string> {
  return hmac('SHA-256', accessKeySecret, stringToSign, 'hex')
}

export interface Acs3SignInput {
  method: string
  path: string
  search: string
  /** the request's headers so far; must include `host` */
  headers: Record<string, string>
  body: Uint8Array
  key: AccessKey
  now: number
  nonce: string
  /** `x-acs-action` / `x-acs-version`, for RPC APIs (CloudAPI) and what the FC3 SDK sends */
  action?: string
  version?: string
}

/**
 * Returns the headers to add (lower-case names): x-acs-date, x-acs-signature-nonce,
 * x-acs-content-sha256, [x-acs-action, x-acs-version], [x-acs-security-token + x-acs-accesskey-id],
 * authorization — the set openapi-core's `doRequest` adds.
 */
export async function signAcs3(
  input: Acs3SignInput,
): Promise<{ headers: Record<string, string>; stringToSign: string }> {
  // A synchronous backend (node:crypto) answers with a string: use it without an await, each of which
  // costs a promise and a microtask turn per signature (bench `proxy.signed`); Web Crypto's is awaited.
  const payloadHash = sha256Hex(input.body)
  const hashedPayload = typeof payloadHash === 'string' ? payloadHash : await payloadHash
  const added: Record<string, string> = {
    'x-acs-date': formatIsoSeconds(input.now),
    'x-acs-signature-nonce': input.nonce,
    'x-acs-content-sha256': hashedPayload,
  }
  if (input.action) added['x-acs-action'] = input.action
  if (input.version) added['x-acs-version'] = input.version
  if (input.key.securityToken) {
    added['x-acs-accesskey-id'] = input.key.accessKeyId
    added['x-acs-security-token'] = input.key.securityToken
  }
  // Every signable header of the request, with ours on top.
  const headers = lowerCaseHeaders(input.headers, isAcs3SignedHeader)
  for (const name of Object.keys(added)) headers.set(name, added[name]!)
  const { canonicalRequest, signedHeaders } = canonicalRequestOf(
    { method: input.method, path: input.path, search: input.search, hashedPayload },
    sortByCodeUnit([...headers.keys()]),
    headers,
  )
  // acs3StringToSign and acs3Signature inline, awaiting only a promise, as above.
  const requestHash = sha256Hex(canonicalRequest)
  const stringToSign = `${ACS3}\n${typeof requestHash === 'string' ? requestHash : await requestHash}`
  const mac = hmac('SHA-256', input.key.accessKeySecret, stringToSign, 'hex')
  const signature = typeof mac === 'string' ? mac : await mac
  added.authorization = `${ACS3} Credential=${input.key.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`
  return { headers: added, stringToSign }
}

export interface Acs3Authorization {
  accessKeyId: string
  signedHeaders: string[]
  signature: string
}

/** Parses `ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…`; null when malformed. */
export function parseAcs3Authorization(header: string): Acs3Authorization | null {
  if (!header.startsWith(`${ACS3} `)) return null
  const fields = new Map<string, string>()
  for (const part of header.slice(ACS3.length + 1).split(',')) {
    const eq = part.indexOf('=')
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim())
  }
  const accessKeyId = fields.get('Credential')
  const signedHeaders = fields.get('SignedHeaders')
  const signature = fields.get('Signature')
  if (!accessKeyId || signedHeaders === undefined || !signature) return null
  return { accessKeyId, signedHeaders: signedHeaders.split(';').filter(Boolean), signature }
}

/** Recomputes the signature of a received request; `parts.hashedPayload` is the server's own hash of the body. */
export async function verifyAcs3(
  parts: Acs3Parts,
  authorization: Acs3Authorization,
  accessKeySecret: string,
): Promise<{ ok: boolean; stringToSign: string; canonicalRequest: string }> {
  const { canonicalRequest } = acs3CanonicalRequest(parts, authorization.signedHeaders)
  const stringToSign = await acs3StringToSign(canonicalRequest)
  const expected = await acs3Signature(stringToSign, accessKeySecret)
  return { ok: constantTimeEqual(expected, authorization.signature), stringToSign, canonicalRequest }
}
