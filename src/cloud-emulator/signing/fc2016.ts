/**
 * Function Compute 2016-08-15: `Authorization: FC <AccessKeyId>:<signature>` (reference §2c; @alicloud/fc2
 * `lib/client.js` `request`/`getSignature`, `lib/helper.js` `composeStringToSign`).
 *
 *   StringToSign = METHOD \n Content-MD5 \n Content-Type \n Date \n CanonicalizedFCHeaders + CanonicalizedResource
 *   Signature    = Base64(HMAC-SHA256(AccessKeySecret, StringToSign))
 *
 * CanonicalizedFCHeaders: every header whose lower-cased name starts with `x-fc-` (the dash matters:
 * `x-fcdummy` is not signed), sorted, `name:value\n`. CanonicalizedResource: the *decoded* path
 * (`/2016-08-15/...`); for HTTP-trigger paths (`/2016-08-15/proxy/...`) followed by `\n` and the query
 * as sorted `k=v` lines, one per value — the SDK signs the query only there (fc-nodejs-sdk PR #24).
 */
import { type AccessKey, formatHttpDate } from './credentials'
import { constantTimeEqual, hmac } from './crypto'
import { byCodeUnit, formDecode, percentDecode, rawPairs } from './encoding'

export const FC2016_PROXY_PREFIX = '/2016-08-15/proxy/'

export interface Fc2016Parts {
  method: string
  /** decoded path including `/2016-08-15` */
  path: string
  /** header name (any case) → value */
  headers: Record<string, string>
  /** decoded query pairs; only signed for HTTP-trigger paths */
  query: readonly (readonly [string, string])[]
}

export function fc2016StringToSign(parts: Fc2016Parts): string {
  const lower = new Map<string, string>()
  for (const [name, value] of Object.entries(parts.headers)) lower.set(name.toLowerCase().trim(), value)
  const fcHeaders = [...lower.keys()]
    .filter((name) => name.startsWith('x-fc-'))
    .sort(byCodeUnit)
    .map((name) => `${name}:${lower.get(name)}\n`)
    .join('')
  let resource = parts.path
  if (parts.path.startsWith(FC2016_PROXY_PREFIX)) {
    const lines = parts.query.map(([k, v]) => `${k}=${v}`).sort(byCodeUnit)
    resource += `\n${lines.join('\n')}`
  }
  return [
    parts.method.toUpperCase(),
    lower.get('content-md5') ?? '',
    lower.get('content-type') ?? '',
    lower.get('date') ?? '',
    fcHeaders + resource,
  ].join('\n')
}

export async function fc2016Signature(stringToSign: string, accessKeySecret: string): Promise<string> {
  return hmac('SHA-256', accessKeySecret, stringToSign, 'base64')
}

/** Splits a raw path + query into the decoded parts the string to sign is built from. */
export function fc2016PathAndQuery(rawPath: string, rawSearch: string) {
  return {
    path: percentDecode(rawPath),
    query: rawPairs(rawSearch).map(({ name, value }) => [formDecode(name), formDecode(value)] as const),
  }
}

export interface Fc2016SignInput {
  method: string
  rawPath: string
  rawSearch: string
  headers: Record<string, string>
  key: AccessKey
  now: number
}

/** Returns the headers to add: date (unless given), [x-fc-security-token], authorization. */
export async function signFc2016(
  input: Fc2016SignInput,
): Promise<{ headers: Record<string, string>; stringToSign: string }> {
  const added: Record<string, string> = {}
  const hasDate = Object.keys(input.headers).some((k) => k.toLowerCase() === 'date')
  if (!hasDate) added.date = formatHttpDate(input.now)
  if (input.key.securityToken) added['x-fc-security-token'] = input.key.securityToken
  const stringToSign = fc2016StringToSign({
    method: input.method,
    headers: { ...input.headers, ...added },
    ...fc2016PathAndQuery(input.rawPath, input.rawSearch),
  })
  const signature = await fc2016Signature(stringToSign, input.key.accessKeySecret)
  added.authorization = `FC ${input.key.accessKeyId}:${signature}`
  return { headers: added, stringToSign }
}

/** Parses `FC <AccessKeyId>:<signature>`; null when malformed. */
export function parseFcAuthorization(header: string): { accessKeyId: string; signature: string } | null {
  const match = /^FC ([^:\s]+):(\S+)$/.exec(header.trim())
  return match ? { accessKeyId: match[1]!, signature: match[2]! } : null
}

export async function verifyFc2016(
  parts: Fc2016Parts,
  signature: string,
  accessKeySecret: string,
): Promise<{ ok: boolean; stringToSign: string }> {
  const stringToSign = fc2016StringToSign(parts)
  const expected = await fc2016Signature(stringToSign, accessKeySecret)
  return { ok: constantTimeEqual(expected, signature), stringToSign }
}
