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

/** A deployed API's template, split once per deployment table (see `candidatesOf`). */
interface Compiled {
  api: DeepReadonly<ApiRecord>
  deployment: DeepReadonly<DeploymentRecord>
  method: string
  /** per template segment: the literal, or the `[name]` parameter's name */
  segments: { literal: string | null; param: string | null }[]
  wildcard: boolean
}

/**
 * The deployed templates of each group and stage, compiled once per committed APIs table: a commit
 * replaces the tables it read (store.ts), so a table object never changes under its index (as the apps
 * index in ./auth.ts). A scan of every API with its templates split again cost every call.
 */
const compiledTables = new WeakMap<object, Map<string, Compiled[]>>()

function candidatesOf(tables: DeepReadonly<CloudApiTables>, groupId: string, stage: StageName): Compiled[] {
  let byGroupStage = compiledTables.get(tables.apis)
  if (!byGroupStage) {
    byGroupStage = new Map()
    for (const api of Object.values(tables.apis)) {
      for (const [name, deployment] of Object.entries(api.Deployments)) {
        if (!deployment) continue
        const config = deployment.Definition.RequestConfig
        const template = segmentsOf(config.RequestPath)
        const wildcard = template[template.length - 1] === '*'
        if (wildcard) template.pop()
        const key = `${api.GroupId}\u0000${name}`
        const list = byGroupStage.get(key) ?? []
        list.push({
          api,
          deployment,
          method: config.RequestHttpMethod,
          segments: template.map((segment) => {
            const param = PATH_PARAM_SEGMENT.exec(segment)?.[1] ?? null
            return { literal: param === null ? segment : null, param }
          }),
          wildcard,
        })
        byGroupStage.set(key, list)
      }
    }
    compiledTables.set(tables.apis, byGroupStage)
  }
  return byGroupStage.get(`${groupId}\u0000${stage}`) ?? NONE
}

const NONE: Compiled[] = []

/** The path parameters and a specificity score, or null when the template does not match. */
function matchPath(
  template: Compiled,
  got: string[],
): { params: Record<string, string>; score: number; rest: string | null } | null {
  const want = template.segments
  if (template.wildcard ? got.length < want.length : got.length !== want.length) return null
  const params: Record<string, string> = {}
  let score = 0
  for (let i = 0; i < want.length; i++) {
    const actual = got[i] as string
    const segment = want[i]!
    if (segment.param !== null) {
      if (actual === '') return null
      params[segment.param] = decode(actual)
    } else if (segment.literal === actual) {
      score += 2
    } else {
      return null
    }
  }
  const rest = template.wildcard ? got.slice(want.length).join('/') : null
  return { params, score: template.wildcard ? score - 1 : score + 1, rest }
}

export function matchRoute(
  tables: DeepReadonly<CloudApiTables>,
  groupId: string,
  stage: StageName,
  method: string,
  path: string,
): Route | null {
  const got = segmentsOf(path)
  const upper = method.toUpperCase()
  let best: Route | null = null
  let bestScore = 0
  for (const candidate of candidatesOf(tables, groupId, stage)) {
    const exact = candidate.method === upper
    if (!exact && candidate.method !== 'ANY') continue
    const matched = matchPath(candidate, got)
    if (!matched) continue
    // The template with more literal segments wins; on a tie, an exact method beats ANY.
    const score = matched.score * 2 + (exact ? 1 : 0)
    if (!best || score > bestScore) {
      best = {
        api: candidate.api,
        deployment: candidate.deployment,
        pathParameters: matched.params,
        wildcard: matched.rest,
      }
      bestScore = score
    }
  }
  return best
}
