/**
 * CRC-64/ECMA-182 as Function Compute and OSS report it (`codeChecksum`, `x-fc-code-checksum`,
 * `x-oss-hash-crc64ecma`): the ECMA-182 polynomial, reflected, initial value and final XOR all ones
 * (the parameters catalogued as CRC-64/XZ; Go's `crc64.Checksum(data, crc64.MakeTable(crc64.ECMA))`),
 * printed as an unsigned decimal string (FC3-SDK `Function.codeChecksum` @example `2825179536350****`).
 *
 * The table is built with BigInt; the per-byte loop works on two 32-bit halves because BigInt
 * arithmetic per byte would make checksumming a multi-megabyte zip take seconds.
 */
const POLY_REFLECTED = 0xc96c5795d7870f42n
const MASK32 = 0xffffffffn

const TABLE_LO = new Uint32Array(256)
const TABLE_HI = new Uint32Array(256)
for (let i = 0; i < 256; i++) {
  let crc = BigInt(i)
  for (let bit = 0; bit < 8; bit++) crc = crc & 1n ? (crc >> 1n) ^ POLY_REFLECTED : crc >> 1n
  TABLE_LO[i] = Number(crc & MASK32)
  TABLE_HI[i] = Number(crc >> 32n)
}

/** CRC-64/ECMA-182 of `bytes` as an unsigned decimal string, e.g. `crc64("123456789") = "11051210869376104954"`. */
export function crc64(bytes: Uint8Array): string {
  let lo = 0xffffffff
  let hi = 0xffffffff
  for (let i = 0; i < bytes.length; i++) {
    const index = (lo ^ (bytes[i] as number)) & 0xff
    // crc = (crc >> 8) ^ table[index], on the two halves
    lo = (((lo >>> 8) | ((hi & 0xff) << 24)) ^ (TABLE_LO[index] as number)) >>> 0
    hi = ((hi >>> 8) ^ (TABLE_HI[index] as number)) >>> 0
  }
  return ((BigInt(~hi >>> 0) << 32n) | BigInt(~lo >>> 0)).toString()
}
