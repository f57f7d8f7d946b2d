/**
 * What IP control and traffic control policies share besides their bindings (./policy-bindings.ts): the
 * lookup and its NotFound, the unique name and its Repeated, an edit stamped with ModifiedTime, and the
 * filtering, order and paging of DescribeIpControls / DescribeTrafficControls. The two kinds differ here
 * only in names — `IpControl` gives IpControlId, IpControlName, NotFoundIpControl, RepeatedIpControlName —
 * in the noun of their messages, and in the field holding the creation time.
 */
import { ACCESS_CONTROL_LIMITS } from '../../../cloud-api/cloudapi'
import type { CloudApiTables } from '../../store/cloudapi-tables'
import type { DeepReadonly } from '../../store/state'
import { notFound, repeated } from './errors'
import { type CloudApiContext, page, wireTime } from './lookup'

export interface PolicyKind<N extends string, K extends keyof CloudApiTables> {
  /** `IpControl`: the stem of its parameters (IpControlId, IpControlName) and error codes */
  name: N
  /** where the policies are stored */
  table: K
  /** `An IP control`: the noun of the messages, with its article */
  noun: string
  /** the record's creation time field: IpControl and TrafficControl spell it differently (SDK models) */
  created: keyof CloudApiTables[K][string]
}

export const IP_CONTROL = {
  name: 'IpControl',
  table: 'ipControls',
  noun: 'An IP control',
  created: 'CreateTime',
} as const satisfies PolicyKind<'IpControl', 'ipControls'>

export const TRAFFIC_CONTROL = {
  name: 'TrafficControl',
  table: 'trafficControls',
  noun: 'A traffic control',
  created: 'CreatedTime',
} as const satisfies PolicyKind<'TrafficControl', 'trafficControls'>

export type PolicyKinds = typeof IP_CONTROL | typeof TRAFFIC_CONTROL
type Tables = DeepReadonly<CloudApiTables> | CloudApiTables
/** IpControlRecord for IP_CONTROL, TrafficControlRecord for TRAFFIC_CONTROL */
export type PolicyOf<K extends PolicyKinds> = CloudApiTables[K['table']][string]

/** `An IP control` → `IP control`, for "No IP control policy with …". */
const bare = (kind: PolicyKinds) => kind.noun.replace(/^An? /, '')

/** A field the kind names (`${name}Id`, `${name}Name`, its creation time): the names are the kind's own. */
const field = (policy: object, key: string) => String((policy as Readonly<Record<string, unknown>>)[key])

/** The policy, or the kind's NotFound (NotFoundIpControl: "No IP control policy with IpControlId …"). */
export function findPolicy<T extends Tables, K extends PolicyKinds>(
  tables: T,
  kind: K,
  id: string,
): T[K['table']][string] {
  const found = tables[kind.table][id]
  if (!found) throw notFound(kind.name, `No ${bare(kind)} policy with ${kind.name}Id '${id}' exists.`)
  return found as T[K['table']][string]
}

/** Repeated…Name when another policy of the kind (not `self`) already has `name`. */
function checkNameFree(tables: CloudApiTables, kind: PolicyKinds, name: string, self?: object): void {
  const policies: readonly object[] = Object.values(tables[kind.table])
  if (policies.some((p) => p !== self && field(p, `${kind.name}Name`) === name))
    throw repeated(`${kind.name}Name`, `${kind.noun} policy named '${name}' already exists.`)
}

/** Modify…'s new name, when one is given: Repeated…Name when another policy of the kind has it. */
export function renamePolicy<K extends PolicyKinds>(
  tables: CloudApiTables,
  kind: K,
  policy: PolicyOf<K>,
  name: string | undefined,
): void {
  if (name === undefined) return
  checkNameFree(tables, kind, name, policy)
  ;(policy as unknown as Record<string, unknown>)[`${kind.name}Name`] = name
}

/**
 * Create…: the policy `build` makes (with its own new id: an IP control's entries take theirs first),
 * stored under that id unless another policy of the kind has its name. Answers the id.
 */
export function createPolicy<K extends PolicyKinds>(
  ctx: CloudApiContext,
  kind: K,
  name: string,
  build: (tables: CloudApiTables) => PolicyOf<K>,
): Promise<string> {
  return ctx.store.transact((draft) => {
    checkNameFree(draft.cloudapi, kind, name)
    // K['table'] resolves only with K: the table of this kind holds records of this kind.
    const table = draft.cloudapi[kind.table] as Record<string, PolicyOf<K>>
    const created = build(draft.cloudapi)
    const id = field(created, `${kind.name}Id`)
    table[id] = created
    return id
  })
}

/**
 * Runs `change` on one policy in a transaction and stamps its ModifiedTime: every edit of a policy
 * (Modify…, its entries, its special values) applies to the bound APIs from their next call.
 */
export function editPolicy<K extends PolicyKinds, R>(
  ctx: CloudApiContext,
  kind: K,
  id: string,
  change: (policy: PolicyOf<K>, tables: CloudApiTables, now: string) => R,
): Promise<R> {
  return ctx.store.transact((draft) => {
    const policy: PolicyOf<K> = findPolicy(draft.cloudapi, kind, id)
    const now = wireTime(ctx.clock.now())
    const result = change(policy, draft.cloudapi, now)
    policy.ModifiedTime = now
    return result
  })
}

/**
 * Describe…s: by id, by a name keyword (case-insensitive), by what `keep` adds; newest first; paged
 * with the access-control default page size.
 */
export function describePolicies<K extends PolicyKinds>(
  tables: DeepReadonly<CloudApiTables>,
  kind: K,
  params: { id?: string | undefined; name?: string | undefined; PageNumber?: number; PageSize?: number },
  keep: (policy: DeepReadonly<PolicyOf<K>>) => boolean = () => true,
) {
  const keyword = params.name?.toLowerCase()
  const created = (p: object) => field(p, kind.created)
  const found = (Object.values(tables[kind.table]) as DeepReadonly<PolicyOf<K>>[])
    .filter((p) => params.id === undefined || field(p, `${kind.name}Id`) === params.id)
    .filter((p) => keyword === undefined || field(p, `${kind.name}Name`).toLowerCase().includes(keyword))
    .filter(keep)
    .sort((a, b) => (created(a) === created(b) ? 0 : created(a) < created(b) ? 1 : -1))
  return page(found, params.PageNumber, params.PageSize ?? ACCESS_CONTROL_LIMITS.pageSizeDefault)
}
