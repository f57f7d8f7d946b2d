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
import { invalid, notFound } from './errors'
import { type CloudApiAction, newId, page, wireTime } from './lookup'
import { policyBindingActions } from './policy-bindings'
import {
  createPolicy,
  describePolicies,
  editPolicy,
  findPolicy,
  IP_CONTROL,
  renamePolicy,
} from './policy-kind'
import { parseParams } from './rpc'

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
  const id = await createPolicy(ctx, IP_CONTROL, params.IpControlName, (tables): IpControlRecord => {
    const policies = (params.IpControlPolicys ?? []).map((policy, i) => ({
      PolicyItemId: newId(ctx),
      ...entryValues(tables, params.IpControlType, policy, 'IpControlPolicys', `${i + 1}.`),
      CreateTime: now,
    }))
    return {
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
  })
  return { IpControlId: id }
}

/** ModifyIpControl: the name and the description; the type cannot change (the SDK has no such field). */
export const modifyIpControl: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(ModifyIpControlParamsSchema, raw)
  await editPolicy(ctx, IP_CONTROL, params.IpControlId, (policy, tables) => {
    renamePolicy(tables, IP_CONTROL, policy, params.IpControlName)
    if (params.Description !== undefined) policy.Description = params.Description
  })
  return {}
}

const itemNotFound = (id: string) =>
  notFound('IpControlPolicyItem', `The IP control has no policy with PolicyItemId '${id}'.`)

export const addIpControlPolicyItem: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(AddIpControlPolicyItemParamsSchema, raw)
  const item = await editPolicy(ctx, IP_CONTROL, params.IpControlId, (policy, tables, now) => {
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
  await editPolicy(ctx, IP_CONTROL, params.IpControlId, (policy, tables, now) => {
    const item = policy.Policies.find((p) => p.PolicyItemId === params.PolicyItemId)
    if (!item) throw itemNotFound(params.PolicyItemId)
    Object.assign(item, entryValues(tables, policy.IpControlType, params, 'AppId'), { ModifiedTime: now })
  })
  return {}
}

/** Removes every named entry, or none when one of them does not exist. */
export const removeIpControlPolicyItem: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(RemoveIpControlPolicyItemParamsSchema, raw)
  await editPolicy(ctx, IP_CONTROL, params.IpControlId, (policy) => {
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
  const { items, paging } = describePolicies(
    ctx.store.read().cloudapi,
    IP_CONTROL,
    { ...params, id: params.IpControlId, name: params.IpControlName },
    (p) => params.IpControlType === undefined || p.IpControlType === params.IpControlType,
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
  const policy = findPolicy(ctx.store.read().cloudapi, IP_CONTROL, params.IpControlId)
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

const bindings = policyBindingActions(IP_CONTROL, {
  set: IpControlApisParamsSchema,
  remove: RemoveIpControlApisParamsSchema,
  delete: IpControlIdParamsSchema,
})
export const setIpControlApis = bindings.set
export const removeIpControlApis = bindings.remove
export const deleteIpControl = bindings.delete
export const describeApiIpControls = bindings.describeApis
