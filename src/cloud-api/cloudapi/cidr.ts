/**
 * IP addresses and CIDR blocks of IP control policies (`IpControlPolicys.N.CidrIp`: "Separate multiple
 * IP addresses or CIDR blocks with semicolons (;). You can add a maximum of 10", SDK
 * `CreateIpControlRequest`), shared by the console's form, CreateIpControl's validation and the data
 * plane's matching. IPv4 and IPv6 (an IPv4-mapped IPv6 address matches its IPv4 blocks).
 */

export const CIDRS_PER_POLICY_MAX = 10
export const CIDR_MESSAGE = `CidrIp holds 1 to ${CIDRS_PER_POLICY_MAX} IP addresses or CIDR blocks separated by semicolons, e.g. 114.1.1.0/24;10.0.0.1.`

export interface ParsedCidr {
  family: 4 | 6
  /** the network address, as an integer */
  address: bigint
  prefix: number
}

function ipv4(text: string): bigint | null {
  const parts = text.split('.')
  if (parts.length !== 4) return null
  let value = 0n
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null
    value = (value << 8n) | BigInt(Number(part))
  }
  return value
}

function ipv6(text: string): bigint | null {
  if (!/^[0-9A-Fa-f:.]+$/.test(text) || text.split('::').length > 2) return null
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined]
  const groups = (part: string | undefined) => (part ? part.split(':') : [])
  let left = groups(head)
  let right = groups(tail)
  // An IPv4 tail (`::ffff:1.2.3.4`) is two groups.
  const last = (tail !== undefined ? right : left).at(-1)
  if (last?.includes('.')) {
    const v4 = ipv4(last)
    if (v4 === null) return null
    const pair = [(v4 >> 16n).toString(16), (v4 & 0xffffn).toString(16)]
    if (tail !== undefined) right = [...right.slice(0, -1), ...pair]
    else left = [...left.slice(0, -1), ...pair]
  }
  const missing = 8 - left.length - right.length
  if (tail === undefined ? missing !== 0 : missing < 1) return null
  const all = [...left, ...Array(Math.max(0, missing)).fill('0'), ...right]
  let value = 0n
  for (const group of all) {
    if (!/^[0-9A-Fa-f]{1,4}$/.test(group)) return null
    value = (value << 16n) | BigInt(Number.parseInt(group, 16))
  }
  return value
}

/** An address (`1.2.3.4`, `2001:db8::1`) as [family, integer], or null. */
export function parseIp(text: string): { family: 4 | 6; value: bigint } | null {
  const trimmed = text.trim()
  const v4 = ipv4(trimmed)
  if (v4 !== null) return { family: 4, value: v4 }
  const v6 = trimmed.includes(':') ? ipv6(trimmed) : null
  return v6 === null ? null : { family: 6, value: v6 }
}

/** `114.1.1.0/24`, `10.0.0.1` (= /32), `2001:db8::/32`; null when it is neither. */
export function parseCidr(text: string): ParsedCidr | null {
  const [ip, prefixText, extra] = text.trim().split('/')
  if (ip === undefined || extra !== undefined) return null
  const parsed = parseIp(ip)
  if (!parsed) return null
  const width = parsed.family === 4 ? 32 : 128
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null
  const prefix = prefixText === undefined ? width : Number(prefixText)
  if (prefix > width) return null
  const mask = prefix === 0 ? 0n : ((1n << BigInt(prefix)) - 1n) << BigInt(width - prefix)
  return { family: parsed.family, address: parsed.value & mask, prefix }
}

export function cidrContains(cidr: ParsedCidr, ip: string): boolean {
  const parsed = parseIp(ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice(7) : ip)
  if (!parsed || parsed.family !== cidr.family) return false
  const width = cidr.family === 4 ? 32 : 128
  const mask = cidr.prefix === 0 ? 0n : ((1n << BigInt(cidr.prefix)) - 1n) << BigInt(width - cidr.prefix)
  return (parsed.value & mask) === cidr.address
}

/** `a;b;c` → the entries, trimmed; a problem message when one is not an address or block. */
export function cidrListProblem(text: string): string | null {
  const entries = text
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  if (entries.length === 0 || entries.length > CIDRS_PER_POLICY_MAX) return CIDR_MESSAGE
  const bad = entries.find((entry) => parseCidr(entry) === null)
  return bad === undefined ? null : `'${bad}' is not an IP address or CIDR block. ${CIDR_MESSAGE}`
}
