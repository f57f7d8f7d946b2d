import type { EmulatorInfo } from './emulator'

/**
 * Ready-to-paste `curl` lines for calling an API through a group's subdomain (seed 002 "Step 5:
 * Verify the result" calls `curl -i -X GET "http://<subdomain>" ...`).
 *
 * The local cloud (`npm start` / `npm run cloud`) serves every group on one port and picks the
 * group by the `Host` header, exactly as the cloud's DNS does; the real cloud is reached by name.
 */

/** Where the local cloud listens unless LOCAL_CLOUD_HOST / LOCAL_CLOUD_PORT say otherwise. */
export const DEFAULT_LOCAL_CLOUD_ORIGIN = 'http://127.0.0.1:9000'

/**
 * Where curl reaches the cloud this console shows, from the emulator's health answer:
 * - `local-cloud`: behind `npm start`, the local cloud at the origin it reports (its real port);
 * - `in-page`: browser-only mode — the emulator lives in this tab: curl cannot reach it, and what it
 *   holds exists nowhere else;
 * - `cloud`: the real cloud — only its own curl lines (the group's domain) apply;
 * - `null`: not known yet (show no line rather than a wrong one).
 */
export type CurlReach =
  | { kind: 'local-cloud'; origin: string }
  | { kind: 'in-page' }
  | { kind: 'cloud' }
  | null

export function curlReach(info: Pick<EmulatorInfo, 'available' | 'endpoint'> | undefined): CurlReach {
  if (!info) return null
  if (!info.available) return { kind: 'cloud' }
  return info.endpoint ? { kind: 'local-cloud', origin: info.endpoint } : { kind: 'in-page' }
}

export interface CurlOptions {
  method?: string
  /** The request path with path parameters filled in, and the query string if any. */
  path?: string
  headers?: ReadonlyArray<readonly [string, string]>
  body?: string
}

/** Single-quotes a shell word ('it'\''s'). */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`
}

function normalisePath(path: string | undefined): string {
  if (!path) return '/'
  return path.startsWith('/') ? path : `/${path}`
}

function curlLine(url: string, extraHeaders: ReadonlyArray<readonly [string, string]>, options: CurlOptions) {
  // A `[name]` path parameter left unfilled would otherwise be read by curl as a glob range.
  const parts = [/[[\]{}]/.test(url) ? 'curl -i -g' : 'curl -i']
  const method = (options.method ?? 'GET').toUpperCase()
  if (method !== 'GET' || options.body) parts.push(`-X ${method}`)
  for (const [name, value] of [...extraHeaders, ...(options.headers ?? [])]) {
    parts.push(`-H ${shellQuote(`${name}: ${value}`)}`)
  }
  if (options.body) parts.push(`--data-raw ${shellQuote(options.body)}`)
  parts.push(shellQuote(url))
  return parts.join(' ')
}

/** `curl -i -H 'Host: <subdomain>' 'http://127.0.0.1:9000/<path>'` — the local cloud at `origin`. */
export function localCloudCurl(
  subDomain: string,
  options: CurlOptions = {},
  origin: string = DEFAULT_LOCAL_CLOUD_ORIGIN,
): string {
  return curlLine(`${origin}${normalisePath(options.path)}`, [['Host', subDomain]], options)
}

/** `curl -i 'http://<subdomain>/<path>'` — the real cloud's second-level domain. */
export function cloudCurl(subDomain: string, options: CurlOptions = {}): string {
  return curlLine(`http://${subDomain}${normalisePath(options.path)}`, [], options)
}

/** The one curl line that reaches the cloud behind the console, or null when none can (in-page, unknown). */
export function reachableCurl(reach: CurlReach, subDomain: string, options: CurlOptions = {}): string | null {
  if (reach?.kind === 'local-cloud') return localCloudCurl(subDomain, options, reach.origin)
  if (reach?.kind === 'cloud') return cloudCurl(subDomain, options)
  return null
}
