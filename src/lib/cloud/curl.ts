/**
 * Ready-to-paste `curl` lines for calling an API through a group's subdomain (seed 002 "Step 5:
 * Verify the result" calls `curl -i -X GET "http://<subdomain>" ...`).
 *
 * The local cloud (`npm start` / `npm run cloud`) serves every group on one port and picks the
 * group by the `Host` header, exactly as the cloud's DNS does; the real cloud is reached by name.
 */
export const LOCAL_CLOUD_ORIGIN = 'http://127.0.0.1:9000'

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
  const parts = ['curl -i']
  const method = (options.method ?? 'GET').toUpperCase()
  if (method !== 'GET' || options.body) parts.push(`-X ${method}`)
  for (const [name, value] of [...extraHeaders, ...(options.headers ?? [])]) {
    parts.push(`-H ${shellQuote(`${name}: ${value}`)}`)
  }
  if (options.body) parts.push(`--data-raw ${shellQuote(options.body)}`)
  parts.push(shellQuote(url))
  return parts.join(' ')
}

/** `curl -i -H 'Host: <subdomain>' 'http://127.0.0.1:9000/<path>'` — the local cloud. */
export function localCloudCurl(subDomain: string, options: CurlOptions = {}): string {
  return curlLine(`${LOCAL_CLOUD_ORIGIN}${normalisePath(options.path)}`, [['Host', subDomain]], options)
}

/** `curl -i 'http://<subdomain>/<path>'` — the real cloud's second-level domain. */
export function cloudCurl(subDomain: string, options: CurlOptions = {}): string {
  return curlLine(`http://${subDomain}${normalisePath(options.path)}`, [], options)
}
