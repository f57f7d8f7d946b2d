/**
 * Backend services and their per-stage backend models: CreateBackend, DescribeBackendList,
 * DescribeBackendInfo, CreateBackendModel, DeleteBackendModel, DeleteBackend (reference §1.2, §1.4
 * step 2; seed 000/002 Step 2 "click the Production tab … Create … choose the event function …
 * Publish" = CreateBackendModel with StageName RELEASE).
 */
import {
  BackendIdParamsSchema,
  backendModelProblem,
  CLOUDAPI_LIMITS,
  CreateBackendModelParamsSchema,
  CreateBackendParamsSchema,
  DeleteBackendModelParamsSchema,
  DescribeBackendListParamsSchema,
  STAGE_NAMES,
} from '../../../cloud-api/cloudapi'
import type { BackendModelRecord, BackendRecord } from '../../store/cloudapi-tables'
import { invalid, notFound, repeated } from './errors'
import { type CloudApiAction, findBackend, gmtTime, newId, page, wireTime } from './lookup'
import { renderBackendModel, renderBackendSummary } from './render'
import { parseParams } from './rpc'

export const createBackend: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(CreateBackendParamsSchema, raw)
  const now = wireTime(ctx.clock.now())
  const backend: BackendRecord = {
    BackendId: newId(ctx),
    BackendName: params.BackendName,
    BackendType: params.BackendType,
    Description: params.Description ?? '',
    CreatedTime: now,
    ModifiedTime: now,
    Models: {},
  }
  await ctx.store.transact((draft) => {
    if (Object.values(draft.cloudapi.backends).some((b) => b.BackendName === backend.BackendName))
      throw repeated('BackendName', `A backend service named '${backend.BackendName}' already exists.`)
    draft.cloudapi.backends[backend.BackendId] = backend
  })
  return { BackendId: backend.BackendId }
}

export const describeBackendList: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(DescribeBackendListParamsSchema, raw)
  const keyword = params.BackendName?.toLowerCase()
  const backends = Object.values(ctx.store.read().cloudapi.backends)
    .filter((b) => keyword === undefined || b.BackendName.toLowerCase().includes(keyword))
    .filter((b) => params.BackendType === undefined || b.BackendType === params.BackendType)
    .sort((a, b) => (a.CreatedTime === b.CreatedTime ? 0 : a.CreatedTime < b.CreatedTime ? 1 : -1))
  const { items, paging } = page(
    backends,
    params.PageNumber,
    params.PageSize ?? CLOUDAPI_LIMITS.pageSizeDefault,
  )
  // Unlike the other lists, the SDK model has BackendInfoList as a plain array.
  return { BackendInfoList: items.map(renderBackendSummary), ...paging }
}

export const describeBackendInfo: CloudApiAction = async (ctx, raw) => {
  const { BackendId } = parseParams(BackendIdParamsSchema, raw)
  const backend = findBackend(ctx.store.read().cloudapi, BackendId)
  const { Tags: _tags, ...summary } = renderBackendSummary(backend)
  const models = STAGE_NAMES.flatMap((stage) => {
    const model = backend.Models[stage]
    return model ? [renderBackendModel(model, backend)] : []
  })
  return { BackendInfo: { ...summary, BackendModels: models } }
}

export const createBackendModel: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(CreateBackendModelParamsSchema, raw)
  const now = ctx.clock.now()
  const model: BackendModelRecord = {
    BackendModelId: newId(ctx),
    StageName: params.StageName,
    Description: params.Description ?? '',
    GmtCreate: gmtTime(now),
    GmtModified: gmtTime(now),
    BackendConfig: params.BackendModelData,
  }
  await ctx.store.transact((draft) => {
    const backend = findBackend(draft.cloudapi, params.BackendId)
    if (backend.BackendType !== params.BackendType)
      throw invalid(
        'BackendType',
        `The backend service is of type ${backend.BackendType}, not ${params.BackendType}.`,
      )
    const problem = backendModelProblem(backend.BackendType, model.BackendConfig)
    if (problem) throw invalid('BackendModelData', problem)
    if (backend.Models[params.StageName])
      throw repeated(
        'BackendModel',
        `The backend service already has a backend model for stage ${params.StageName}.`,
      )
    backend.Models[params.StageName] = model
    backend.ModifiedTime = wireTime(now)
  })
  return { BackendModelId: model.BackendModelId }
}

export const deleteBackendModel: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(DeleteBackendModelParamsSchema, raw)
  await ctx.store.transact((draft) => {
    const backend = findBackend(draft.cloudapi, params.BackendId)
    const model = backend.Models[params.StageName]
    if (!model || model.BackendModelId !== params.BackendModelId) {
      throw notFound(
        'BackendModel',
        `The backend service has no backend model '${params.BackendModelId}' for stage ${params.StageName}.`,
      )
    }
    // Published APIs keep serving: DeployApi copied the model into their snapshot.
    delete backend.Models[params.StageName]
    backend.ModifiedTime = wireTime(ctx.clock.now())
  })
  return {}
}

export const deleteBackend: CloudApiAction = async (ctx, raw) => {
  const { BackendId } = parseParams(BackendIdParamsSchema, raw)
  await ctx.store.transact((draft) => {
    findBackend(draft.cloudapi, BackendId)
    const users = Object.values(draft.cloudapi.apis).filter(
      (api) =>
        api.Definition.BackendId === BackendId ||
        Object.values(api.Deployments).some((d) => d?.Backend?.BackendId === BackendId),
    )
    if (users.length > 0) {
      const names = users.map((api) => api.Definition.ApiName).join(', ')
      throw invalid(
        'BackendId',
        `The backend service is used by API(s) ${names}; change or delete them first.`,
      )
    }
    delete draft.cloudapi.backends[BackendId]
  })
  return {}
}
