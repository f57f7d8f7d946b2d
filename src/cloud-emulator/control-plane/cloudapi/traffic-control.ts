/**
 * Traffic control (throttling): CreateTrafficControl, DescribeTrafficControls, ModifyTrafficControl, SetTrafficControlApis,
 * RemoveTrafficControlApis, DeleteTrafficControl, AddTrafficSpecialControl,
 * DeleteTrafficSpecialControl, DescribeApiTrafficControls (reference §1.2, §1.4 step 7; SDK models).
 * A policy limits, per SECOND / MINUTE / HOUR / DAY, the calls of a bound API (ApiDefault), of each
 * Alibaba Cloud account (UserDefault) and of each app (AppDefault); special policies give chosen apps
 * or accounts their own value. The data plane counts (data-plane/gateway/throttle.ts).
 */
import {
  AddTrafficSpecialControlParamsSchema,
  CreateTrafficControlParamsSchema,
  DeleteTrafficSpecialControlParamsSchema,
  DescribeTrafficControlsParamsSchema,
  ModifyTrafficControlParamsSchema,
  RemoveTrafficControlApisParamsSchema,
  SPECIAL_TYPES,
  TrafficControlApisParamsSchema,
  TrafficControlIdParamsSchema,
  trafficValuesProblem,
} from '../../../cloud-api/cloudapi'
import type { TrafficControlRecord } from '../../store/cloudapi-tables'
import type { DeepReadonly } from '../../store/state'
import { invalid, notFound } from './errors'
import { type CloudApiAction, newId, wireTime } from './lookup'
import { policyBindingActions } from './policy-bindings'
import { createPolicy, describePolicies, editPolicy, renamePolicy, TRAFFIC_CONTROL } from './policy-kind'
import { parseParams } from './rpc'

export const createTrafficControl: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(CreateTrafficControlParamsSchema, raw)
  const problem = trafficValuesProblem(params)
  if (problem) throw invalid(params.AppDefault !== undefined ? 'AppDefault' : 'UserDefault', problem)
  const now = wireTime(ctx.clock.now())
  const id = await createPolicy(
    ctx,
    TRAFFIC_CONTROL,
    params.TrafficControlName,
    (): TrafficControlRecord => ({
      TrafficControlId: newId(ctx),
      TrafficControlName: params.TrafficControlName,
      TrafficControlUnit: params.TrafficControlUnit,
      ApiDefault: params.ApiDefault,
      UserDefault: params.UserDefault ?? null,
      AppDefault: params.AppDefault ?? null,
      Description: params.Description ?? '',
      CreatedTime: now,
      ModifiedTime: now,
      Specials: [],
      Bindings: [],
    }),
  )
  return { TrafficControlId: id }
}

/**
 * ModifyTrafficControl: what is given replaces the stored value, what is left out stays (the SDK makes
 * every field but the id optional); the result must still order AppDefault ≤ UserDefault ≤ ApiDefault.
 * Takes effect on the bound APIs at the next call ("修改将对策略下绑定的 API 即时生效"). A changed unit
 * starts new counting windows (data-plane/gateway/throttle.ts keys them by the unit's window).
 */
export const modifyTrafficControl: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(ModifyTrafficControlParamsSchema, raw)
  await editPolicy(ctx, TRAFFIC_CONTROL, params.TrafficControlId, (policy, tables) => {
    // A throw below discards the whole transaction, the new name with it.
    renamePolicy(tables, TRAFFIC_CONTROL, policy, params.TrafficControlName)
    const next = {
      ApiDefault: params.ApiDefault ?? policy.ApiDefault,
      UserDefault: params.UserDefault ?? policy.UserDefault ?? undefined,
      AppDefault: params.AppDefault ?? policy.AppDefault ?? undefined,
    }
    const problem = trafficValuesProblem(next)
    if (problem)
      throw invalid(
        params.AppDefault !== undefined
          ? 'AppDefault'
          : params.UserDefault !== undefined
            ? 'UserDefault'
            : 'ApiDefault',
        problem,
      )
    if (params.TrafficControlUnit !== undefined) policy.TrafficControlUnit = params.TrafficControlUnit
    policy.ApiDefault = next.ApiDefault
    policy.UserDefault = next.UserDefault ?? null
    policy.AppDefault = next.AppDefault ?? null
    if (params.Description !== undefined) policy.Description = params.Description
  })
  return {}
}

function render(policy: DeepReadonly<TrafficControlRecord>) {
  return {
    TrafficControlId: policy.TrafficControlId,
    TrafficControlName: policy.TrafficControlName,
    TrafficControlUnit: policy.TrafficControlUnit,
    ApiDefault: policy.ApiDefault,
    ...(policy.UserDefault !== null ? { UserDefault: policy.UserDefault } : {}),
    ...(policy.AppDefault !== null ? { AppDefault: policy.AppDefault } : {}),
    Description: policy.Description,
    CreatedTime: policy.CreatedTime,
    ModifiedTime: policy.ModifiedTime,
    SpecialPolicies: {
      SpecialPolicy: SPECIAL_TYPES.map((type) => ({
        SpecialType: type,
        Specials: {
          Special: policy.Specials.filter((s) => s.SpecialType === type).map((s) => ({
            SpecialKey: s.SpecialKey,
            TrafficValue: s.TrafficValue,
          })),
        },
      })).filter((p) => p.Specials.Special.length > 0),
    },
  }
}

export const describeTrafficControls: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(DescribeTrafficControlsParamsSchema, raw)
  const { items, paging } = describePolicies(
    ctx.store.read().cloudapi,
    TRAFFIC_CONTROL,
    { ...params, id: params.TrafficControlId, name: params.TrafficControlName },
    // With ApiId (+ GroupId, StageName): the policy bound to that API.
    (p) =>
      params.ApiId === undefined ||
      p.Bindings.some(
        (b) =>
          b.ApiId === params.ApiId &&
          (params.GroupId === undefined || b.GroupId === params.GroupId) &&
          (params.StageName === undefined || b.StageName === params.StageName),
      ),
  )
  return { TrafficControls: { TrafficControl: items.map(render) }, ...paging }
}

const bindings = policyBindingActions(TRAFFIC_CONTROL, {
  set: TrafficControlApisParamsSchema,
  remove: RemoveTrafficControlApisParamsSchema,
  delete: TrafficControlIdParamsSchema,
})
export const setTrafficControlApis = bindings.set
export const removeTrafficControlApis = bindings.remove
export const deleteTrafficControl = bindings.delete
export const describeApiTrafficControls = bindings.describeApis

/** A special value for one app (SpecialKey = AppId) or account (SpecialKey = account id); replaces an earlier one. */
export const addTrafficSpecialControl: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(AddTrafficSpecialControlParamsSchema, raw)
  await editPolicy(ctx, TRAFFIC_CONTROL, params.TrafficControlId, (policy, tables) => {
    if (params.SpecialType === 'APP' && !(params.SpecialKey in tables.apps))
      throw notFound('App', `No app with AppId ${params.SpecialKey} exists.`)
    policy.Specials = policy.Specials.filter(
      (s) => !(s.SpecialType === params.SpecialType && s.SpecialKey === params.SpecialKey),
    )
    policy.Specials.push({
      SpecialType: params.SpecialType,
      SpecialKey: params.SpecialKey,
      TrafficValue: params.TrafficValue,
    })
  })
  return {}
}

export const deleteTrafficSpecialControl: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(DeleteTrafficSpecialControlParamsSchema, raw)
  await editPolicy(ctx, TRAFFIC_CONTROL, params.TrafficControlId, (policy) => {
    const before = policy.Specials.length
    policy.Specials = policy.Specials.filter(
      (s) => !(s.SpecialType === params.SpecialType && s.SpecialKey === params.SpecialKey),
    )
    if (policy.Specials.length === before)
      throw notFound(
        'TrafficSpecialControl',
        `No special ${params.SpecialType} value for '${params.SpecialKey}'.`,
      )
  })
  return {}
}
