/**
 * Signature nonces seen within the replay window (POP: a reused `SignatureNonce` /
 * `x-acs-signature-nonce` is `SignatureNonceUsed`, reference §2a). Bounded twice: entries expire with
 * the window, and past `maxEntries` the oldest go first — a flood of unique nonces cannot grow the
 * memory without limit (at worst it shortens how long a nonce is remembered).
 */
export const REPLAY_WINDOW_MS = 15 * 60 * 1000

export interface NonceMemory {
  /** Records the nonce; false when it was already seen within the 15-minute span. */
  remember(nonce: string, now: number): boolean
  readonly size: number
}

export function createNonceMemory(windowMs = REPLAY_WINDOW_MS, maxEntries = 100_000): NonceMemory {
  // Insertion order is arrival order, so the first entries are always the oldest.
  const seen = new Map<string, number>()
  const prune = (now: number) => {
    for (const [nonce, expiresAt] of seen) {
      if (expiresAt > now && seen.size < maxEntries) break
      seen.delete(nonce)
    }
  }
  return {
    remember(nonce, now) {
      prune(now)
      const expiresAt = seen.get(nonce)
      if (expiresAt !== undefined && expiresAt > now) return false
      seen.delete(nonce)
      seen.set(nonce, now + windowMs)
      return true
    },
    get size() {
      return seen.size
    },
  }
}
