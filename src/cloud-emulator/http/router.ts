/**
 * A tiny route table: `METHOD /path/:param` → operation. Each service (FC 3.0 now; CloudAPI and
 * FC 2.0 later) declares its table next to its operations (`control-plane/<service>/routes.ts`), so
 * adding an operation is one line there.
 *
 * Path parameters are percent-decoded, the way the SDKs percent-encode them
 * (`$dara.URL.percentEncode(functionName)` in FC3-SDK `client.js`).
 */
export interface Route<Op> {
  method: string
  /** e.g. `/2023-03-30/functions/:functionName/invocations` */
  pattern: string
  op: Op
}

export type RouteMatch<Op> =
  | { kind: 'found'; op: Op; params: Record<string, string> }
  /** the path exists but not with this method */
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' }

interface CompiledRoute<Op> extends Route<Op> {
  segments: string[]
}

function splitPath(path: string): string[] {
  // A trailing slash is not a different resource: `/functions/` is `/functions`.
  return path.split('/').filter((segment, i, all) => i > 0 && !(segment === '' && i === all.length - 1))
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i] as string
    const got = actual[i] as string
    if (want.startsWith(':')) {
      if (got === '') return null
      let decoded: string
      try {
        decoded = decodeURIComponent(got)
      } catch {
        return null // malformed percent-encoding cannot name any resource
      }
      params[want.slice(1)] = decoded
    } else if (want !== got) {
      return null
    }
  }
  return params
}

export function createRouter<Op>(routes: Route<Op>[]) {
  const compiled: CompiledRoute<Op>[] = routes.map((route) => ({
    ...route,
    segments: splitPath(route.pattern),
  }))
  return {
    match(method: string, pathname: string): RouteMatch<Op> {
      const actual = splitPath(pathname)
      const allowed: string[] = []
      for (const route of compiled) {
        const params = matchSegments(route.segments, actual)
        if (!params) continue
        if (route.method === method.toUpperCase()) return { kind: 'found', op: route.op, params }
        allowed.push(route.method)
      }
      return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' }
    },
  }
}
