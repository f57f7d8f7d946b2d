/**
 * The hashes and MACs the signatures need. By default Web Crypto (`crypto.subtle`), so the browser, the
 * proxy and the local cloud share one implementation (ARCHITECTURE.md: signing/ is Web Crypto). A
 * server may plug in a synchronous backend (`setCryptoBackend`, e.g. node:crypto in server/node-crypto.ts):
 * Node runs each `crypto.subtle` call as a thread-pool job, which costs the proxy ~40% of its throughput
 * at three calls per signed request (bench `proxy.signed`). The algorithms stay here either way.
 * MD5 is not in Web Crypto; ./md5.ts has it.
 *
 * The backend takes text as it is and returns the encoded digest (every signature wants hex or base64,
 * reference §2), and may answer synchronously: node:crypto then encodes in C++, and a V3 signature pays
 * no TextEncoder, no hex loop in JS and no async wrapper per primitive — a quarter of the proxy's
 * signing CPU when the backend took and returned bytes (bench `proxy.signed`).
 */
import { toBase64, toHex, utf8 } from './encoding'

export type HmacHash = 'SHA-1' | 'SHA-256'
export type DigestEncoding = 'hex' | 'base64'
export type MaybePromise<T> = T | Promise<T>

type Bytes = Uint8Array<ArrayBuffer>

export interface CryptoBackend {
  /** lower-case hex of SHA-256(data); a string is hashed as its UTF-8 bytes */
  sha256Hex(data: string | Uint8Array): MaybePromise<string>
  /** HMAC(secret, data) (both UTF-8), encoded as lower-case hex or base64 */
  hmac(hash: HmacHash, secret: string, data: string, encoding: DigestEncoding): MaybePromise<string>
}

const asBytes = (data: string | Uint8Array): Bytes => (typeof data === 'string' ? utf8(data) : data) as Bytes

// Importing a key is the costly part of a Web Crypto HMAC; the same few secrets sign every request, so
// keep a small cache (bounded: a caller cycling through secrets must not grow it without limit).
const KEY_CACHE_LIMIT = 64
const keyCache = new Map<string, Promise<CryptoKey>>()

function hmacKey(hash: HmacHash, secret: string): Promise<CryptoKey> {
  const cacheKey = `${hash}\u0000${secret}`
  let key = keyCache.get(cacheKey)
  if (!key) {
    key = crypto.subtle.importKey('raw', asBytes(secret), { name: 'HMAC', hash }, false, ['sign'])
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.delete(keyCache.keys().next().value as string)
    keyCache.set(cacheKey, key)
  }
  return key
}

export const webCryptoBackend: CryptoBackend = {
  async sha256Hex(data) {
    return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', asBytes(data))))
  },
  async hmac(hash, secret, data, encoding) {
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(hash, secret), asBytes(data)))
    return encoding === 'hex' ? toHex(mac) : toBase64(mac)
  },
}

let backend: CryptoBackend = webCryptoBackend

/** Replaces the primitives (for the whole process); the default is Web Crypto. */
export function setCryptoBackend(next: CryptoBackend): void {
  backend = next
}

/** HMAC(secret, data), encoded; a value or a promise of one, depending on the backend: await it. */
export function hmac(
  hash: HmacHash,
  secret: string,
  data: string,
  encoding: DigestEncoding,
): MaybePromise<string> {
  return backend.hmac(hash, secret, data, encoding)
}

/** hex(SHA-256("")): the x-acs-content-sha256 of an empty body (reference §2b). */
export const EMPTY_SHA256_HEX = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

/** hex(SHA-256(data)); a value or a promise of one, depending on the backend: await it. */
export function sha256Hex(data: string | Uint8Array): MaybePromise<string> {
  if (data.length === 0) return EMPTY_SHA256_HEX
  return backend.sha256Hex(data)
}

/** Compares two signatures without an early exit, so timing does not reveal how much matched. */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0)
  return diff === 0
}
