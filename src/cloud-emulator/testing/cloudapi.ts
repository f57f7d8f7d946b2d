/**
 * Test helpers for API Gateway: CloudAPI RPC calls and data-plane calls through
 * `emulator.handle(new Request(...))`, exactly as the adapters make them, plus the seed's flow
 * (function → backend → model → group → API → deploy) in one call.
 */
import { CLOUDAPI_VERSION, groupSubDomain, toRpcParams } from '../../cloud-api/cloudapi'
import type { Emulator } from '../index'

export const CLOUDAPI_ORIGIN = 'https://apigateway.cn-hangzhou.aliyuncs.com'

export type Json = Record<string, unknown> & { RequestId: string }

export interface RpcOptions {
  /** where the parameters go: the query (GET/POST, SDK style for most), or a form body (pop-core POST) */
  in?: 'query' | 'form'
  method?: 'GET' | 'POST'
  version?: string
}

export function cloudApiClient(emulator: Emulator, region = 'cn-hangzhou') {
  async function call(action: string, params: Record<string, unknown> = {}, options: RpcOptions = {}) {
    const all = toRpcParams({ Action: action, Version: options.version ?? CLOUDAPI_VERSION, ...params })
    const method = options.method ?? 'POST'
    const query = new URLSearchParams(options.in === 'form' ? {} : all)
    const form = options.in === 'form' ? new URLSearchParams(all).toString() : undefined
    const response = await emulator.handle(
      new Request(`${CLOUDAPI_ORIGIN}/?${query}`, {
        method,
        headers: form ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
        body: form,
      }),
    )
    return { status: response.status, body: (await response.json()) as Json, response }
  }

  /** Calls and fails the test unless the action succeeds. */
  async function ok<T extends object = Record<string, unknown>>(
    action: string,
    params: Record<string, unknown> = {},
  ) {
    const result = await call(action, params)
    if (result.status !== 200) throw new Error(`${action} failed: ${JSON.stringify(result.body)}`)
    return result.body as unknown as T & Json
  }

  async function createGroup(name = 'FC_Group') {
    return ok<{ GroupId: string; SubDomain: string }>('CreateApiGroup', { GroupName: name })
  }

  async function createEventBackend(functionName = 'hello', stages = ['RELEASE'], name = 'fc_backend') {
    const { BackendId } = await ok<{ BackendId: string }>('CreateBackend', {
      BackendName: name,
      BackendType: 'FC_EVENT_V3',
    })
    for (const stage of stages) {
      await ok('CreateBackendModel', {
        BackendId,
        BackendType: 'FC_EVENT_V3',
        StageName: stage,
        BackendModelData: {
          Type: 'FC_EVENT_V3',
          FunctionComputeConfig: {
            FcRegionId: region,
            FunctionName: functionName,
            FcVersion: '3.0',
            FcType: 'FCEvent',
          },
        },
      })
    }
    return BackendId
  }

  /** CreateApi params for an anonymous PASSTHROUGH API on a backend service; override anything. */
  function apiParams(groupId: string, backendId: string | null, overrides: Record<string, unknown> = {}) {
    const { RequestConfig, ServiceConfig, ...rest } = overrides
    return {
      GroupId: groupId,
      ApiName: 'hello_api',
      Visibility: 'PUBLIC',
      AuthType: 'ANONYMOUS',
      RequestConfig: {
        RequestProtocol: 'HTTP,HTTPS',
        RequestHttpMethod: 'GET',
        RequestPath: '/hello',
        RequestMode: 'PASSTHROUGH',
        ...(RequestConfig as object | undefined),
      },
      ServiceConfig: {
        ServiceProtocol: 'FunctionCompute',
        ServiceTimeout: 10000,
        ...(ServiceConfig as object | undefined),
      },
      ...(backendId ? { BackendEnable: true, BackendId: backendId } : {}),
      ...rest,
    }
  }

  async function createApi(
    groupId: string,
    backendId: string | null,
    overrides: Record<string, unknown> = {},
  ) {
    const { ApiId } = await ok<{ ApiId: string }>('CreateApi', apiParams(groupId, backendId, overrides))
    return ApiId
  }

  async function deploy(groupId: string, apiId: string, stage = 'RELEASE') {
    await ok('DeployApi', { GroupId: groupId, ApiId: apiId, StageName: stage, Description: 'test' })
  }

  /** The seed's flow: backend (+ model per stage) → group → API → deploy to RELEASE. Create the function first. */
  async function publishHello(overrides: Record<string, unknown> = {}, stages = ['RELEASE']) {
    const backendId = await createEventBackend('hello', stages)
    const group = await createGroup()
    const apiId = await createApi(group.GroupId, backendId, overrides)
    for (const stage of stages) await deploy(group.GroupId, apiId, stage)
    return { backendId, groupId: group.GroupId, apiId, host: group.SubDomain }
  }

  return { call, ok, createGroup, createEventBackend, apiParams, createApi, deploy, publishHello }
}

/** A call to the data plane: the group's subdomain as the URL host, as the adapters build it. */
export function gatewayCall(emulator: Emulator, host: string, path: string, init: RequestInit = {}) {
  return emulator.handle(new Request(`http://${host}${path}`, init))
}

export const subDomainOf = (groupId: string) => groupSubDomain(groupId, 'cn-hangzhou')
