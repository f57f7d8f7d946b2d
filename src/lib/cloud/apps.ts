import {
  type CloudApiParams,
  CreateAppResponseSchema,
  DescribeAppAttributesResponseSchema,
  DescribeAppSecurityResponseSchema,
  DescribeAppsResponseSchema,
  DescribeAuthorizedApisResponseSchema,
  DescribeAuthorizedAppsResponseSchema,
  RequestIdOnlySchema,
} from '@/cloud-api/cloudapi'
import { callCloudApi } from './cloudapi-client'

/**
 * Apps and their authorization to call APIs (reference §1.2, §1.4 steps 5–6; seed 002 Step 4 "Create an
 * app and grant authorization"). Shared by the Apps area and the APIs area's Authorize dialog (features
 * never import each other). `AppId` is a number on the wire.
 */
export function describeApps(params: CloudApiParams<'DescribeApps'>, signal?: AbortSignal) {
  return callCloudApi('DescribeApps', params, DescribeAppsResponseSchema, signal)
}
export function describeAppAttributes(params: CloudApiParams<'DescribeAppAttributes'>, signal?: AbortSignal) {
  return callCloudApi('DescribeAppAttributes', params, DescribeAppAttributesResponseSchema, signal)
}
export function createApp(params: CloudApiParams<'CreateApp'>) {
  return callCloudApi('CreateApp', params, CreateAppResponseSchema)
}
export function deleteApp(appId: number) {
  return callCloudApi('DeleteApp', { AppId: appId }, RequestIdOnlySchema)
}
/**
 * The app's AppKey, AppSecret and AppCode. The secret reaches the browser: call it only when the user
 * asks to see the credentials, and keep the answer no longer than it is shown (decision 010).
 */
export function describeAppSecurity(appId: number, signal?: AbortSignal) {
  return callCloudApi('DescribeAppSecurity', { AppId: appId }, DescribeAppSecurityResponseSchema, signal)
}
export function resetAppSecret(appKey: string) {
  return callCloudApi('ResetAppSecret', { AppKey: appKey }, RequestIdOnlySchema)
}
export function resetAppCode(appCode: string) {
  return callCloudApi('ResetAppCode', { AppCode: appCode }, RequestIdOnlySchema)
}
export function setApisAuthorities(params: CloudApiParams<'SetApisAuthorities'>) {
  return callCloudApi('SetApisAuthorities', params, RequestIdOnlySchema)
}
export function removeApisAuthorities(params: CloudApiParams<'RemoveApisAuthorities'>) {
  return callCloudApi('RemoveApisAuthorities', params, RequestIdOnlySchema)
}
export function describeAuthorizedApis(
  params: CloudApiParams<'DescribeAuthorizedApis'>,
  signal?: AbortSignal,
) {
  return callCloudApi('DescribeAuthorizedApis', params, DescribeAuthorizedApisResponseSchema, signal)
}
export function describeAuthorizedApps(
  params: CloudApiParams<'DescribeAuthorizedApps'>,
  signal?: AbortSignal,
) {
  return callCloudApi('DescribeAuthorizedApps', params, DescribeAuthorizedAppsResponseSchema, signal)
}

/** `2030-10-05T16:00` (a datetime-local value, read as UTC) → `2030-10-05T16:00:00Z`; '' → '' (never expires). */
export function authValidTimeOf(localValue: string): string {
  const value = localValue.trim()
  if (!value) return ''
  return /Z$/.test(value) ? value : `${value.length === 16 ? `${value}:00` : value}Z`
}
