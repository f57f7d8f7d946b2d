import {
  AddIpControlPolicyItemResponseSchema,
  type CloudApiParams,
  CreateIpControlResponseSchema,
  CreateTrafficControlResponseSchema,
  DescribeApiIpControlsResponseSchema,
  DescribeApiTrafficControlsResponseSchema,
  DescribeIpControlPolicyItemsResponseSchema,
  DescribeIpControlsResponseSchema,
  DescribeTrafficControlsResponseSchema,
  type IpControlType,
  RequestIdOnlySchema,
} from '@/cloud-api/cloudapi'
import { callCloudApi } from './cloudapi-client'

/**
 * The gateway's access controls (reference §1.2, §1.4 step 7): IP control lists and traffic control
 * policies, each bound to APIs per stage. Shared by the Access Control area and the wizard.
 */
export function describeIpControls(params: CloudApiParams<'DescribeIpControls'>, signal?: AbortSignal) {
  return callCloudApi('DescribeIpControls', params, DescribeIpControlsResponseSchema, signal)
}
export function describeIpControlPolicyItems(ipControlId: string, signal?: AbortSignal) {
  return callCloudApi(
    'DescribeIpControlPolicyItems',
    { IpControlId: ipControlId, PageSize: 100 },
    DescribeIpControlPolicyItemsResponseSchema,
    signal,
  )
}

export interface IpControlInput {
  name: string
  type: IpControlType
  description: string
  policies: ReadonlyArray<{ cidrIp: string; appId?: string }>
}

/**
 * CreateIpControl with its policies as the SDK sends them: a flattened repeat list
 * (`IpControlPolicys.1.CidrIp`, `IpControlPolicys.1.AppId`, reference §1.1). AppId only for ALLOW.
 */
export function createIpControl(input: IpControlInput) {
  const params: Record<string, string> = {
    IpControlName: input.name,
    IpControlType: input.type,
    Description: input.description,
  }
  input.policies.forEach((policy, i) => {
    params[`IpControlPolicys.${i + 1}.CidrIp`] = policy.cidrIp
    if (input.type === 'ALLOW' && policy.appId) params[`IpControlPolicys.${i + 1}.AppId`] = policy.appId
  })
  return callCloudApi(
    'CreateIpControl',
    params as CloudApiParams<'CreateIpControl'>,
    CreateIpControlResponseSchema,
  )
}
/** ModifyIpControl: the name and the description (the type cannot change). */
export function modifyIpControl(params: CloudApiParams<'ModifyIpControl'>) {
  return callCloudApi('ModifyIpControl', params, RequestIdOnlySchema)
}
/** AddIpControlPolicyItem / ModifyIpControlPolicyItem: one entry; an AppId only for ALLOW lists. */
export function addIpControlPolicyItem(params: CloudApiParams<'AddIpControlPolicyItem'>) {
  return callCloudApi('AddIpControlPolicyItem', params, AddIpControlPolicyItemResponseSchema)
}
export function modifyIpControlPolicyItem(params: CloudApiParams<'ModifyIpControlPolicyItem'>) {
  return callCloudApi('ModifyIpControlPolicyItem', params, RequestIdOnlySchema)
}
/** RemoveIpControlPolicyItem: `PolicyItemIds` separated by semicolons. */
export function removeIpControlPolicyItems(ipControlId: string, policyItemIds: readonly string[]) {
  return callCloudApi(
    'RemoveIpControlPolicyItem',
    { IpControlId: ipControlId, PolicyItemIds: policyItemIds.join(';') },
    RequestIdOnlySchema,
  )
}
export function deleteIpControl(ipControlId: string) {
  return callCloudApi('DeleteIpControl', { IpControlId: ipControlId }, RequestIdOnlySchema)
}
export function setIpControlApis(params: CloudApiParams<'SetIpControlApis'>) {
  return callCloudApi('SetIpControlApis', params, RequestIdOnlySchema)
}
export function removeIpControlApis(params: CloudApiParams<'RemoveIpControlApis'>) {
  return callCloudApi('RemoveIpControlApis', params, RequestIdOnlySchema)
}
export function describeApiIpControls(params: CloudApiParams<'DescribeApiIpControls'>, signal?: AbortSignal) {
  return callCloudApi('DescribeApiIpControls', params, DescribeApiIpControlsResponseSchema, signal)
}

export function describeTrafficControls(
  params: CloudApiParams<'DescribeTrafficControls'>,
  signal?: AbortSignal,
) {
  return callCloudApi('DescribeTrafficControls', params, DescribeTrafficControlsResponseSchema, signal)
}
export function createTrafficControl(params: CloudApiParams<'CreateTrafficControl'>) {
  return callCloudApi('CreateTrafficControl', params, CreateTrafficControlResponseSchema)
}
/** ModifyTrafficControl: what is left out keeps its value. */
export function modifyTrafficControl(params: CloudApiParams<'ModifyTrafficControl'>) {
  return callCloudApi('ModifyTrafficControl', params, RequestIdOnlySchema)
}
export function deleteTrafficControl(trafficControlId: string) {
  return callCloudApi('DeleteTrafficControl', { TrafficControlId: trafficControlId }, RequestIdOnlySchema)
}
export function setTrafficControlApis(params: CloudApiParams<'SetTrafficControlApis'>) {
  return callCloudApi('SetTrafficControlApis', params, RequestIdOnlySchema)
}
export function removeTrafficControlApis(params: CloudApiParams<'RemoveTrafficControlApis'>) {
  return callCloudApi('RemoveTrafficControlApis', params, RequestIdOnlySchema)
}
export function addTrafficSpecialControl(params: CloudApiParams<'AddTrafficSpecialControl'>) {
  return callCloudApi('AddTrafficSpecialControl', params, RequestIdOnlySchema)
}
export function deleteTrafficSpecialControl(params: CloudApiParams<'DeleteTrafficSpecialControl'>) {
  return callCloudApi('DeleteTrafficSpecialControl', params, RequestIdOnlySchema)
}
export function describeApiTrafficControls(
  params: CloudApiParams<'DescribeApiTrafficControls'>,
  signal?: AbortSignal,
) {
  return callCloudApi('DescribeApiTrafficControls', params, DescribeApiTrafficControlsResponseSchema, signal)
}
