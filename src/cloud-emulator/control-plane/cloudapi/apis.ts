/**
 * APIs: CreateApi, DescribeApis, DescribeApi, ModifyApi, DeleteApi (reference §1.2–1.3; SDK
 * `CreateApiRequest`, `DescribeApisResponseBody`, `DescribeApiResponseBody`). Edits change the API's
 * definition only; what the gateway serves changes with DeployApi (./deploy.ts).
 */
import type { z } from 'zod'
import {
  ApiIdParamsSchema,
  CLOUDAPI_LIMITS,
  CreateApiParamsSchema,
  DescribeApisParamsSchema,
  ModifyApiParamsSchema,
  PATH_PARAM_SEGMENT,
  requestParametersProblem,
} from '../../../cloud-api/cloudapi'
import type { ApiDefinition, ApiRecord, CloudApiTables } from '../../store/cloudapi-tables'
import { duplicateRequestParameters, invalid, missing, repeated } from './errors'
import { type CloudApiAction, findApi, findBackend, findGroup, newId, page, wireTime } from './lookup'
import { renderApiSummary, renderDefinition, renderDeployedInfos } from './render'
import { parseParams } from './rpc'

type DefinitionParams = z.output<typeof CreateApiParamsSchema>

function jsonArray(text: string | undefined): unknown[] {
  if (text === undefined) return []
  try {
    const value: unknown = JSON.parse(text)
    return Array.isArray(value) ? value : []
  } catch {
    return []
  }
}

/** The definition CreateApi / ModifyApi store, with the defaults the cloud fills in. */
function buildDefinition(params: DefinitionParams): ApiDefinition {
  const definition: ApiDefinition = {
    ApiName: params.ApiName,
    Description: params.Description ?? '',
    Visibility: params.Visibility,
    AuthType: params.AuthType ?? 'APP',
    AppCodeAuthType: params.AppCodeAuthType ?? 'DEFAULT',
    AllowSignatureMethod: params.AllowSignatureMethod ?? 'HmacSHA256',
    ForceNonceCheck: params.ForceNonceCheck ?? false,
    DisableInternet: params.DisableInternet ?? false,
    ResultType: params.ResultType ?? 'JSON',
    ResultSample: params.ResultSample ?? '',
    FailResultSample: params.FailResultSample ?? '',
    ResultBodyModel: params.ResultBodyModel ?? '',
    WebSocketApiType: params.WebSocketApiType ?? 'COMMON',
    RequestConfig: params.RequestConfig,
    ServiceConfig: params.ServiceConfig,
    RequestParameters: params.RequestParameters ?? [],
    ServiceParameters: params.ServiceParameters ?? [],
    ServiceParametersMap: params.ServiceParametersMap ?? [],
    ConstantParameters: params.ConstantParameters ?? [],
    SystemParameters: params.SystemParameters ?? [],
    ErrorCodeSamples: jsonArray(params.ErrorCodeSamples),
    ResultDescriptions: jsonArray(params.ResultDescriptions),
    BackendEnable: params.BackendEnable ?? false,
    BackendId: params.BackendEnable ? (params.BackendId ?? null) : null,
  }
  const problem = requestParametersProblem(definition.RequestConfig, definition.RequestParameters)
  if (problem?.kind === 'duplicate') throw duplicateRequestParameters(problem.name)
  if (problem) throw invalid('RequestParameters', problem.message)
  if (definition.BackendEnable && !definition.BackendId)
    throw missing('BackendId', 'BackendEnable is true, so the API needs the BackendId of a backend service.')
  return definition
}

/** `/users/[id]` and `/users/[name]` are the same route: parameter names do not matter. */
const pathShape = (path: string) =>
  path
    .split('/')
    .map((segment) => (PATH_PARAM_SEGMENT.test(segment) ? '[]' : segment))
    .join('/')

/** Checks, inside a transaction, the group-level rules: the group and backend exist, name and route are free. */
function checkInGroup(
  tables: CloudApiTables,
  groupId: string,
  definition: ApiDefinition,
  self?: string,
): void {
  findGroup(tables, groupId)
  if (definition.BackendId) findBackend(tables, definition.BackendId)
  const { RequestHttpMethod: method, RequestPath: path } = definition.RequestConfig
  for (const other of Object.values(tables.apis)) {
    if (other.GroupId !== groupId || other.ApiId === self) continue
    if (other.Definition.ApiName === definition.ApiName)
      throw repeated('ApiName', `An API named '${definition.ApiName}' already exists in this group.`)
    const theirs = other.Definition.RequestConfig
    const sameMethod =
      theirs.RequestHttpMethod === method || theirs.RequestHttpMethod === 'ANY' || method === 'ANY'
    if (sameMethod && pathShape(theirs.RequestPath) === pathShape(path)) {
      throw repeated(
        'ApiPath',
        `API '${other.Definition.ApiName}' already answers ${theirs.RequestHttpMethod} ${theirs.RequestPath} in this group.`,
      )
    }
  }
}

export const createApi: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(CreateApiParamsSchema, raw)
  const definition = buildDefinition(params)
  const now = wireTime(ctx.clock.now())
  const api: ApiRecord = {
    ApiId: newId(ctx),
    GroupId: params.GroupId,
    RegionId: ctx.region,
    CreatedTime: now,
    ModifiedTime: now,
    Definition: definition,
    Deployments: {},
  }
  await ctx.store.transact((draft) => {
    checkInGroup(draft.cloudapi, api.GroupId, definition)
    draft.cloudapi.apis[api.ApiId] = api
  })
  return { ApiId: api.ApiId }
}

export const modifyApi: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(ModifyApiParamsSchema, raw)
  const definition = buildDefinition(params)
  await ctx.store.transact((draft) => {
    const api = findApi(draft.cloudapi, params.ApiId, params.GroupId)
    checkInGroup(draft.cloudapi, api.GroupId, definition, api.ApiId)
    api.Definition = definition
    api.ModifiedTime = wireTime(ctx.clock.now())
  })
  return {}
}

export const describeApis: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(DescribeApisParamsSchema, raw)
  const tables = ctx.store.read().cloudapi
  if (params.GroupId) findGroup(tables, params.GroupId)
  const name = params.ApiName?.toLowerCase()
  const apis = Object.values(tables.apis)
    .filter((api) => !params.GroupId || api.GroupId === params.GroupId)
    .filter((api) => !params.ApiId || api.ApiId === params.ApiId)
    .filter((api) => name === undefined || api.Definition.ApiName.toLowerCase().includes(name))
    .filter((api) => !params.ApiPath || api.Definition.RequestConfig.RequestPath === params.ApiPath)
    .filter(
      (api) =>
        !params.ApiMethod ||
        api.Definition.RequestConfig.RequestHttpMethod === params.ApiMethod.toUpperCase(),
    )
    .filter((api) => !params.Visibility || api.Definition.Visibility === params.Visibility)
    .filter((api) => !params.StageName || api.Deployments[params.StageName] !== undefined)
    .filter((api) => params.UnDeployed !== true || Object.keys(api.Deployments).length === 0)
    .sort((a, b) => (a.CreatedTime === b.CreatedTime ? 0 : a.CreatedTime < b.CreatedTime ? 1 : -1))
  const { items, paging } = page(apis, params.PageNumber, params.PageSize ?? CLOUDAPI_LIMITS.pageSizeDefault)
  return {
    ApiSummarys: { ApiSummary: items.map((api) => renderApiSummary(api, findGroup(tables, api.GroupId))) },
    ...paging,
  }
}

export const describeApi: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(ApiIdParamsSchema, raw)
  const tables = ctx.store.read().cloudapi
  const api = findApi(tables, params.ApiId, params.GroupId)
  const group = findGroup(tables, api.GroupId)
  const backend = api.Definition.BackendId ? tables.backends[api.Definition.BackendId] : undefined
  return {
    RegionId: api.RegionId,
    GroupId: api.GroupId,
    GroupName: group.GroupName,
    ApiId: api.ApiId,
    ...renderDefinition(api.Definition),
    AppCodeAuthType: api.Definition.AppCodeAuthType,
    WebSocketApiType: api.Definition.WebSocketApiType,
    Mock: 'CLOSED',
    MockResult: '',
    DeployedInfos: renderDeployedInfos(api),
    BackendEnable: api.Definition.BackendEnable,
    ...(backend
      ? {
          BackendConfig: {
            BackendId: backend.BackendId,
            BackendName: backend.BackendName,
            BackendType: backend.BackendType,
          },
        }
      : {}),
    TagList: { Tag: [] },
    CreatedTime: api.CreatedTime,
    ModifiedTime: api.ModifiedTime,
  }
}

export const deleteApi: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(ApiIdParamsSchema, raw)
  await ctx.store.transact((draft) => {
    const api = findApi(draft.cloudapi, params.ApiId, params.GroupId)
    const stages = Object.keys(api.Deployments)
    if (stages.length > 0) {
      throw invalid(
        'ApiId',
        `The API is published to ${stages.join(', ')}; unpublish it (AbolishApi) from every stage first.`,
      )
    }
    delete draft.cloudapi.apis[api.ApiId]
  })
  return {}
}
