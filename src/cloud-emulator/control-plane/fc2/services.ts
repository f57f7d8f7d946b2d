/**
 * FC 2.0 services (seed 004 "Service operations"):
 *
 *   POST   /2016-08-15/services                  CreateService  Service → 200 ServiceResponse + ETag
 *   GET    /2016-08-15/services                  ListServices   ?limit&nextToken&prefix&startKey → {services, nextToken}
 *   GET    /2016-08-15/services/{s}[.{q}]        GetService     → ServiceResponse + ETag
 *   PUT    /2016-08-15/services/{s}              UpdateService  ServiceUpdateFields, If-Match → ServiceResponse + ETag
 *   DELETE /2016-08-15/services/{s}              DeleteService  If-Match → 204; ServiceNotEmpty (409) while it has functions
 */
import { ServiceInputSchema, ServiceUpdateSchema } from '../../../cloud-api/fc2'
import { type OpContext, param } from '../../context'
import { readJsonAs } from '../../http/request'
import { emptyResponse, jsonResponse } from '../../http/response'
import { serviceAlreadyExists, serviceNotEmpty } from './errors'
import { checkIfMatch, checkQualifier, draftService, findService, splitQualifier } from './lookup'
import { pageOf } from './paging'
import { updateService as applyServiceUpdate, buildService, render, resourceResponse } from './records'

export async function createService(ctx: OpContext): Promise<Response> {
  const input = await readJsonAs(ctx.request, ServiceInputSchema)
  const record = buildService(ctx, input)
  await ctx.store.transact((draft) => {
    if (draft.fc2.services[record.serviceName]) throw serviceAlreadyExists(record.serviceName)
    draft.fc2.services[record.serviceName] = { record, functions: {} }
  })
  return resourceResponse(ctx, render(record), record.etag)
}

export async function listServices(ctx: OpContext): Promise<Response> {
  const tables = ctx.store.read().fc2
  const page = pageOf(ctx, Object.keys(tables.services))
  const services = page.names.map((name) => render(findService(tables, name).record))
  return jsonResponse(page.nextToken ? { services, nextToken: page.nextToken } : { services }, {
    requestId: ctx.requestId,
  })
}

export async function getService(ctx: OpContext): Promise<Response> {
  const { service, qualifier } = splitQualifier(param(ctx, 'serviceName'))
  const entry = findService(ctx.store.read().fc2, service)
  checkQualifier(service, qualifier)
  return resourceResponse(ctx, render(entry.record), entry.record.etag)
}

export async function updateService(ctx: OpContext): Promise<Response> {
  const name = param(ctx, 'serviceName')
  const input = await readJsonAs(ctx.request, ServiceUpdateSchema)
  const record = await ctx.store.transact((draft) => {
    const entry = draftService(draft.fc2, name)
    checkIfMatch(ctx.request, entry.record.etag)
    entry.record = applyServiceUpdate(ctx, entry.record, input)
    return entry.record
  })
  return resourceResponse(ctx, render(record), record.etag)
}

export async function deleteService(ctx: OpContext): Promise<Response> {
  const name = param(ctx, 'serviceName')
  await ctx.store.transact((draft) => {
    const entry = draftService(draft.fc2, name)
    checkIfMatch(ctx.request, entry.record.etag)
    // seed 004 DeleteService 409: "Service has at least one function. Error code is ServiceNotEmpty."
    if (Object.keys(entry.functions).length > 0) throw serviceNotEmpty(name)
    delete draft.fc2.services[name]
  })
  return emptyResponse({ status: 204, requestId: ctx.requestId })
}
