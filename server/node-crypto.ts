/**
 * node:crypto as the signing module's backend (src/cloud-emulator/signing/crypto.ts): the same
 * algorithms, synchronous primitives. `crypto.subtle` in Node queues every call on the thread pool; at
 * three calls per signed request that halved the proxy's throughput (docs/benchmarks.md `proxy.signed`).
 * Strings go to OpenSSL as they are (UTF-8, as Web Crypto's callers encode them) and the digest comes
 * back already encoded, so no bytes cross into JS. Installed by the composition roots (server/start.ts,
 * server/local-cloud/main.ts).
 */
import { createHmac, hash } from 'node:crypto'
import { type CryptoBackend, setCryptoBackend } from '../src/cloud-emulator/signing/crypto.ts'

export const nodeCryptoBackend: CryptoBackend = {
  // one-shot `hash` (Node ≥ 20.12): no Hash object per call
  sha256Hex: (data) => hash('sha256', data, 'hex'),
  hmac: (algorithm, secret, data, encoding) =>
    createHmac(algorithm === 'SHA-1' ? 'sha1' : 'sha256', secret)
      .update(data)
      .digest(encoding),
}

export function installNodeCrypto(): void {
  setCryptoBackend(nodeCryptoBackend)
}
