import type { z } from 'zod'
import {
  type AppCodeAuthType,
  type AuthType,
  type CloudApiParams,
  CreateApiResponseSchema,
  DescribeApiResponseSchema,
  DescribeApisResponseSchema,
  DescribeDeployedApiResponseSchema,
  EVENT_FORMAT_FIELD,
  type EventFormat,
  type FcType,
  type ParameterLocation,
  type RequestConfigSchema,
  type RequestHttpMethod,
  RequestIdOnlySchema,
  type RequestMode,
  type RequestParameter,
  type RequestParameterSchema,
  type ServiceConfigSchema,
  type ServiceParameterMapSchema,
  type ServiceParameterSchema,
  type StageName,
  type Visibility,
} from '@/cloud-api/cloudapi'
import { callCloudApi } from './cloudapi-client'

/** APIs and their publication per stage (reference §1.2, §1.4 steps 3–4; seed 000/002 Step 2/3). */
export function describeApis(params: CloudApiParams<'DescribeApis'>, signal?: AbortSignal) {
  return callCloudApi('DescribeApis', params, DescribeApisResponseSchema, signal)
}

export function describeApi(apiId: string, groupId?: string, signal?: AbortSignal) {
  return callCloudApi('DescribeApi', { ApiId: apiId, GroupId: groupId }, DescribeApiResponseSchema, signal)
}

export function createApi(params: CloudApiParams<'CreateApi'>) {
  return callCloudApi('CreateApi', params, CreateApiResponseSchema)
}

export function modifyApi(params: CloudApiParams<'ModifyApi'>) {
  return callCloudApi('ModifyApi', params, RequestIdOnlySchema)
}

export function deleteApi(apiId: string, groupId?: string) {
  return callCloudApi('DeleteApi', { ApiId: apiId, GroupId: groupId }, RequestIdOnlySchema)
}

export function deployApi(params: CloudApiParams<'DeployApi'>) {
  return callCloudApi('DeployApi', params, RequestIdOnlySchema)
}

export function abolishApi(params: CloudApiParams<'AbolishApi'>) {
  return callCloudApi('AbolishApi', params, RequestIdOnlySchema)
}

export function describeDeployedApi(apiId: string, stage: StageName, groupId?: string, signal?: AbortSignal) {
  return callCloudApi(
    'DescribeDeployedApi',
    { ApiId: apiId, StageName: stage, GroupId: groupId },
    DescribeDeployedApiResponseSchema,
    signal,
  )
}

/** A request parameter as the console's form edits it. */
export interface ApiParameterInput {
  name: string
  location: ParameterLocation
  type: RequestParameter['ParameterType']
  required: boolean
  defaultValue?: string
  description?: string
}

/** An API on an existing FC_EVENT_V3 backend service, in the console's terms. */
export interface ApiDefinitionInput {
  groupId: string
  apiName: string
  description: string
  authType: AuthType
  /** for `APP` APIs: where callers may put an AppCode (doc 115437); the cloud's own default is DEFAULT */
  appCodeAuthType?: AppCodeAuthType
  visibility: Visibility
  protocol: string
  method: RequestHttpMethod
  path: string
  requestMode: RequestMode
  parameters: readonly ApiParameterInput[]
  backendId: string
  /** ms */
  serviceTimeout: number
  resultType: string
  resultSample: string
  failResultSample: string
  /** the backend's function type: an event function (the default) or a web function (`HttpTrigger`) */
  fcType?: FcType
  /** Emulator-only (issue 7, decision 011): absent or `alibaba` sends nothing, as the real cloud needs. */
  eventFormat?: EventFormat
}

/** The content type the gateway sends to the backend by default (reference §1.3 ContentTypeValue). */
export const DEFAULT_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=UTF-8'

/**
 * CreateApi parameters for "Configuration Mode: Use Existing Backend Service" (seed 000 Step 2):
 * `BackendEnable` + `BackendId` select the backend service, whose model for the stage supplies the
 * function; ServiceConfig keeps the protocol and the backend timeout. Each request parameter is
 * passed on under its own name (ServiceParameters + ServiceParametersMap), as the console does.
 */
export function apiDefinitionParams(input: ApiDefinitionInput): CloudApiParams<'CreateApi'> {
  const hasBodyParams = input.parameters.some((p) => p.location === 'BODY')
  const requestConfig: z.input<typeof RequestConfigSchema> = {
    RequestProtocol: input.protocol,
    RequestHttpMethod: input.method,
    RequestPath: input.path,
    RequestMode: input.requestMode,
    ...(input.requestMode !== 'PASSTHROUGH' && hasBodyParams && { BodyFormat: 'FORM' as const }),
  }
  const serviceConfig: z.input<typeof ServiceConfigSchema> = {
    ServiceProtocol: 'FunctionCompute',
    ServiceTimeout: input.serviceTimeout,
    ContentTypeCatagory: 'DEFAULT',
    ContentTypeValue: DEFAULT_CONTENT_TYPE,
    Mock: 'FALSE',
    ServiceVpcEnable: 'FALSE',
    FunctionComputeConfig: { FcType: input.fcType ?? 'FCEvent', FcVersion: '3.0' },
    // Event formats shape events; a web function gets the raw request.
    ...(input.fcType !== 'HttpTrigger' &&
      input.eventFormat &&
      input.eventFormat !== 'alibaba' && { [EVENT_FORMAT_FIELD]: input.eventFormat }),
  }
  const requestParameters: z.input<typeof RequestParameterSchema>[] = input.parameters.map((p) => ({
    ApiParameterName: p.name,
    Location: p.location,
    ParameterType: p.type,
    Required: p.required ? 'REQUIRED' : 'OPTIONAL',
    ...(p.defaultValue && { DefaultValue: p.defaultValue }),
    ...(p.description && { Description: p.description }),
  }))
  const serviceParameters: z.input<typeof ServiceParameterSchema>[] = input.parameters.map((p) => ({
    ServiceParameterName: p.name,
    Location: p.location,
    ParameterType: p.type.toUpperCase(),
    ParameterCatalog: 'REQUEST',
  }))
  const serviceParametersMap: z.input<typeof ServiceParameterMapSchema>[] = input.parameters.map((p) => ({
    ServiceParameterName: p.name,
    RequestParameterName: p.name,
  }))
  return {
    GroupId: input.groupId,
    ApiName: input.apiName,
    Description: input.description,
    Visibility: input.visibility,
    AuthType: input.authType,
    ...(input.authType === 'APP' && input.appCodeAuthType && { AppCodeAuthType: input.appCodeAuthType }),
    RequestConfig: JSON.stringify(requestConfig),
    ServiceConfig: JSON.stringify(serviceConfig),
    RequestParameters: JSON.stringify(requestParameters),
    ServiceParameters: JSON.stringify(serviceParameters),
    ServiceParametersMap: JSON.stringify(serviceParametersMap),
    BackendEnable: true,
    BackendId: input.backendId,
    ResultType: input.resultType as CloudApiParams<'CreateApi'>['ResultType'],
    ResultSample: input.resultSample,
    FailResultSample: input.failResultSample,
  }
}
