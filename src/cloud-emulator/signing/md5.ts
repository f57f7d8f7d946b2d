/**
 * MD5 (RFC 1321), because Web Crypto has none and two signatures need it: the gateway's
 * `Content-MD5` = Base64(MD5(body)) (reference §2d) and FC 2016-08-15's `content-md5`, which the Node
 * SDK sends as Base64 of the *hex* digest (§2c quirk). Not for security, only for these checksums.
 */
import { toBase64, toHex, utf8 } from './encoding'

// Per-round shift amounts and the sine-derived constants of RFC 1321 §3.4.
const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]
const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0)

export function md5(input: string | Uint8Array): Uint8Array {
  const data = typeof input === 'string' ? utf8(input) : input
  // Padding: 0x80, zeros to 56 mod 64, then the bit length as a 64-bit little-endian integer.
  const length = ((data.length + 8) >>> 6) * 64 + 64
  const buffer = new Uint8Array(length)
  buffer.set(data)
  buffer[data.length] = 0x80
  const view = new DataView(buffer.buffer)
  const bits = data.length * 8
  view.setUint32(length - 8, bits >>> 0, true)
  view.setUint32(length - 4, Math.floor(bits / 2 ** 32), true)

  let a0 = 0x67452301
  let b0 = 0xefcdab89
  let c0 = 0x98badcfe
  let d0 = 0x10325476
  const m = new Uint32Array(16)
  for (let offset = 0; offset < length; offset += 64) {
    for (let i = 0; i < 16; i++) m[i] = view.getUint32(offset + i * 4, true)
    let a = a0
    let b = b0
    let c = c0
    let d = d0
    for (let i = 0; i < 64; i++) {
      let f: number
      let g: number
      if (i < 16) {
        f = (b & c) | (~b & d)
        g = i
      } else if (i < 32) {
        f = (d & b) | (~d & c)
        g = (5 * i + 1) % 16
      } else if (i < 48) {
        f = b ^ c ^ d
        g = (3 * i + 5) % 16
      } else {
        f = c ^ (b | ~d)
        g = (7 * i) % 16
      }
      const sum = (a + f + K[i]! + m[g]!) >>> 0
      const shift = S[(i >>> 4) * 4 + (i % 4)]!
      a = d
      d = c
      c = b
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) >>> 0
    }
    a0 = (a0 + a) >>> 0
    b0 = (b0 + b) >>> 0
    c0 = (c0 + c) >>> 0
    d0 = (d0 + d) >>> 0
  }
  const out = new Uint8Array(16)
  const outView = new DataView(out.buffer)
  for (const [i, word] of [a0, b0, c0, d0].entries()) outView.setUint32(i * 4, word, true)
  return out
}

/** `Content-MD5` as HTTP (RFC 1864) and the gateway define it: Base64 of the 16 digest bytes. */
export const contentMd5 = (body: string | Uint8Array): string => toBase64(md5(body))

/** The hex digest. */
export const md5Hex = (body: string | Uint8Array): string => toHex(md5(body))
