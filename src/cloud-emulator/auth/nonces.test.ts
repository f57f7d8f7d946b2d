import { describe, expect, it } from 'vitest'
import { createNonceMemory, REPLAY_WINDOW_MS } from './nonces'

describe('nonce memory', () => {
  it('refuses a nonce inside the window and accepts it again after', () => {
    const nonces = createNonceMemory()
    expect(nonces.remember('a', 0)).toBe(true)
    expect(nonces.remember('a', REPLAY_WINDOW_MS - 1)).toBe(false)
    expect(nonces.remember('a', REPLAY_WINDOW_MS)).toBe(true)
  })

  it('stays bounded: expired entries go, and past the cap the oldest go first', () => {
    const nonces = createNonceMemory(1000, 100)
    for (let i = 0; i < 1000; i++) nonces.remember(`n${i}`, i % 10)
    expect(nonces.size).toBeLessThanOrEqual(100)
    expect(nonces.remember('n999', 9)).toBe(false) // the newest are kept
    nonces.remember('late', 5000)
    expect(nonces.size).toBe(1) // everything older than the window is gone
  })
})
