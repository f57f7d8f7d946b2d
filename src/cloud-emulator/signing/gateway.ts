/**
 * The API Gateway data plane's app signature (`X-Ca-Signature`), which callers of a published API
 * compute with their AppKey/AppSecret (reference §2d; aliyun-api-gateway `lib/client.js`, the Java
 * demo `SignUtil`, and the edge cases of `fixtures/gateway-signature-vectors.higress.json`).
 *
 *   StringToSign = METHOD \n Accept \n Content-MD5 \n Content-Type \n Date \n Headers PathAndParameters
 *   Headers      = for each name declared in X-Ca-Signature-Headers, sorted: name + ":" + value + "\n"
 *   Signature    = Base64(HMAC-SHA256 | HMAC-SHA1(AppSecret, StringToSign))
 *
 * The gateway tolerates a few historical client variants besides the canonical form; `verifyGateway`
 * accepts exactly those the vectors show the gateway accepting (and none of its negatives), and reports
 * the canonical string — the one the real gateway puts in `X-Ca-Error-Message` — when none matches.
 */
import { constantTimeEqual, type HmacHash, hmac, type MaybePromise } from './crypto'
import { byCodeUnit, formDecode, percentDecode, rawPairs, sortByCodeUnit } from './encoding'
import { contentMd5 } from './md5'

export type GatewaySignatureMethod = 'HmacSHA256' | 'HmacSHA1'

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded'

export interface GatewayParts {
  method: string
  /** the path as sent (percent-encoded), without the query */
  path: string
  /** the query as sent, with or without `?` */
  search: string
  /** header name (any case) → value */
  headers: Record<string, string>
  /**
   * Set when `headers` is already a null-prototype record with lower-case names (the gateway's
   * HeaderRecord): it is read as it is instead of through a lower-cased copy.
   */
  lowerCaseNames?: boolean
  /** the body text; its parameters are signed only for form content types */
  body?: string
}

interface Variant {
  /** header names as declared in X-Ca-Signature-Headers, or lower-cased */
  names: 'declared' | 'lower'
  /** parameter values URL-decoded, or as they travelled */
  values: 'decoded' | 'raw'
  /** `k=` kept for an empty value (else just `k`) */
  emptyEquals: boolean
  /** the Content-Type slot: X-Ca-Signed-Content-Type when present, or always the actual Content-Type */
  contentType: 'signed' | 'actual'
  /** the path as sent, or UTF-8-decoded (`%2F` and `%5C` stay encoded) */
  path: 'raw' | 'decoded'
}

const CANONICAL: Variant = {
  names: 'declared',
  values: 'decoded',
  emptyEquals: false,
  contentType: 'signed',
  path: 'raw',
}

/**
 * Candidates in the order they are tried. Vectors: `decoded_path_query_form` (decoded path),
 * `legacy_empty_value_with_equals` / `form_empty_value_with_equals` (`k=` kept), `raw_plus_compat`
 * (raw values), `raw_plus_literal_lowercase_header` / `actual_content_type_lowercase_header` (Higress'
 * "current" form: lower-cased names, raw values, the actual Content-Type).
 */
const TOLERATED: Variant[] = [
  { ...CANONICAL, path: 'decoded' },
  { ...CANONICAL, emptyEquals: true },
  { ...CANONICAL, values: 'raw', emptyEquals: true },
  { names: 'lower', values: 'raw', emptyEquals: true, contentType: 'actual', path: 'raw' },
]

/** Header values by lower-case name. */
interface Lookup {
  get(name: string): string | undefined
}

function lowerMap(headers: Record<string, string>): Lookup {
  const lower = new Map<string, string>()
  for (const name in headers) lower.set(name.toLowerCase(), headers[name]!)
  return lower
}

class RecordLookup implements Lookup {
  constructor(private readonly record: Record<string, string>) {}
  get(name: string): string | undefined {
    return this.record[name]
  }
}

function lookupOf(parts: GatewayParts): Lookup {
  return parts.lowerCaseNames ? new RecordLookup(parts.headers) : lowerMap(parts.headers)
}

/** The UTF-8-decoded path, keeping `%2F` and `%5C` encoded (they would change the path's meaning). */
function decodePath(path: string): string {
  return path
    .split(/(%2F|%5C)/i)
    .map((piece, i) => (i % 2 === 1 ? piece : percentDecode(piece)))
    .join('')
}

interface Param {
  name: string
  value: string
  hasValue: boolean
}

function parameters(parts: GatewayParts, lower: Lookup, variant: Variant): Param[] {
  const isForm = (lower.get('content-type') ?? '').toLowerCase().startsWith(FORM_CONTENT_TYPE)
  // Most calls have neither a query nor a form body.
  if (!isForm && (parts.search === '' || parts.search === '?')) return []
  const decode = (s: string) => (variant.values === 'decoded' ? formDecode(s) : s)
  const query = rawPairs(parts.search).map((p) => ({ ...p, name: decode(p.name), value: decode(p.value) }))
  // A bare form name is kept as it came (vector `bare_form_name_preserved`).
  const form = isForm
    ? rawPairs(parts.body ?? '').map((p) =>
        p.hasValue ? { ...p, name: decode(p.name), value: decode(p.value) } : p,
      )
    : []
  // A repeated name keeps its first value; the query comes first (vector `query_and_form_canonicalization`).
  const seen = new Map<string, Param>()
  for (const p of [...query, ...form]) if (!seen.has(p.name)) seen.set(p.name, p)
  return [...seen.values()].sort((a, b) => byCodeUnit(a.name, b.name))
}

/** The names declared in `X-Ca-Signature-Headers`, in the order they are signed. */
export function declaredHeaderNames(headers: Record<string, string>): string[] {
  return declaredIn(lowerMap(headers))
}

function declaredIn(lower: Lookup): string[] {
  return [...declaredLists(lower).declared]
}

/**
 * The names an `X-Ca-Signature-Headers` value declares: as declared, and sorted as each variant signs
 * them, each with the lower-case name its value is read by. A caller sends the same value on every call,
 * so they are worked out once per distinct value (bounded, as callers choose them); reading the values by
 * the same name strings each call also spares V8 looking fresh strings up in its string table.
 */
interface DeclaredLists {
  declared: readonly string[]
  /** [name as signed, lower-case name] in signing order, for `names: 'declared'` */
  asDeclared: readonly (readonly [string, string])[]
  /** the same for `names: 'lower'` */
  asLower: readonly (readonly [string, string])[]
}

const declaredCache = new Map<string, DeclaredLists>()
const NO_DECLARED = ''

function declaredLists(lower: Lookup): DeclaredLists {
  return listsFor(lower.get('x-ca-signature-headers') ?? NO_DECLARED)
}

/** The names an `X-Ca-Signature-Headers` value declares, as declared (what a trace shows). */
export function declaredNamesOf(value: string): string[] {
  return [...listsFor(value).declared]
}

function listsFor(value: string): DeclaredLists {
  let lists = declaredCache.get(value)
  if (!lists) {
    const declared: string[] = []
    for (const piece of value.split(',')) {
      const name = piece.trim()
      if (name !== '') declared.push(name)
    }
    const signing = (names: string[]) =>
      sortByCodeUnit(names).map((name) => [name, name.toLowerCase()] as const)
    lists = {
      declared,
      asDeclared: signing([...declared]),
      asLower: signing(declared.map((name) => name.toLowerCase())),
    }
    if (declaredCache.size >= 64) declaredCache.clear()
    declaredCache.set(value, lists)
  }
  return lists
}

/**
 * Built by concatenation, with the declared names worked out once per distinct declaration
 * (`declaredLists`): this runs on every signed data-plane call, where arrays mapped, sorted and joined per
 * line showed in the profile.
 */
function stringToSignFor(
  parts: GatewayParts,
  variant: Variant,
  lower: Lookup = lookupOf(parts),
  declared: DeclaredLists = declaredLists(lower),
): string {
  const signedContentType = lower.get('x-ca-signed-content-type')
  const contentType =
    variant.contentType === 'signed' && signedContentType !== undefined
      ? signedContentType
      : (lower.get('content-type') ?? '')
  let headerLines = ''
  for (const [name, lowerName] of variant.names === 'lower' ? declared.asLower : declared.asDeclared)
    headerLines += `${name}:${lower.get(lowerName) ?? ''}\n`
  let params = ''
  for (const p of parameters(parts, lower, variant)) {
    if (params !== '') params += '&'
    params +=
      p.value !== '' ? `${p.name}=${p.value}` : variant.emptyEquals && p.hasValue ? `${p.name}=` : p.name
  }
  const path = variant.path === 'decoded' ? decodePath(parts.path) : parts.path
  return `${parts.method.toUpperCase()}\n${lower.get('accept') ?? ''}\n${lower.get('content-md5') ?? ''}\n${contentType}\n${lower.get('date') ?? ''}\n${headerLines}${path}${params ? `?${params}` : ''}`
}

/** The canonical string to sign, as the gateway computes it. */
export function gatewayStringToSign(parts: GatewayParts): string {
  return stringToSignFor(parts, CANONICAL)
}

/** How the gateway prints its string to sign in `X-Ca-Error-Message`: line feeds as `#` (reference §2d). */
export function gatewayErrorStringToSign(stringToSign: string): string {
  return stringToSign.replace(/\n/g, '#')
}

export function gatewayHash(method: string | undefined): HmacHash | null {
  if (method === undefined || method === '' || method === 'HmacSHA256') return 'SHA-256'
  return method === 'HmacSHA1' ? 'SHA-1' : null
}

export function gatewaySignature(
  stringToSign: string,
  appSecret: string,
  hash: HmacHash,
): MaybePromise<string> {
  return hmac(hash, appSecret, stringToSign, 'base64')
}

export interface GatewayVerdict {
  ok: boolean
  stringToSign: string
}

/**
 * Checks `X-Ca-Signature` against the AppSecret, trying the canonical form then the tolerated variants.
 * `stringToSign` is always the canonical one. An unknown `X-Ca-Signature-Method` never matches.
 *
 * A verdict, or a promise of one: with a synchronous crypto backend (node:crypto, the local cloud) a
 * correctly signed call is checked without a promise — the data plane does this on every call. Await it.
 */
export function verifyGateway(parts: GatewayParts, appSecret: string): MaybePromise<GatewayVerdict> {
  const lower = lookupOf(parts)
  const declared = declaredLists(lower)
  const stringToSign = stringToSignFor(parts, CANONICAL, lower, declared)
  const hash = gatewayHash(lower.get('x-ca-signature-method'))
  const provided = lower.get('x-ca-signature') ?? ''
  if (!hash || provided === '') return { ok: false, stringToSign }
  const verdictFor = (signature: string) =>
    constantTimeEqual(signature, provided)
      ? { ok: true, stringToSign }
      : tolerated(parts, lower, declared, stringToSign, { appSecret, hash, provided })
  const canonical = gatewaySignature(stringToSign, appSecret, hash)
  return typeof canonical === 'string' ? verdictFor(canonical) : canonical.then(verdictFor)
}

/** Only a signature that fails the canonical form pays for the tolerated ones. */
async function tolerated(
  parts: GatewayParts,
  lower: Lookup,
  declared: DeclaredLists,
  stringToSign: string,
  key: { appSecret: string; hash: HmacHash; provided: string },
): Promise<GatewayVerdict> {
  const tried = new Set<string>([stringToSign])
  for (const variant of TOLERATED) {
    const candidate = stringToSignFor(parts, variant, lower, declared)
    if (tried.has(candidate)) continue
    tried.add(candidate)
    if (constantTimeEqual(await gatewaySignature(candidate, key.appSecret, key.hash), key.provided))
      return { ok: true, stringToSign }
  }
  return { ok: false, stringToSign }
}

export interface GatewaySignInput {
  method: string
  path: string
  search: string
  /** the request's own headers (content-type, accept, custom ones) */
  headers: Record<string, string>
  body?: string | Uint8Array
  appKey: string
  appSecret: string
  /** `X-Ca-Stage`: TEST / PRE / RELEASE; omitted → the gateway's default, RELEASE */
  stage?: string
  signatureMethod?: GatewaySignatureMethod
  now: number
  nonce: string
  /** further header names to sign besides every `x-ca-*` one */
  signHeaders?: readonly string[]
}

/**
 * Signs like the official Node SDK: lower-case names, every `x-ca-*` header signed, `Accept` defaulted
 * to `application/json` (clients that leave it to `*\/*` break their signature, §2d), `Content-MD5` for
 * bodies that are not forms. Returns the headers to add.
 */
export async function signGateway(
  input: GatewaySignInput,
): Promise<{ headers: Record<string, string>; stringToSign: string }> {
  const own = Object.fromEntries(Object.entries(input.headers).map(([k, v]) => [k.toLowerCase(), v]))
  const added: Record<string, string> = {
    'x-ca-key': input.appKey,
    'x-ca-timestamp': String(input.now),
    'x-ca-nonce': input.nonce,
  }
  if (input.stage) added['x-ca-stage'] = input.stage
  if (input.signatureMethod) added['x-ca-signature-method'] = input.signatureMethod
  if (own.accept === undefined) added.accept = 'application/json'
  const body = input.body ?? ''
  const bodyText = typeof body === 'string' ? body : new TextDecoder().decode(body)
  const isForm = (own['content-type'] ?? '').toLowerCase().startsWith(FORM_CONTENT_TYPE)
  if (body.length > 0 && !isForm && own['content-md5'] === undefined) added['content-md5'] = contentMd5(body)
  const all = { ...own, ...added }
  const extra = new Set((input.signHeaders ?? []).map((n) => n.toLowerCase()))
  const names = Object.keys(all)
    .filter((n) => n.startsWith('x-ca-') || extra.has(n))
    .sort(byCodeUnit)
  added['x-ca-signature-headers'] = names.join(',')
  const parts: GatewayParts = {
    method: input.method,
    path: input.path,
    search: input.search,
    headers: { ...all, 'x-ca-signature-headers': added['x-ca-signature-headers'] },
    body: bodyText,
  }
  const stringToSign = gatewayStringToSign(parts)
  const hash = gatewayHash(input.signatureMethod) ?? 'SHA-256'
  added['x-ca-signature'] = await gatewaySignature(stringToSign, input.appSecret, hash)
  return { headers: added, stringToSign }
}
