/**
 * Byte and text encodings shared by the four signature algorithms (reference §2). Web standards only
 * (TextEncoder, btoa, atob), so the same code runs in the browser, in workers and in Node.
 */

const encoder = new TextEncoder()

export function utf8(text: string): Uint8Array {
  return encoder.encode(text)
}

/**
 * RFC 3986 percent-encoding as Alibaba Cloud's POP signatures use it (reference §2a; pop-core
 * `lib/rpc.js` `encode`, openapi-util `encode`): `encodeURIComponent`, then the five characters it
 * leaves alone but RFC 3986 reserves — `! ' ( ) *` — encoded too. `~` stays `~`, space is `%20`
 * (never `+`). Values containing `!*'()~` are the classic cause of SignatureDoesNotMatch (§4 item 13).
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

/** Decodes `%XX` sequences; a malformed sequence leaves the text as it came (never throws). */
export function percentDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** `application/x-www-form-urlencoded` decoding: `+` is a space, then `%XX`. */
export function formDecode(value: string): string {
  return percentDecode(value.replace(/\+/g, ' '))
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'))

export function toHex(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]!]
  return out
}

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Splits a raw query string (`a=1&b&c=`) into raw [name, value] pairs; `hasValue` tells `b` from `b=`. */
export function rawPairs(query: string): { name: string; value: string; hasValue: boolean }[] {
  const text = query.startsWith('?') ? query.slice(1) : query
  if (text === '') return []
  return text
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=')
      return eq < 0
        ? { name: part, value: '', hasValue: false }
        : { name: part.slice(0, eq), value: part.slice(eq + 1), hasValue: true }
    })
}

/** Byte-order comparison for sorting names, as the signers' `Array.prototype.sort()` does for ASCII. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Sorts strings in place by code unit, as `sort()` without a comparator (and byCodeUnit) does. A signer
 * sorts a handful of header names per request, and `Array.prototype.sort` sets up TimSort's work arrays
 * even for six (~1 KB of garbage and a few thousand instructions per V3 signature, bench
 * `proxy.signed`): short lists get an insertion sort, long ones `sort()`.
 */
export function sortByCodeUnit(list: string[]): string[] {
  if (list.length > 16) return list.sort()
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!
    let j = i - 1
    for (; j >= 0 && list[j]! > item; j--) list[j + 1] = list[j]!
    list[j + 1] = item
  }
  return list
}
