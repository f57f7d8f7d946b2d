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

export const randomIds: IdSource = {
  hex(count) {
    const bytes = new Uint8Array(Math.ceil(count / 2))
    crypto.getRandomValues(bytes)
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))
      .join('')
      .slice(0, count)
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

export function fcRequestId(ids: IdSource, clock: Clock): string {
  const seconds = Math.floor(clock.now() / 1000)
    .toString(16)
    .padStart(8, '0')
  return `1-${seconds}-${ids.hex(24)}`
}

export function popRequestId(ids: IdSource): string {
  return ids.uuid().toUpperCase()
}
