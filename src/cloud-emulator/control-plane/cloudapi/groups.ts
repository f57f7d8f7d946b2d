/**
 * API groups: CreateApiGroup, DescribeApiGroups, DescribeApiGroup, ModifyApiGroup, DeleteApiGroup
 * (reference §1.2; SDK `…ApiGroupRequest` / `…ResponseBody` models). Each group gets the subdomain
 * `<GroupId>-<region>.alicloudapi.com` the data plane routes by.
 */
import {
  CLOUDAPI_LIMITS,
  CreateApiGroupParamsSchema,
  DescribeApiGroupsParamsSchema,
  GroupIdParamsSchema,
  groupSubDomain,
  ModifyApiGroupParamsSchema,
  SHARED_INSTANCE,
  STAGE_NAMES,
  type StageName,
} from '../../../cloud-api/cloudapi'
import type { ApiGroupRecord, CloudApiTables } from '../../store/cloudapi-tables'
import { invalid, repeated } from './errors'
import { type CloudApiAction, findGroup, newId, page, wireTime } from './lookup'
import { renderDescribeApiGroup, renderGroupAttribute } from './render'
import { parseParams } from './rpc'

function checkNameFree(tables: CloudApiTables, name: string, except?: string): void {
  const taken = Object.values(tables.groups).some((g) => g.GroupName === name && g.GroupId !== except)
  if (taken) throw repeated('GroupName', `An API group named '${name}' already exists in this region.`)
}

export const createApiGroup: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(CreateApiGroupParamsSchema, raw)
  // Only the shared instance exists here; a dedicated instance id names nothing.
  if (params.InstanceId !== undefined && params.InstanceId !== SHARED_INSTANCE.InstanceId)
    throw invalid(
      'InstanceId',
      `Only the shared instance '${SHARED_INSTANCE.InstanceId}' exists in the emulator.`,
    )
  const now = wireTime(ctx.clock.now())
  const groupId = newId(ctx)
  const stageIds = Object.fromEntries(STAGE_NAMES.map((stage) => [stage, newId(ctx)])) as Record<
    StageName,
    string
  >
  const group: ApiGroupRecord = {
    GroupId: groupId,
    GroupName: params.GroupName,
    Description: params.Description ?? '',
    BasePath: params.BasePath ?? '/',
    SubDomain: groupSubDomain(groupId, ctx.region),
    RegionId: ctx.region,
    InstanceId: SHARED_INSTANCE.InstanceId,
    InstanceType: SHARED_INSTANCE.InstanceType,
    CreatedTime: now,
    ModifiedTime: now,
    StageIds: stageIds,
  }
  await ctx.store.transact((draft) => {
    checkNameFree(draft.cloudapi, group.GroupName)
    draft.cloudapi.groups[groupId] = group
  })
  return {
    GroupId: group.GroupId,
    GroupName: group.GroupName,
    SubDomain: group.SubDomain,
    Description: group.Description,
    BasePath: group.BasePath,
    InstanceId: group.InstanceId,
    InstanceType: group.InstanceType,
    TagStatus: false,
  }
}

export const describeApiGroups: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(DescribeApiGroupsParamsSchema, raw)
  const keyword = params.GroupName?.toLowerCase()
  const groups = Object.values(ctx.store.read().cloudapi.groups)
    .filter((g) => params.GroupId === undefined || g.GroupId === params.GroupId)
    .filter((g) => keyword === undefined || g.GroupName.toLowerCase().includes(keyword))
    .filter((g) => params.InstanceId === undefined || g.InstanceId === params.InstanceId)
    .filter((g) => params.BasePath === undefined || g.BasePath === params.BasePath)
    // Default: newest modification first (§1.2 "Sort … default desc by modification time").
    .sort((a, b) => (a.ModifiedTime === b.ModifiedTime ? 0 : a.ModifiedTime < b.ModifiedTime ? -1 : 1))
  if (params.Sort !== 'asc') groups.reverse()
  const { items, paging } = page(
    groups,
    params.PageNumber,
    params.PageSize ?? CLOUDAPI_LIMITS.pageSizeDefault,
  )
  return { ApiGroupAttributes: { ApiGroupAttribute: items.map(renderGroupAttribute) }, ...paging }
}

export const describeApiGroup: CloudApiAction = async (ctx, raw) => {
  const { GroupId } = parseParams(GroupIdParamsSchema, raw)
  return renderDescribeApiGroup(findGroup(ctx.store.read().cloudapi, GroupId))
}

export const modifyApiGroup: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(ModifyApiGroupParamsSchema, raw)
  const now = wireTime(ctx.clock.now())
  const group = await ctx.store.transact((draft) => {
    const found = findGroup(draft.cloudapi, params.GroupId)
    if (params.GroupName !== undefined) {
      checkNameFree(draft.cloudapi, params.GroupName, found.GroupId)
      found.GroupName = params.GroupName
    }
    if (params.Description !== undefined) found.Description = params.Description
    if (params.BasePath !== undefined) found.BasePath = params.BasePath
    found.ModifiedTime = now
    return { ...found }
  })
  return {
    GroupId: group.GroupId,
    GroupName: group.GroupName,
    SubDomain: group.SubDomain,
    Description: group.Description,
    BasePath: group.BasePath,
  }
}

export const deleteApiGroup: CloudApiAction = async (ctx, raw) => {
  const { GroupId } = parseParams(GroupIdParamsSchema, raw)
  await ctx.store.transact((draft) => {
    findGroup(draft.cloudapi, GroupId)
    const apis = Object.values(draft.cloudapi.apis).filter((api) => api.GroupId === GroupId)
    if (apis.length > 0) {
      const names = apis.map((api) => api.Definition.ApiName).join(', ')
      throw invalid(
        'GroupId',
        `The API group still contains ${apis.length} API(s) (${names}); delete them first.`,
      )
    }
    delete draft.cloudapi.groups[GroupId]
  })
  return {}
}
