/**
 * Injectable id source. Formats follow what the real cloud hands out:
 * - FC 3.0 request ids: `1-64e70cf1-5cbef92ea8fc8c42899cf5d1` (FC3-SDK `models/Error.ts` example):
 *   `1-` + 8 hex digits of the epoch seconds + `-` + 24 random hex digits.
 * - POP (CloudAPI) request ids: upper-case UUIDs (`FF3B7D81-66AE-47E0-BF69-157DCF187514`).
 * - FC function ids: a UUID.
 */
import type { Clock } from './clock'

export interface IdSource {
  /** `count` random hex digits */
  hex(count: number): string
  uuid(): string
}

/** Two hex digits per byte value, so an id is a table walk rather than a `toString(16)` per byte. */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'))

/**
 * Random bytes drawn in blocks: one `getRandomValues` call per id cost ~20% of a warm invocation's CPU
 * (docs/benchmarks.md finding 3: a request id plus three STS-style credentials per invoke, each its own
 * call into the CSPRNG). One 4 KB draw serves ~60 invocations; the bytes are as random, only fetched
 * earlier.
 */
const POOL_BYTES = 4096
const pool = new Uint8Array(POOL_BYTES)
let poolUsed = POOL_BYTES

function randomBytes(count: number): Uint8Array {
  if (count > POOL_BYTES) return crypto.getRandomValues(new Uint8Array(count))
  if (poolUsed + count > POOL_BYTES) {
    crypto.getRandomValues(pool)
    poolUsed = 0
  }
  const bytes = pool.subarray(poolUsed, poolUsed + count)
  poolUsed += count
  return bytes
}

export const randomIds: IdSource = {
  hex(count) {
    const bytes = randomBytes(Math.ceil(count / 2))
    let out = ''
    for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]!]
    return out.length === count ? out : out.slice(0, count)
  },
  uuid: () => crypto.randomUUID(),
}

/** Deterministic ids for tests: a counter rendered as hex. */
export function sequentialIds(): IdSource {
  let n = 0
  const next = (count: number) => (++n).toString(16).padStart(count, '0').slice(-count)
  return {
    hex: next,
    uuid: () => {
      const h = next(32)
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
    },
  }
}

/** The epoch seconds in hex, formatted once a second rather than per request. */
let lastSecond = Number.NaN
let lastSecondHex = ''

export function fcRequestId(ids: IdSource, clock: Clock): string {
  const second = Math.floor(clock.now() / 1000)
  if (second !== lastSecond) {
    lastSecondHex = second.toString(16).padStart(8, '0')
    lastSecond = second
  }
  return `1-${lastSecondHex}-${ids.hex(24)}`
}

export function popRequestId(ids: IdSource): string {
  return ids.uuid().toUpperCase()
}
