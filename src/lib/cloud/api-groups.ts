import {
  type CloudApiParams,
  CreateApiGroupResponseSchema,
  DescribeApiGroupResponseSchema,
  DescribeApiGroupsResponseSchema,
  ModifyApiGroupResponseSchema,
  RequestIdOnlySchema,
} from '@/cloud-api/cloudapi'
import { callCloudApi } from './cloudapi-client'

/** API groups (reference §1.2; seed 002 Step 3 "Create group"). */
export function describeApiGroups(params: CloudApiParams<'DescribeApiGroups'>, signal?: AbortSignal) {
  return callCloudApi('DescribeApiGroups', params, DescribeApiGroupsResponseSchema, signal)
}

export function describeApiGroup(groupId: string, signal?: AbortSignal) {
  return callCloudApi('DescribeApiGroup', { GroupId: groupId }, DescribeApiGroupResponseSchema, signal)
}

export function createApiGroup(params: CloudApiParams<'CreateApiGroup'>) {
  return callCloudApi('CreateApiGroup', params, CreateApiGroupResponseSchema)
}

export function modifyApiGroup(params: CloudApiParams<'ModifyApiGroup'>) {
  return callCloudApi('ModifyApiGroup', params, ModifyApiGroupResponseSchema)
}

export function deleteApiGroup(groupId: string) {
  return callCloudApi('DeleteApiGroup', { GroupId: groupId }, RequestIdOnlySchema)
}
