/**
 * The address the local cloud reports in `/__emulator/health` (hence in the console's curl lines) and
 * the proxy sends to (decision 012). A wildcard bind — 0.0.0.0, or :: — says where the server listens,
 * not an address to call (Windows refuses a connection to 0.0.0.0; elsewhere it only works because the
 * kernel maps it to this host). The loopback of the same family always reaches a wildcard bind from
 * this machine, so that is what is reported.
 */

/** `0.0.0.0` → `http://127.0.0.1:<port>`, `::` → `http://[::1]:<port>`; any other host as given. */
export function reachableOrigin(host: string, port: number): string {
  const wildcard = wildcardFamily(host)
  const address = wildcard === 'IPv4' ? '127.0.0.1' : wildcard === 'IPv6' ? '[::1]' : bracketed(host)
  return `http://${address}:${port}`
}

/** For the start-up banner: the reachable origin, and the bind when it is a wildcard. */
export function describeListening(host: string, port: number): string {
  const origin = reachableOrigin(host, port)
  return wildcardFamily(host) ? `${origin} (bound to every interface, ${host})` : origin
}

const bracketed = (host: string) => (host.includes(':') ? `[${host}]` : host)

/** Which unspecified address `host` is, in any spelling the URL parser folds (`0:0::0`, `::0`, `0`). */
function wildcardFamily(host: string): 'IPv4' | 'IPv6' | null {
  let hostname: string
  try {
    hostname = new URL(`http://${bracketed(host)}/`).hostname
  } catch {
    // Not something a URL can hold (an IPv6 zone id, say): not a wildcard either.
    return null
  }
  if (hostname === '0.0.0.0') return 'IPv4'
  if (hostname === '[::]') return 'IPv6'
  return null
}
