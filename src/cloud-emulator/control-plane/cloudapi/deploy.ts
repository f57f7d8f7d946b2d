/**
 * Publishing: DeployApi, AbolishApi, DescribeDeployedApi (reference §1.2, §1.4 step 4). DeployApi
 * copies the API definition and, for an API on a backend service, that service's backend model for the
 * stage: the data plane serves only these snapshots, so later edits change nothing until the next
 * DeployApi; AbolishApi removes the stage's snapshot.
 */
import { DeployApiParamsSchema, StageApiParamsSchema } from '../../../cloud-api/cloudapi'
import type { DeploymentRecord } from '../../store/cloudapi-tables'
import { notFound } from './errors'
import { type CloudApiAction, findApi, findBackend, findGroup, newId, wireTime } from './lookup'
import { renderDefinition } from './render'
import { parseParams } from './rpc'

export const deployApi: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(DeployApiParamsSchema, raw)
  await ctx.store.transact((draft) => {
    const api = findApi(draft.cloudapi, params.ApiId, params.GroupId)
    const group = findGroup(draft.cloudapi, api.GroupId)
    let backend: DeploymentRecord['Backend'] = null
    if (api.Definition.BackendEnable && api.Definition.BackendId) {
      const service = findBackend(draft.cloudapi, api.Definition.BackendId)
      const model = service.Models[params.StageName]
      if (!model) {
        throw notFound(
          'BackendModel',
          `The backend service '${service.BackendName}' has no backend model for stage ${params.StageName}; create one (CreateBackendModel) before publishing to it.`,
        )
      }
      backend = {
        BackendId: service.BackendId,
        BackendName: service.BackendName,
        BackendType: service.BackendType,
        Model: structuredClone(model),
      }
    }
    api.Deployments[params.StageName] = {
      Version: newId(ctx),
      DeployedTime: wireTime(ctx.clock.now()),
      Description: params.Description,
      GroupName: group.GroupName,
      Definition: structuredClone(api.Definition),
      Backend: backend,
    }
  })
  return {}
}

const notDeployed = (stage: string) => notFound('Deployment', `The API is not published to stage ${stage}.`)

export const abolishApi: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(StageApiParamsSchema, raw)
  await ctx.store.transact((draft) => {
    const api = findApi(draft.cloudapi, params.ApiId, params.GroupId)
    if (!api.Deployments[params.StageName]) throw notDeployed(params.StageName)
    delete api.Deployments[params.StageName]
  })
  return {}
}

export const describeDeployedApi: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(StageApiParamsSchema, raw)
  const tables = ctx.store.read().cloudapi
  const api = findApi(tables, params.ApiId, params.GroupId)
  const deployment = api.Deployments[params.StageName]
  if (!deployment) throw notDeployed(params.StageName)
  return {
    RegionId: api.RegionId,
    GroupId: api.GroupId,
    GroupName: findGroup(tables, api.GroupId).GroupName,
    ApiId: api.ApiId,
    ...renderDefinition(deployment.Definition, true),
    ResultDescriptions: { ResultDescription: deployment.Definition.ResultDescriptions },
    StageName: params.StageName,
    DeployedTime: deployment.DeployedTime,
  }
}
