/**
 * IP control lists: CreateIpControl, DescribeIpControls, DescribeIpControlPolicyItems, ModifyIpControl,
 * AddIpControlPolicyItem, ModifyIpControlPolicyItem, RemoveIpControlPolicyItem, SetIpControlApis,
 * RemoveIpControlApis, DeleteIpControl, DescribeApiIpControls (reference §1.2, §1.4 step 7; SDK models).
 * An edit applies to the bound APIs from the next call, as the SDK's "takes effect immediately" says. ALLOW lists admit only the listed addresses (an entry with an AppId: only that
 * app from them); REFUSE lists turn the listed addresses away, and their AppIds are ignored, as the SDK's
 * `CreateIpControlRequest.appId` remark says. The data plane enforces them (data-plane/gateway/ip-control.ts).
 */
import {
  ACCESS_CONTROL_LIMITS,
  AddIpControlPolicyItemParamsSchema,
  ApiPolicyBindingsParamsSchema,
  CreateIpControlParamsSchema,
  DescribeIpControlPolicyItemsParamsSchema,
  DescribeIpControlsParamsSchema,
  IpControlApisParamsSchema,
  IpControlIdParamsSchema,
  type IpControlPolicy,
  ModifyIpControlParamsSchema,
  ModifyIpControlPolicyItemParamsSchema,
  RemoveIpControlApisParamsSchema,
  RemoveIpControlPolicyItemParamsSchema,
} from '../../../cloud-api/cloudapi'
import type { CloudApiTables, IpControlRecord } from '../../store/cloudapi-tables'
import type { DeepReadonly } from '../../store/state'
import { invalid, notFound, repeated } from './errors'
import { type CloudApiAction, type CloudApiContext, newId, page, wireTime } from './lookup'
import { describeBindings, policyBindingActions } from './policy-bindings'
import { parseParams } from './rpc'

type Tables = DeepReadonly<CloudApiTables> | CloudApiTables

export function findIpControl<T extends Tables>(tables: T, id: string): T['ipControls'][string] {
  const found = tables.ipControls[id]
  if (!found) throw notFound('IpControl', `No IP control policy with IpControlId '${id}' exists.`)
  return found as T['ipControls'][string]
}

/**
 * One entry as stored: "If the value of the IpControlType parameter is REFUSE and the AppId parameter
 * is not empty, API Gateway automatically ignores the AppId parameter" (SDK remark); an ALLOW entry's
 * AppId must name an existing app (ours). `where` prefixes the error (`2.AppId` in CreateIpControl).
 */
function entryValues(
  tables: CloudApiTables,
  type: IpControlRecord['IpControlType'],
  policy: IpControlPolicy,
  param: string,
  where = '',
) {
  const appId = type === 'ALLOW' ? (policy.AppId?.trim() ?? '') : ''
  if (appId !== '' && !(appId in tables.apps))
    throw invalid(param, `${where}AppId: no app with AppId ${appId} exists.`)
  return { AppId: appId, CidrIp: normalizeCidrs(policy.CidrIp) }
}

export const createIpControl: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(CreateIpControlParamsSchema, raw)
  const now = wireTime(ctx.clock.now())
  const record = await ctx.store.transact((draft) => {
    const tables = draft.cloudapi
    if (Object.values(tables.ipControls).some((p) => p.IpControlName === params.IpControlName))
      throw repeated('IpControlName', `An IP control policy named '${params.IpControlName}' already exists.`)
    const policies = (params.IpControlPolicys ?? []).map((policy, i) => ({
      PolicyItemId: newId(ctx),
      ...entryValues(tables, params.IpControlType, policy, 'IpControlPolicys', `${i + 1}.`),
      CreateTime: now,
    }))
    const created: IpControlRecord = {
      IpControlId: newId(ctx),
      IpControlName: params.IpControlName,
      IpControlType: params.IpControlType,
      Description: params.Description ?? '',
      RegionId: ctx.region,
      CreateTime: now,
      ModifiedTime: now,
      Policies: policies,
      Bindings: [],
    }
    tables.ipControls[created.IpControlId] = created
    return created
  })
  return { IpControlId: record.IpControlId }
}

/** ModifyIpControl: the name and the description; the type cannot change (the SDK has no such field). */
export const modifyIpControl: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(ModifyIpControlParamsSchema, raw)
  await ctx.store.transact((draft) => {
    const tables = draft.cloudapi
    const policy = findIpControl(tables, params.IpControlId)
    const name = params.IpControlName
    if (
      name !== undefined &&
      Object.values(tables.ipControls).some((p) => p.IpControlName === name && p !== policy)
    )
      throw repeated('IpControlName', `An IP control policy named '${name}' already exists.`)
    if (name !== undefined) policy.IpControlName = name
    if (params.Description !== undefined) policy.Description = params.Description
    policy.ModifiedTime = wireTime(ctx.clock.now())
  })
  return {}
}

/** Runs `change` on one list in a transaction and stamps its ModifiedTime. */
function editList<T>(
  ctx: CloudApiContext,
  id: string,
  change: (policy: IpControlRecord, tables: CloudApiTables, now: string) => T,
) {
  return ctx.store.transact((draft) => {
    const policy = findIpControl(draft.cloudapi, id)
    const now = wireTime(ctx.clock.now())
    const result = change(policy, draft.cloudapi, now)
    policy.ModifiedTime = now
    return result
  })
}

const itemNotFound = (id: string) =>
  notFound('IpControlPolicyItem', `The IP control has no policy with PolicyItemId '${id}'.`)

export const addIpControlPolicyItem: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(AddIpControlPolicyItemParamsSchema, raw)
  const item = await editList(ctx, params.IpControlId, (policy, tables, now) => {
    if (policy.Policies.length >= ACCESS_CONTROL_LIMITS.policiesMax)
      throw invalid(
        'IpControlPolicys',
        `An IP control holds at most ${ACCESS_CONTROL_LIMITS.policiesMax} policies: remove one first.`,
      )
    const added = {
      PolicyItemId: newId(ctx),
      ...entryValues(tables, policy.IpControlType, params, 'AppId'),
      CreateTime: now,
      ModifiedTime: now,
    }
    policy.Policies.push(added)
    return added
  })
  return { PolicyItemId: item.PolicyItemId }
}

export const modifyIpControlPolicyItem: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(ModifyIpControlPolicyItemParamsSchema, raw)
  await editList(ctx, params.IpControlId, (policy, tables, now) => {
    const item = policy.Policies.find((p) => p.PolicyItemId === params.PolicyItemId)
    if (!item) throw itemNotFound(params.PolicyItemId)
    Object.assign(item, entryValues(tables, policy.IpControlType, params, 'AppId'), { ModifiedTime: now })
  })
  return {}
}

/** Removes every named entry, or none when one of them does not exist. */
export const removeIpControlPolicyItem: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(RemoveIpControlPolicyItemParamsSchema, raw)
  await editList(ctx, params.IpControlId, (policy) => {
    const missing = params.PolicyItemIds.find((id) => !policy.Policies.some((p) => p.PolicyItemId === id))
    if (missing !== undefined) throw itemNotFound(missing)
    policy.Policies = policy.Policies.filter((p) => !params.PolicyItemIds.includes(p.PolicyItemId))
  })
  return {}
}

/** `1.1.1.1 ; 10.0.0.0/8;` → `1.1.1.1;10.0.0.0/8` */
const normalizeCidrs = (text: string) =>
  text
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .join(';')

export const describeIpControls: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(DescribeIpControlsParamsSchema, raw)
  const keyword = params.IpControlName?.toLowerCase()
  const found = Object.values(ctx.store.read().cloudapi.ipControls)
    .filter((p) => params.IpControlId === undefined || p.IpControlId === params.IpControlId)
    .filter((p) => keyword === undefined || p.IpControlName.toLowerCase().includes(keyword))
    .filter((p) => params.IpControlType === undefined || p.IpControlType === params.IpControlType)
    .sort((a, b) => (a.CreateTime === b.CreateTime ? 0 : a.CreateTime < b.CreateTime ? 1 : -1))
  const { items, paging } = page(
    found,
    params.PageNumber,
    params.PageSize ?? ACCESS_CONTROL_LIMITS.pageSizeDefault,
  )
  return {
    IpControlInfos: {
      IpControlInfo: items.map((p) => ({
        IpControlId: p.IpControlId,
        IpControlName: p.IpControlName,
        IpControlType: p.IpControlType,
        Description: p.Description,
        RegionId: p.RegionId,
        CreateTime: p.CreateTime,
        ModifiedTime: p.ModifiedTime,
      })),
    },
    ...paging,
  }
}

export const describeIpControlPolicyItems: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(DescribeIpControlPolicyItemsParamsSchema, raw)
  const policy = findIpControl(ctx.store.read().cloudapi, params.IpControlId)
  const entries = policy.Policies.filter(
    (p) => params.PolicyItemId === undefined || p.PolicyItemId === params.PolicyItemId,
  )
  const { items, paging } = page(
    [...entries],
    params.PageNumber,
    params.PageSize ?? ACCESS_CONTROL_LIMITS.pageSizeDefault,
  )
  return {
    IpControlPolicyItems: {
      IpControlPolicyItem: items.map((p) => ({
        PolicyItemId: p.PolicyItemId,
        AppId: p.AppId,
        CidrIp: p.CidrIp,
        CreateTime: p.CreateTime,
        ModifiedTime: p.ModifiedTime ?? p.CreateTime,
      })),
    },
    ...paging,
  }
}

const bindings = policyBindingActions({
  name: 'IpControl',
  policies: (tables) => tables.ipControls,
  find: findIpControl,
  schemas: {
    set: IpControlApisParamsSchema,
    remove: RemoveIpControlApisParamsSchema,
    delete: IpControlIdParamsSchema,
  },
})
export const setIpControlApis = bindings.set
export const removeIpControlApis = bindings.remove
export const deleteIpControl = bindings.delete

export const describeApiIpControls: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(ApiPolicyBindingsParamsSchema, raw)
  const tables = ctx.store.read().cloudapi
  const { items, paging } = describeBindings(
    tables,
    tables.ipControls,
    params,
    (policy, binding, apiName) => ({
      ApiId: binding.ApiId,
      ApiName: apiName,
      IpControlId: policy.IpControlId,
      IpControlName: policy.IpControlName,
      BoundTime: binding.BoundTime,
    }),
  )
  return { ApiIpControls: { ApiIpControlItem: items }, ...paging }
}
