/**
 * Binding IP control and traffic control policies to APIs per stage (SetIpControlApis /
 * SetTrafficControlApis and their Remove… counterparts, reference §1.2). An API has at most one policy
 * of each kind per stage: binding another replaces the first (guessed; the console offers one
 * "IP control" and one "traffic control" per API and stage). Bindings take effect on the next call,
 * without republishing (the traditional gateway's plugin rules say the same of plugins).
 */
import type { z } from 'zod'
import { ApiIdsSchema, ApiPolicyBindingsParamsSchema, type StageName } from '../../../cloud-api/cloudapi'
import type { ApiRecord, CloudApiTables, PolicyBinding } from '../../store/cloudapi-tables'
import type { DeepReadonly } from '../../store/state'
import { invalid, notFound } from './errors'
import { type CloudApiAction, findApi, findGroup, page, wireTime } from './lookup'
import { findPolicy, type PolicyKinds, type PolicyOf } from './policy-kind'
import { parseParams } from './rpc'

interface BindablePolicy {
  Bindings: PolicyBinding[]
}

/** The APIs of `ApiIds` (comma list), each of which must be in the group. */
export function resolveApis(tables: CloudApiTables, groupId: string, apiIds: string): ApiRecord[] {
  findGroup(tables, groupId)
  const parsed = ApiIdsSchema.safeParse(apiIds)
  if (!parsed.success) throw invalid('ApiIds', parsed.error.issues[0]?.message)
  return parsed.data.map((id) => findApi(tables, id, groupId))
}

/** Binds `apis` in `stage` to `policies[policyId]`, moving each away from another policy of the same kind. */
export function bindApis(
  policies: Record<string, BindablePolicy>,
  policyId: string,
  apis: readonly ApiRecord[],
  stage: StageName,
  now: number,
): void {
  const target = policies[policyId]!
  for (const api of apis) {
    for (const policy of Object.values(policies))
      policy.Bindings = policy.Bindings.filter((b) => !(b.ApiId === api.ApiId && b.StageName === stage))
    target.Bindings.push({
      ApiId: api.ApiId,
      GroupId: api.GroupId,
      StageName: stage,
      BoundTime: wireTime(now),
    })
  }
}

/** Unbinds the listed APIs (all of the group's when none are listed) in `stage`; NotFound… when none was bound. */
export function unbindApis(
  tables: CloudApiTables,
  policy: BindablePolicy,
  what: string,
  groupId: string,
  stage: StageName,
  apiIds: string | undefined,
): void {
  findGroup(tables, groupId)
  const ids = apiIds === undefined ? null : new Set(resolveApis(tables, groupId, apiIds).map((a) => a.ApiId))
  const before = policy.Bindings.length
  policy.Bindings = policy.Bindings.filter(
    (b) => !(b.GroupId === groupId && b.StageName === stage && (ids === null || ids.has(b.ApiId))),
  )
  if (policy.Bindings.length === before)
    throw notFound(what, `The policy is not bound to these APIs in stage ${stage}.`)
}

/** The binding of an API in a stage, among live APIs only (a deleted API's bindings match nothing). */
export function boundTo<P extends DeepReadonly<BindablePolicy>>(
  policies: Readonly<Record<string, P>>,
  apiId: string,
  stage: StageName,
): P | undefined {
  return Object.values(policies).find((p) =>
    p.Bindings.some((b) => b.ApiId === apiId && b.StageName === stage),
  )
}

/** Live bindings (their API still exists): a policy with any of them cannot be deleted. */
export function liveBindings(tables: DeepReadonly<CloudApiTables>, policy: DeepReadonly<BindablePolicy>) {
  return policy.Bindings.filter((b) => tables.apis[b.ApiId] !== undefined)
}

type PolicyIdParams<N extends string> = Record<`${N}Id`, string>
type ApisParams = { GroupId: string; StageName: StageName }

/**
 * Set…Apis, Remove…Apis, Delete… and DescribeApi…s of one kind of policy, which differ only in names:
 * IP_CONTROL gives SetIpControlApis(IpControlId, GroupId, StageName, ApiIds), RemoveIpControlApis
 * (NotFound code IpControlApi), DeleteIpControl (refused while the policy is bound to a live API) and
 * DescribeApiIpControls (ApiIpControls.ApiIpControlItem: one row per bound API of the group in the stage).
 */
export function policyBindingActions<K extends PolicyKinds>(
  kind: K,
  schemas: {
    set: z.ZodType<PolicyIdParams<K['name']> & ApisParams & { ApiIds: string }>
    remove: z.ZodType<PolicyIdParams<K['name']> & ApisParams & { ApiIds?: string | undefined }>
    delete: z.ZodType<PolicyIdParams<K['name']>>
  },
): { set: CloudApiAction; remove: CloudApiAction; delete: CloudApiAction; describeApis: CloudApiAction } {
  const idParam = `${kind.name}Id` as `${K['name']}Id`
  return {
    set: async (ctx, raw) => {
      const params = parseParams(schemas.set, raw)
      const id = params[idParam]
      await ctx.store.transact((draft) => {
        findPolicy(draft.cloudapi, kind, id)
        const apis = resolveApis(draft.cloudapi, params.GroupId, params.ApiIds)
        bindApis(draft.cloudapi[kind.table], id, apis, params.StageName, ctx.clock.now())
      })
      return {}
    },
    remove: async (ctx, raw) => {
      const params = parseParams(schemas.remove, raw)
      await ctx.store.transact((draft) => {
        const policy = findPolicy(draft.cloudapi, kind, params[idParam])
        unbindApis(draft.cloudapi, policy, `${kind.name}Api`, params.GroupId, params.StageName, params.ApiIds)
      })
      return {}
    },
    delete: async (ctx, raw) => {
      const id = parseParams(schemas.delete, raw)[idParam]
      await ctx.store.transact((draft) => {
        const bound = liveBindings(draft.cloudapi, findPolicy(draft.cloudapi, kind, id))
        if (bound.length > 0)
          throw invalid(
            idParam,
            `The policy is still bound to ${bound.length} API(s); unbind them first (Remove${kind.name}Apis).`,
          )
        delete draft.cloudapi[kind.table][id]
      })
      return {}
    },
    describeApis: async (ctx, raw) => {
      const params = parseParams(ApiPolicyBindingsParamsSchema, raw)
      const tables = ctx.store.read().cloudapi
      findGroup(tables, params.GroupId)
      const stage = params.StageName ?? 'RELEASE'
      const only = params.ApiIds ? new Set(params.ApiIds.split(',').map((id) => id.trim())) : null
      const rows: object[] = []
      for (const policy of Object.values(tables[kind.table]) as DeepReadonly<PolicyOf<K>>[])
        for (const binding of policy.Bindings) {
          const api = tables.apis[binding.ApiId]
          if (!api || binding.GroupId !== params.GroupId || binding.StageName !== stage) continue
          if (only && !only.has(binding.ApiId)) continue
          rows.push({
            ApiId: binding.ApiId,
            ApiName: api.Definition.ApiName,
            [idParam]: policy[idParam as keyof typeof policy],
            [`${kind.name}Name`]: policy[`${kind.name}Name` as keyof typeof policy],
            BoundTime: binding.BoundTime,
          })
        }
      const { items, paging } = page(rows, params.PageNumber, params.PageSize ?? 10)
      return { [`Api${kind.name}s`]: { [`Api${kind.name}Item`]: items }, ...paging }
    },
  }
}
