/**
 * The hashes and MACs the signatures need. By default Web Crypto (`crypto.subtle`), so the browser, the
 * proxy and the local cloud share one implementation (ARCHITECTURE.md: signing/ is Web Crypto). A
 * server may plug in a synchronous backend (`setCryptoBackend`, e.g. node:crypto in server/node-crypto.ts):
 * Node runs each `crypto.subtle` call as a thread-pool job, which costs the proxy ~40% of its throughput
 * at three calls per signed request (bench `proxy.signed`). The algorithms stay here either way.
 * MD5 is not in Web Crypto; ./md5.ts has it.
 */
import { toHex, utf8 } from './encoding'

export type HmacHash = 'SHA-1' | 'SHA-256'

type Bytes = Uint8Array<ArrayBuffer>

export interface CryptoBackend {
  sha256(data: Uint8Array): Uint8Array | Promise<Uint8Array>
  hmac(hash: HmacHash, secret: string, data: Uint8Array): Uint8Array | Promise<Uint8Array>
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
  async sha256(data) {
    return new Uint8Array(await crypto.subtle.digest('SHA-256', data as Bytes))
  },
  async hmac(hash, secret, data) {
    return new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(hash, secret), data as Bytes))
  },
}

let backend: CryptoBackend = webCryptoBackend

/** Replaces the primitives (for the whole process); the default is Web Crypto. */
export function setCryptoBackend(next: CryptoBackend): void {
  backend = next
}

export async function hmac(hash: HmacHash, secret: string, data: string): Promise<Uint8Array> {
  return backend.hmac(hash, secret, asBytes(data))
}

/** hex(SHA-256("")): the x-acs-content-sha256 of an empty body (reference §2b). */
export const EMPTY_SHA256_HEX = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  if (data.length === 0) return EMPTY_SHA256_HEX
  return toHex(await backend.sha256(asBytes(data)))
}

/** Compares two signatures without an early exit, so timing does not reveal how much matched. */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0)
  return diff === 0
}
