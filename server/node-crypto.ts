/**
 * node:crypto as the signing module's backend (src/cloud-emulator/signing/crypto.ts): the same
 * algorithms, synchronous primitives. `crypto.subtle` in Node queues every call on the thread pool; at
 * three calls per signed request that halved the proxy's throughput (docs/benchmarks.md `proxy.signed`).
 * Strings go to OpenSSL as they are (UTF-8, as Web Crypto's callers encode them) and the digest comes
 * back already encoded, so no bytes cross into JS. Installed by the composition roots (server/start.ts,
 * server/local-cloud/main.ts).
 */
import { createHmac, createSecretKey, hash, type KeyObject } from 'node:crypto'
import { type CryptoBackend, setCryptoBackend } from '../src/cloud-emulator/signing/crypto.ts'

// The same few secrets sign every request (an app's AppSecret, the proxy's AccessKey secret): as
// KeyObjects, createHmac skips converting the secret to bytes on each call. Bounded, as callers choose them.
const KEY_CACHE_LIMIT = 64
const keys = new Map<string, KeyObject>()
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret)
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'))
    if (keys.size >= KEY_CACHE_LIMIT) keys.delete(keys.keys().next().value as string)
    keys.set(secret, key)
  }
  return key
}

export const nodeCryptoBackend: CryptoBackend = {
  // one-shot `hash` (Node ≥ 20.12): no Hash object per call
  sha256Hex: (data) => hash('sha256', data, 'hex'),
  hmac: (algorithm, secret, data, encoding) =>
    createHmac(algorithm === 'SHA-1' ? 'sha1' : 'sha256', keyOf(secret))
      .update(data)
      .digest(encoding),
}

export function installNodeCrypto(): void {
  setCryptoBackend(nodeCryptoBackend)
}
