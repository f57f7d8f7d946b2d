/**
 * The CloudAPI 2016-07-14 endpoint (`apigateway.<region>.aliyuncs.com`, RPC style; reference §1.1):
 * one operation that reads `Action` + `Version`, runs the action and answers `{RequestId, …}` or the
 * POP error body. Adding an action is one line in ACTIONS.
 */
import { type CloudApiAction as ActionName, CLOUDAPI_VERSION } from '../../../cloud-api/cloudapi'
import { type Operation, withFields } from '../../context'
import { popRequestId } from '../../ids'
import { createApi, deleteApi, describeApi, describeApis, modifyApi } from './apis'
import {
  createApp,
  deleteApp,
  describeAppAttributes,
  describeAppSecurity,
  describeApps,
  resetAppCode,
  resetAppSecret,
} from './apps'
import {
  describeAuthorizedApis,
  describeAuthorizedApps,
  removeApisAuthorities,
  setApisAuthorities,
} from './authorities'
import {
  createBackend,
  createBackendModel,
  deleteBackend,
  deleteBackendModel,
  describeBackendInfo,
  describeBackendList,
} from './backends'
import { abolishApi, deployApi, describeDeployedApi } from './deploy'
import { invalidAction, invalidVersion, missing, PopError, popErrorResponse, popResponse } from './errors'
import { createApiGroup, deleteApiGroup, describeApiGroup, describeApiGroups, modifyApiGroup } from './groups'
import {
  addIpControlPolicyItem,
  createIpControl,
  deleteIpControl,
  describeApiIpControls,
  describeIpControlPolicyItems,
  describeIpControls,
  modifyIpControl,
  modifyIpControlPolicyItem,
  removeIpControlApis,
  removeIpControlPolicyItem,
  setIpControlApis,
} from './ip-control'
import type { CloudApiAction } from './lookup'
import { readRpcCall } from './rpc'
import {
  addTrafficSpecialControl,
  createTrafficControl,
  deleteTrafficControl,
  deleteTrafficSpecialControl,
  describeApiTrafficControls,
  describeTrafficControls,
  modifyTrafficControl,
  removeTrafficControlApis,
  setTrafficControlApis,
} from './traffic-control'

const ACTIONS: Record<ActionName, CloudApiAction> = {
  CreateApiGroup: createApiGroup,
  DescribeApiGroups: describeApiGroups,
  DescribeApiGroup: describeApiGroup,
  ModifyApiGroup: modifyApiGroup,
  DeleteApiGroup: deleteApiGroup,
  CreateBackend: createBackend,
  DescribeBackendList: describeBackendList,
  DescribeBackendInfo: describeBackendInfo,
  CreateBackendModel: createBackendModel,
  DeleteBackendModel: deleteBackendModel,
  DeleteBackend: deleteBackend,
  CreateApi: createApi,
  DescribeApis: describeApis,
  DescribeApi: describeApi,
  ModifyApi: modifyApi,
  DeleteApi: deleteApi,
  DeployApi: deployApi,
  AbolishApi: abolishApi,
  DescribeDeployedApi: describeDeployedApi,
  // Apps, authorization, IP control and traffic control (issue 4)
  CreateApp: createApp,
  DescribeApps: describeApps,
  DescribeAppAttributes: describeAppAttributes,
  DescribeAppSecurity: describeAppSecurity,
  ResetAppSecret: resetAppSecret,
  ResetAppCode: resetAppCode,
  DeleteApp: deleteApp,
  SetApisAuthorities: setApisAuthorities,
  RemoveApisAuthorities: removeApisAuthorities,
  DescribeAuthorizedApis: describeAuthorizedApis,
  DescribeAuthorizedApps: describeAuthorizedApps,
  CreateIpControl: createIpControl,
  DescribeIpControls: describeIpControls,
  DescribeIpControlPolicyItems: describeIpControlPolicyItems,
  ModifyIpControl: modifyIpControl,
  AddIpControlPolicyItem: addIpControlPolicyItem,
  ModifyIpControlPolicyItem: modifyIpControlPolicyItem,
  RemoveIpControlPolicyItem: removeIpControlPolicyItem,
  SetIpControlApis: setIpControlApis,
  RemoveIpControlApis: removeIpControlApis,
  DeleteIpControl: deleteIpControl,
  DescribeApiIpControls: describeApiIpControls,
  CreateTrafficControl: createTrafficControl,
  DescribeTrafficControls: describeTrafficControls,
  ModifyTrafficControl: modifyTrafficControl,
  SetTrafficControlApis: setTrafficControlApis,
  RemoveTrafficControlApis: removeTrafficControlApis,
  DeleteTrafficControl: deleteTrafficControl,
  AddTrafficSpecialControl: addTrafficSpecialControl,
  DeleteTrafficSpecialControl: deleteTrafficSpecialControl,
  DescribeApiTrafficControls: describeApiTrafficControls,
}

const isAction = (name: string): name is ActionName => Object.hasOwn(ACTIONS, name)

/** Answers one RPC call. Never throws: every failure is a POP error body (unknown ones a 500, logged). */
export const cloudApiOperation: Operation = async (ctx) => {
  const requestId = popRequestId(ctx.ids)
  try {
    const call = await readRpcCall(ctx.request, ctx.url)
    if (!call.action) throw missing('Action')
    if (call.version !== CLOUDAPI_VERSION) throw invalidVersion()
    if (!isAction(call.action)) throw invalidAction()
    const body = await ACTIONS[call.action](withFields(ctx, { popRequestId: requestId }), call.params)
    return popResponse(body, requestId)
  } catch (error) {
    if (!(error instanceof PopError))
      ctx.log({ level: 'error', message: 'unexpected failure in CloudAPI', requestId, error })
    return popErrorResponse(error, requestId, ctx.region)
  }
}

/**
 * Whether a request is a CloudAPI call, from what the URL and headers say (the body is read later):
 * RPC calls go to `/`, with `Action`/`Version` in the query (V1 signatures, pop-core GET), in the
 * `x-acs-action` header (V3 signatures, the SDK) or in a form body (pop-core POST).
 */
export function isCloudApiRequest(method: string, url: URL, headers?: Headers): boolean {
  if (url.pathname !== '/') return false
  if (url.searchParams.has('Action') || headers?.has('x-acs-action')) return true
  return method.toUpperCase() === 'POST'
}
