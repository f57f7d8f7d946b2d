/**
 * Which deployed API answers a call: among the APIs of the group whose snapshot is deployed to the
 * stage, the one whose method (or ANY) and path template match (reference §1.3 RequestPath: `[name]`
 * segments; a trailing `/*` matches any sub-path, as funcraft/terraform use for PASSTHROUGH APIs).
 * Only deployed snapshots are read: the API's current definition plays no part (issue 3).
 */
import { PATH_PARAM_SEGMENT, type StageName } from '../../../cloud-api/cloudapi'
import type { ApiRecord, CloudApiTables, DeploymentRecord } from '../../store/cloudapi-tables'
import type { DeepReadonly } from '../../store/state'

export interface Route {
  api: DeepReadonly<ApiRecord>
  deployment: DeepReadonly<DeploymentRecord>
  /** `[name]` segments of the template with the caller's (percent-decoded) values */
  pathParameters: Record<string, string>
  /**
   * What a trailing `/*` matched, as sent (not decoded; `''` for none), else null. The AWS formats show
   * it as the greedy `{proxy+}` parameter (issue 7; fixtures/peers/localstack/aws-recorded-rest-v1-events).
   */
  wildcard?: string | null
}

function segmentsOf(path: string): string[] {
  // A trailing slash names the same resource (`/hello/` is `/hello`), as the FC router treats it.
  const parts = path.split('/').slice(1)
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop()
  return parts
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** The path parameters and a specificity score, or null when the template does not match. */
function matchPath(
  template: string,
  path: string,
): { params: Record<string, string>; score: number; rest: string | null } | null {
  const want = segmentsOf(template)
  const got = segmentsOf(path)
  const wildcard = want[want.length - 1] === '*'
  if (wildcard) want.pop()
  if (wildcard ? got.length < want.length : got.length !== want.length) return null
  const params: Record<string, string> = {}
  let score = 0
  for (const [i, segment] of want.entries()) {
    const actual = got[i] as string
    const param = PATH_PARAM_SEGMENT.exec(segment)
    if (param) {
      if (actual === '') return null
      params[param[1] as string] = decode(actual)
    } else if (segment === actual) {
      score += 2
    } else {
      return null
    }
  }
  const rest = wildcard ? got.slice(want.length).join('/') : null
  return { params, score: wildcard ? score - 1 : score + 1, rest }
}

export function matchRoute(
  tables: DeepReadonly<CloudApiTables>,
  groupId: string,
  stage: StageName,
  method: string,
  path: string,
): Route | null {
  let best: (Route & { score: number }) | null = null
  for (const api of Object.values(tables.apis)) {
    if (api.GroupId !== groupId) continue
    const deployment = api.Deployments[stage]
    if (!deployment) continue
    const config = deployment.Definition.RequestConfig
    const exact = config.RequestHttpMethod === method.toUpperCase()
    if (!exact && config.RequestHttpMethod !== 'ANY') continue
    const matched = matchPath(config.RequestPath, path)
    if (!matched) continue
    // The template with more literal segments wins; on a tie, an exact method beats ANY.
    const score = matched.score * 2 + (exact ? 1 : 0)
    if (!best || score > best.score)
      best = { api, deployment, pathParameters: matched.params, wildcard: matched.rest, score }
  }
  if (!best) return null
  const { score: _score, ...route } = best
  return route
}
