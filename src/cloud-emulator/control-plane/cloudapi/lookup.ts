/**
 * What every CloudAPI action shares: its context, ids and times in the wire's formats, and the
 * lookups that answer the cloud's NotFound errors.
 */
import type { OpContext } from '../../context'
import type { ApiGroupRecord, ApiRecord, BackendRecord } from '../../store/cloudapi-tables'
import type { DeepReadonly, State } from '../../store/state'
import { notFound } from './errors'

export interface CloudApiContext extends OpContext {
  /** this call's POP request id (upper-case UUID), answered as `RequestId` */
  popRequestId: string
}

/** A CloudAPI action: parsed flat parameters in, the response body (without RequestId) out. */
export type CloudApiAction = (ctx: CloudApiContext, params: Record<string, string>) => Promise<object>

/** GroupId, ApiId, BackendId, BackendModelId, StageId: 32 lower-case hex digits (SDK examples). */
export const newId = (ctx: Pick<OpContext, 'ids'>) => ctx.ids.hex(32)

/** `2016-08-01T06:53:02Z`: CreatedTime / ModifiedTime of groups, APIs and backends (SDK examples). */
export const wireTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** `2021-12-20T03:22:03.000+0000`: GmtCreate / GmtModified of backend models (SDK example). */
export const gmtTime = (ms: number) => new Date(ms).toISOString().replace('Z', '+0000')

type Tables = DeepReadonly<State>['cloudapi'] | State['cloudapi']

export function findGroup<T extends Tables>(tables: T, groupId: string): T['groups'][string] {
  const group = tables.groups[groupId]
  if (!group) throw notFound('ApiGroup', `No API group with GroupId '${groupId}' exists in this region.`)
  return group as T['groups'][string]
}

export function findBackend<T extends Tables>(tables: T, backendId: string): T['backends'][string] {
  const backend = tables.backends[backendId]
  if (!backend)
    throw notFound('Backend', `No backend service with BackendId '${backendId}' exists in this region.`)
  return backend as T['backends'][string]
}

/** An API by id; with a GroupId, it must be in that group (DescribeApi's GroupId narrows the lookup). */
export function findApi<T extends Tables>(tables: T, apiId: string, groupId?: string): T['apis'][string] {
  if (groupId !== undefined && groupId !== '') findGroup(tables, groupId)
  const api = tables.apis[apiId]
  if (!api || (groupId && api.GroupId !== groupId)) {
    const where = groupId ? ` in group '${groupId}'` : ''
    throw notFound('Api', `No API with ApiId '${apiId}' exists${where}.`)
  }
  return api as T['apis'][string]
}

export type { ApiGroupRecord, ApiRecord, BackendRecord }

/** Pages a list as DescribeApiGroups / DescribeApis / DescribeBackendList do (PageNumber from 1). */
export function page<T>(items: T[], pageNumber = 1, pageSize = 10) {
  return {
    items: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
    paging: { PageNumber: pageNumber, PageSize: pageSize, TotalCount: items.length },
  }
}
