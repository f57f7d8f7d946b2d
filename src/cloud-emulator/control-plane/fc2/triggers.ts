/**
 * FC 2.0 triggers (seed 004 "Trigger operations"), under `/services/{s}/functions/{f}/triggers`:
 *
 *   POST   …/triggers       CreateTrigger  Trigger → TriggerResponse + ETag
 *   GET    …/triggers       ListTriggers   ?limit&nextToken&prefix&startKey → {triggers, nextToken}
 *   GET    …/triggers/{t}   GetTrigger     → TriggerResponse + ETag
 *   PUT    …/triggers/{t}   UpdateTrigger  TriggerUpdateFields, If-Match → TriggerResponse + ETag
 *   DELETE …/triggers/{t}   DeleteTrigger  If-Match → 204
 *
 * HTTP triggers are live (./proxy.ts); the other types are stored and validated (./trigger-config.ts).
 */
import { TriggerInputSchema, TriggerUpdateSchema } from '../../../cloud-api/fc2'
import { type OpContext, param } from '../../context'
import { invalidArgument } from '../../http/errors'
import { readJsonAs } from '../../http/request'
import { emptyResponse, jsonResponse } from '../../http/response'
import type { Fc2TriggerRecord } from '../../store/fc2-tables'
import { triggerAlreadyExists, triggerNotFound } from './errors'
import { checkIfMatch, draftFunction, findFunction, findTrigger } from './lookup'
import { pageOf } from './paging'
import { fc2Time, newEtag, renderTrigger, resourceResponse } from './records'
import { checkEventSource, checkTriggerConfig } from './trigger-config'

function names(ctx: OpContext) {
  return { service: param(ctx, 'serviceName'), fn: param(ctx, 'functionName') }
}

export async function createTrigger(ctx: OpContext): Promise<Response> {
  const { service, fn } = names(ctx)
  findFunction(ctx.store.read().fc2, service, fn)
  const input = await readJsonAs(ctx.request, TriggerInputSchema)
  const triggerConfig = checkTriggerConfig(input.triggerType, input.triggerConfig)
  const sourceArn = input.sourceArn ?? ''
  const invocationRole = input.invocationRole ?? ''
  checkEventSource(input.triggerType, sourceArn, invocationRole)
  const now = fc2Time(ctx.clock.now())
  const record: Fc2TriggerRecord = {
    triggerId: ctx.ids.uuid(),
    triggerName: input.triggerName,
    triggerType: input.triggerType,
    triggerConfig,
    sourceArn,
    invocationRole,
    qualifier: input.qualifier || 'LATEST',
    description: input.description ?? '',
    createdTime: now,
    lastModifiedTime: now,
    etag: newEtag(ctx),
  }
  await ctx.store.transact((draft) => {
    const entry = draftFunction(draft.fc2, service, fn)
    if (entry.triggers[record.triggerName]) throw triggerAlreadyExists(record.triggerName, fn, service)
    const http = Object.values(entry.triggers).find((t) => t.triggerType === 'http')
    if (record.triggerType === 'http' && http) {
      throw invalidArgument(
        `function '${fn}' already has the http trigger '${http.triggerName}': a function can have only one HTTP trigger.`,
      )
    }
    entry.triggers[record.triggerName] = record
  })
  return resourceResponse(ctx, renderTrigger(ctx, service, fn, record), record.etag)
}

export async function listTriggers(ctx: OpContext): Promise<Response> {
  const { service, fn } = names(ctx)
  const entry = findFunction(ctx.store.read().fc2, service, fn)
  const page = pageOf(ctx, Object.keys(entry.triggers))
  const triggers = page.names.map((name) =>
    renderTrigger(ctx, service, fn, entry.triggers[name] as Fc2TriggerRecord),
  )
  return jsonResponse(page.nextToken ? { triggers, nextToken: page.nextToken } : { triggers }, {
    requestId: ctx.requestId,
  })
}

export async function getTrigger(ctx: OpContext): Promise<Response> {
  const { service, fn } = names(ctx)
  const record = findTrigger(ctx.store.read().fc2, service, fn, param(ctx, 'triggerName'))
  return resourceResponse(ctx, renderTrigger(ctx, service, fn, record as Fc2TriggerRecord), record.etag)
}

export async function updateTrigger(ctx: OpContext): Promise<Response> {
  const { service, fn } = names(ctx)
  const name = param(ctx, 'triggerName')
  findTrigger(ctx.store.read().fc2, service, fn, name)
  const input = await readJsonAs(ctx.request, TriggerUpdateSchema)
  const record = await ctx.store.transact((draft) => {
    const entry = draftFunction(draft.fc2, service, fn)
    const existing = entry.triggers[name]
    if (!existing) throw triggerNotFound(name, fn, service)
    checkIfMatch(ctx.request, existing.etag)
    const next: Fc2TriggerRecord = {
      ...existing,
      lastModifiedTime: fc2Time(ctx.clock.now()),
      etag: newEtag(ctx),
    }
    // A new triggerConfig replaces the old one as a whole, checked against the trigger's type.
    if (input.triggerConfig)
      next.triggerConfig = checkTriggerConfig(existing.triggerType, input.triggerConfig)
    if (input.invocationRole !== undefined) next.invocationRole = input.invocationRole
    if (input.qualifier !== undefined) next.qualifier = input.qualifier || 'LATEST'
    if (input.description !== undefined) next.description = input.description
    checkEventSource(next.triggerType, next.sourceArn, next.invocationRole)
    entry.triggers[name] = next
    return next
  })
  return resourceResponse(ctx, renderTrigger(ctx, service, fn, record), record.etag)
}

export async function deleteTrigger(ctx: OpContext): Promise<Response> {
  const { service, fn } = names(ctx)
  const name = param(ctx, 'triggerName')
  await ctx.store.transact((draft) => {
    const entry = draftFunction(draft.fc2, service, fn)
    const existing = entry.triggers[name]
    if (!existing) throw triggerNotFound(name, fn, service)
    checkIfMatch(ctx.request, existing.etag)
    delete entry.triggers[name]
  })
  return emptyResponse({ status: 204, requestId: ctx.requestId })
}
