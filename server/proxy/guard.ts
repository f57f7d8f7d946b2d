/**
 * Who may call `/api/*`: the console's own pages and non-browser clients (curl, scripts, tests) —
 * never another site's page, which could otherwise drive a proxy that holds cloud credentials
 * (ARCHITECTURE.md principle 3).
 *
 * - A browser says where a request comes from: `Sec-Fetch-Site` (`same-origin` / `none` are ours) and,
 *   on older browsers, `Origin`, which must then be this very origin.
 * - DNS rebinding (a hostile name resolving to 127.0.0.1 makes its page "same-origin"): while bound to
 *   a loopback address, the Host must be a loopback name.
 */
const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/** The host name of a Host header (`[::1]:8080` → `[::1]`, `localhost:8080` → `localhost`). */
function hostName(hostHeader: string): string {
  const match = /^(\[[^\]]+\]|[^:]+)(?::\d+)?$/.exec(hostHeader.trim().toLowerCase())
  return match ? match[1]! : ''
}

/** A reason to refuse, or null to let the call through. */
export function refuseCrossOrigin(request: Request, boundToLoopback: boolean): string | null {
  const host = request.headers.get('host') ?? new URL(request.url).host
  if (boundToLoopback && !isLoopback(hostName(host)))
    return `the proxy answers only to 127.0.0.1 / localhost, not to '${hostName(host)}'`
  const site = request.headers.get('sec-fetch-site')
  if (site !== null && site !== 'same-origin' && site !== 'none')
    return `a ${site} page may not call this proxy's /api`
  const origin = request.headers.get('origin')
  if (origin !== null && origin !== `http://${host}` && origin !== `https://${host}`)
    return `a page from ${origin} may not call this proxy's /api`
  return null
}
