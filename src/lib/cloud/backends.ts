import {
  apiGatewayRoleArn,
  type BackendConfig,
  type BackendModel,
  type CloudApiParams,
  CreateBackendModelResponseSchema,
  CreateBackendResponseSchema,
  DescribeBackendInfoResponseSchema,
  DescribeBackendListResponseSchema,
  type FunctionComputeConfig,
  FunctionComputeConfigSchema,
  RequestIdOnlySchema,
  type StageName,
} from '@/cloud-api/cloudapi'
import { callCloudApi } from './cloudapi-client'

/**
 * Backend services and their per-stage backend models (reference §1.2, §1.4 step 2; seed 000/002
 * Step 2: "Create Backend Service … click the Production tab … Create … choose the event function …
 * Publish").
 */
export function describeBackendList(params: CloudApiParams<'DescribeBackendList'>, signal?: AbortSignal) {
  return callCloudApi('DescribeBackendList', params, DescribeBackendListResponseSchema, signal)
}

export function describeBackendInfo(backendId: string, signal?: AbortSignal) {
  return callCloudApi(
    'DescribeBackendInfo',
    { BackendId: backendId },
    DescribeBackendInfoResponseSchema,
    signal,
  )
}

export function createBackend(params: CloudApiParams<'CreateBackend'>) {
  return callCloudApi('CreateBackend', params, CreateBackendResponseSchema)
}

export function deleteBackend(backendId: string) {
  return callCloudApi('DeleteBackend', { BackendId: backendId }, RequestIdOnlySchema)
}

export function createBackendModel(params: CloudApiParams<'CreateBackendModel'>) {
  return callCloudApi('CreateBackendModel', params, CreateBackendModelResponseSchema)
}

export function deleteBackendModel(params: CloudApiParams<'DeleteBackendModel'>) {
  return callCloudApi('DeleteBackendModel', params, RequestIdOnlySchema)
}

/** `acs:fc:<region>:<account>:functions/<name>` → its region and account. */
export function parseFunctionArn(arn: string): { region: string; accountId: string } | null {
  const match = /^acs:fc:([^:]+):([^:]+):functions\//.exec(arn)
  return match ? { region: match[1]!, accountId: match[2]! } : null
}

export interface EventFunctionTarget {
  functionName: string
  functionArn: string
  /** `LATEST`, a version or an alias. */
  qualifier?: string
}

/**
 * BackendModelData of an FC_EVENT_V3 backend (the contract's BackendConfig): the function, its
 * region, and the role API Gateway assumes to call Function Compute.
 */
export function eventFunctionBackendConfig(target: EventFunctionTarget): BackendConfig {
  const arn = parseFunctionArn(target.functionArn)
  return {
    Type: 'FC_EVENT_V3',
    FunctionComputeConfig: {
      FcRegionId: arn?.region,
      FcType: 'FCEvent',
      FcVersion: '3.0',
      FunctionName: target.functionName,
      Qualifier: target.qualifier || 'LATEST',
      ...(arn && { RoleArn: apiGatewayRoleArn(arn.accountId) }),
    },
  }
}

/** The parameters that bind an event function to a stage of an FC_EVENT_V3 backend service. */
export function bindEventFunctionParams(
  backendId: string,
  stage: StageName,
  target: EventFunctionTarget,
  description = '',
): CloudApiParams<'CreateBackendModel'> {
  return {
    BackendId: backendId,
    BackendType: 'FC_EVENT_V3',
    StageName: stage,
    BackendModelData: JSON.stringify(eventFunctionBackendConfig(target)),
    Description: description,
  }
}

/** The Function Compute settings of a backend model, read with the contract's schema. */
export function functionConfigOf(model: BackendModel): FunctionComputeConfig | null {
  const parsed = FunctionComputeConfigSchema.safeParse(model.BackendConfig.FunctionComputeConfig)
  return parsed.success ? parsed.data : null
}

/** A web function behind an FC_HTTP_V3 backend: the function and its HTTP trigger's internal URL. */
export interface WebFunctionTarget extends EventFunctionTarget {
  /** the HTTP trigger's `urlIntranet` (seed 002 Step 2: "paste the internal endpoint") */
  fcBaseUrl: string
}

/** CreateBackendModel parameters binding a web function (FC_HTTP_V3, FcType HttpTrigger) to a stage. */
export function bindWebFunctionParams(
  backendId: string,
  stage: StageName,
  target: WebFunctionTarget,
  description = '',
): CloudApiParams<'CreateBackendModel'> {
  const arn = parseFunctionArn(target.functionArn)
  const config: BackendConfig = {
    Type: 'FC_HTTP_V3',
    FunctionComputeConfig: {
      FcRegionId: arn?.region,
      FcType: 'HttpTrigger',
      FcVersion: '3.0',
      FunctionName: target.functionName,
      Qualifier: target.qualifier || 'LATEST',
      FcBaseUrl: target.fcBaseUrl,
      ...(arn && { RoleArn: apiGatewayRoleArn(arn.accountId) }),
    },
  }
  return {
    BackendId: backendId,
    BackendType: 'FC_HTTP_V3',
    StageName: stage,
    BackendModelData: JSON.stringify(config),
    Description: description,
  }
}
