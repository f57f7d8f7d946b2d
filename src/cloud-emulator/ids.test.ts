import { describe, expect, it } from 'vitest'
import { randomIds } from './ids'

describe('randomIds', () => {
  it('gives exactly the hex digits asked for, odd counts included', () => {
    for (const count of [1, 8, 12, 24, 31, 40, 60])
      expect(randomIds.hex(count)).toMatch(new RegExp(`^[0-9a-f]{${count}}$`))
  })

  it('does not repeat itself across many ids (the block of random bytes is refilled, not reused)', () => {
    // 2000 ids of 24 digits draw 24 KB: several refills of the 4 KB block.
    const ids = new Set(Array.from({ length: 2000 }, () => randomIds.hex(24)))
    expect(ids.size).toBe(2000)
  })

  it('serves a request larger than its block', () => {
    expect(randomIds.hex(10_000)).toMatch(/^[0-9a-f]{10000}$/)
  })

  it('uses every hex digit', () => {
    const digits = new Set(randomIds.hex(4000))
    expect(digits.size).toBe(16)
  })
})
