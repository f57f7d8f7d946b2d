/**
 * An AccessKey pair (plus the STS token a temporary key carries), and the time formats the signed
 * headers and parameters use.
 */
export interface AccessKey {
  accessKeyId: string
  accessKeySecret: string
  /** STS security token of a temporary key (`SecurityToken` / `x-acs-security-token` / `x-fc-security-token`) */
  securityToken?: string
}

/** `2016-02-23T12:46:24Z`: RPC `Timestamp` and V3 `x-acs-date` (UTC, no milliseconds; reference §2a/§2b). */
export function formatIsoSeconds(epochMs: number): string {
  // Signers ask many times a second (the proxy once per forwarded call): format each second once.
  const second = Math.floor(epochMs / 1000)
  if (second !== lastSecond) {
    lastIso = `${new Date(second * 1000).toISOString().slice(0, 19)}Z`
    lastSecond = second
  }
  return lastIso
}

let lastSecond = Number.NaN
let lastIso = ''

/** `Mon, 02 Jan 2006 15:04:05 GMT`: the `Date` header of FC 2016-08-15 (reference §2c). */
export function formatHttpDate(epochMs: number): string {
  return new Date(epochMs).toUTCString()
}

/** Parses `YYYY-MM-DDTHH:mm:ssZ` strictly (what the SDKs send); null when it is anything else. */
export function parseIsoSeconds(value: string): number | null {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/.test(value)) return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : ms
}

/** Parses an RFC 7231 / RFC 1123 GMT date; null when it is not one. */
export function parseHttpDate(value: string): number | null {
  if (!/^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/.test(value.trim())) return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : ms
}
