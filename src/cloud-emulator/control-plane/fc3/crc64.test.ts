import { describe, expect, it } from 'vitest'
import { crc64 } from './crc64'

const ascii = (text: string) => new TextEncoder().encode(text)

describe('crc64 (CRC-64/ECMA-182, as FC and OSS report it)', () => {
  it('matches the catalogued check value for "123456789" (CRC-64/XZ: 0x995DC9BBDF1939FA)', () => {
    expect(crc64(ascii('123456789'))).toBe(0x995dc9bbdf1939fan.toString())
    expect(crc64(ascii('123456789'))).toBe('11051210869376104954')
  })

  it('is 0 for no bytes (initial value and final XOR cancel out)', () => {
    expect(crc64(new Uint8Array())).toBe('0')
  })

  it('agrees with a bit-by-bit BigInt reference on arbitrary bytes', () => {
    const reference = (bytes: Uint8Array) => {
      let crc = 0xffffffffffffffffn
      for (const byte of bytes) {
        crc ^= BigInt(byte)
        for (let bit = 0; bit < 8; bit++) crc = crc & 1n ? (crc >> 1n) ^ 0xc96c5795d7870f42n : crc >> 1n
      }
      return (crc ^ 0xffffffffffffffffn).toString()
    }
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 131 + 7) & 0xff)
    expect(crc64(bytes)).toBe(reference(bytes))
  })
})
