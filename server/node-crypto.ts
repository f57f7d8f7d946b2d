/**
 * node:crypto as the signing module's backend (src/cloud-emulator/signing/crypto.ts): the same
 * algorithms, synchronous primitives. `crypto.subtle` in Node queues every call on the thread pool; at
 * three calls per signed request that halved the proxy's throughput (docs/benchmarks.md `proxy.signed`).
 * Installed by the composition roots (server/start.ts, server/local-cloud/main.ts).
 */
import { createHash, createHmac } from 'node:crypto'
import { type CryptoBackend, setCryptoBackend } from '../src/cloud-emulator/signing/crypto.ts'

export const nodeCryptoBackend: CryptoBackend = {
  sha256: (data) => createHash('sha256').update(data).digest(),
  hmac: (hash, secret, data) =>
    createHmac(hash === 'SHA-1' ? 'sha1' : 'sha256', secret)
      .update(data)
      .digest(),
}

export function installNodeCrypto(): void {
  setCryptoBackend(nodeCryptoBackend)
}
