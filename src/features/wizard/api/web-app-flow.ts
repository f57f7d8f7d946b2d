import { CLOUDAPI_LIMITS } from '@/cloud-api/cloudapi'
import { createApiGroup, describeApiGroup } from '@/lib/cloud/api-groups'
import { apiDefinitionParams, createApi, deployApi } from '@/lib/cloud/apis'
import { createApp, describeAppSecurity, setApisAuthorities } from '@/lib/cloud/apps'
import { bindWebFunctionParams, createBackend, createBackendModel } from '@/lib/cloud/backends'
import { createFunction } from '@/lib/cloud/functions'
import { type GatewayExchange, sendGatewayRequest } from '@/lib/cloud/gateway'
import {
  createHttpTrigger,
  WEB_FUNCTION_FILE,
  WEB_STARTER_CODE,
  webFunctionInput,
} from '@/lib/cloud/web-function'
import { textFile, zipToBase64 } from '@/lib/zip'

/**
 * The seed's second flow (seed 002 "Connect a web function to API Gateway", Steps 1–5), one call chain
 * per step: web function + HTTP trigger → FC_HTTP_V3 backend service → group, API with Alibaba Cloud App
 * authentication, publish → app + authorization → call with `Authorization: APPCODE`.
 */
export interface WebFlowState {
  functionName?: string
  functionArn?: string
  urlIntranet?: string
  backendId?: string
  backendName?: string
  groupId?: string
  groupName?: string
  subDomain?: string
  apiId?: string
  apiName?: string
  appId?: number
  appName?: string
}

export const WEB_FLOW_PATH = '/web'

export async function createWebFunctionStep(suffix: string): Promise<WebFlowState> {
  const functionName = `web-function-${suffix}`
  const fn = await createFunction(
    webFunctionInput({
      functionName,
      memorySize: 512,
      timeout: 60,
      description: 'Created by Quick Start (web function flow).',
      code: { zipFile: zipToBase64({ [WEB_FUNCTION_FILE]: textFile(WEB_STARTER_CODE) }) },
    }),
  )
  const trigger = await createHttpTrigger(fn.functionName)
  return { functionName, functionArn: fn.functionArn, urlIntranet: trigger.httpTrigger?.urlIntranet }
}

export async function createBackendStep(state: WebFlowState, suffix: string): Promise<WebFlowState> {
  const backendName = `web-backend-${suffix}`
  const { BackendId } = await createBackend({ BackendName: backendName, BackendType: 'FC_HTTP_V3' })
  await createBackendModel(
    bindWebFunctionParams(BackendId, 'RELEASE', {
      functionName: state.functionName ?? '',
      functionArn: state.functionArn ?? '',
      fcBaseUrl: state.urlIntranet ?? '',
    }),
  )
  return { backendId: BackendId, backendName }
}

export async function createApiStep(state: WebFlowState, suffix: string): Promise<WebFlowState> {
  const groupName = `web_group_${suffix}`
  const group = await createApiGroup({ GroupName: groupName, Description: 'Created by Quick Start.' })
  const apiName = `web_api_${suffix}`
  const params = apiDefinitionParams({
    groupId: group.GroupId,
    apiName,
    description: 'Created by Quick Start: a web function behind Alibaba Cloud App authentication.',
    authType: 'APP',
    // Step 5 calls with the AppCode in the header; the cloud's default (DEFAULT) accepts AppCodes only
    // on APIs listed on Cloud Marketplace (doc 115437).
    appCodeAuthType: 'HEADER',
    visibility: 'PUBLIC',
    protocol: 'HTTP',
    method: 'GET',
    path: WEB_FLOW_PATH,
    requestMode: 'PASSTHROUGH',
    parameters: [],
    backendId: state.backendId ?? '',
    // The backend is a web function: the raw request is forwarded, not an event.
    fcType: 'HttpTrigger',
    serviceTimeout: CLOUDAPI_LIMITS.serviceTimeoutDefault,
    resultType: 'JSON',
    resultSample: '',
    failResultSample: '',
  })
  const { ApiId } = await createApi(params)
  await deployApi({
    ApiId,
    GroupId: group.GroupId,
    StageName: 'RELEASE',
    Description: 'Published by Quick Start.',
  })
  const { SubDomain } = await describeApiGroup(group.GroupId)
  return { groupId: group.GroupId, groupName, subDomain: SubDomain, apiId: ApiId, apiName }
}

export async function createAppStep(state: WebFlowState, suffix: string): Promise<WebFlowState> {
  const appName = `web_app_${suffix}`
  const { AppId } = await createApp({ AppName: appName, Description: 'Created by Quick Start.' })
  await setApisAuthorities({ AppId, StageName: 'RELEASE', GroupId: state.groupId, ApiIds: state.apiId ?? '' })
  return { appId: AppId, appName }
}

/** Step 5: `curl -H 'Authorization: APPCODE <code>' http://<subdomain>/web`, from the console. */
export async function callWithAppCode(
  state: WebFlowState,
): Promise<{ exchange: GatewayExchange; appCode: string }> {
  const { AppCode } = await describeAppSecurity(state.appId ?? 0)
  const exchange = await sendGatewayRequest({
    subDomain: state.subDomain ?? '',
    stage: 'RELEASE',
    method: 'GET',
    path: WEB_FLOW_PATH,
    query: [],
    headers: [['Authorization', `APPCODE ${AppCode}`]],
    body: '',
  })
  return { exchange, appCode: AppCode }
}
