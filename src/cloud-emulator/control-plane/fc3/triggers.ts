/**
 * FC 3.0 triggers (API 2023-03-30; FC3-SDK `client.js` `createTriggerWithOptions` …
 * `deleteTriggerWithOptions`; reference §3.4):
 *
 *   POST   /2023-03-30/functions/{fn}/triggers            CreateTrigger  CreateTriggerInput → Trigger
 *   GET    /2023-03-30/functions/{fn}/triggers            ListTriggers   ?prefix&limit&nextToken
 *   GET    /2023-03-30/functions/{fn}/triggers/{name}     GetTrigger     → Trigger
 *   PUT    /2023-03-30/functions/{fn}/triggers/{name}     UpdateTrigger  UpdateTriggerInput → Trigger
 *   DELETE /2023-03-30/functions/{fn}/triggers/{name}     DeleteTrigger  → 204
 *
 * An `http` trigger gets its URLs (`httpTrigger.urlInternet` / `urlIntranet`, SDK `HTTPTrigger`
 * examples); the internal one is what an FC_HTTP_V3 backend names (seed 002 Step 1: "Copy the internal
 * network endpoint"). Other trigger types are stored and answered, but never fire. Error codes as FC's
 * table names them (TriggerAlreadyExists 409, TriggerNotFound 404); messages in FC 2.0's wording
 * without the service (ours, like control-plane/fc2/errors.ts).
 */
import {
  CreateTriggerInputSchema,
  type Fc3Trigger,
  HttpTriggerConfigSchema,
  httpTriggerUrls,
  ListTriggersQuerySchema,
  UpdateTriggerInputSchema,
} from '../../../cloud-api/fc3'
import { type OpContext, param } from '../../context'
import { FcError, functionNotFound, invalidArgument } from '../../http/errors'
import { parseAs, readJsonAs } from '../../http/request'
import { emptyResponse, jsonResponse } from '../../http/response'
import { findFunction } from './functions'
import { fcTime, functionArn } from './records'

export const triggerNotFound = (trigger: string, fn: string) =>
  new FcError('TriggerNotFound', 404, `trigger '${trigger}' does not exist in function '${fn}'`)
export const triggerAlreadyExists = (trigger: string, fn: string) =>
  new FcError('TriggerAlreadyExists', 409, `trigger '${trigger}' already exists in function '${fn}'`)

/** The triggerConfig, checked for http triggers (HTTPTriggerConfig) and JSON for the others; normalised text. */
function checkedConfig(type: string, text: string): string {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw invalidArgument('triggerConfig must be a JSON string.')
  }
  if (type !== 'http') return text
  const config = parseAs(HttpTriggerConfigSchema, value)
  return JSON.stringify(config)
}

/** A DNS label: the function's name, lower case, `_` → `-`, cut to leave room for the random part. */
const domainPrefix = (ctx: OpContext, fn: string) =>
  `${
    fn
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-')
      .replace(/^-+/, '')
      .slice(0, 40) || 'fn'
  }-${ctx.ids.hex(10)}`

export async function createTrigger(ctx: OpContext): Promise<Response> {
  const fnName = param(ctx, 'functionName')
  const input = await readJsonAs(ctx.request, CreateTriggerInputSchema)
  const triggerConfig = checkedConfig(input.triggerType, input.triggerConfig)
  if (input.qualifier !== undefined && input.qualifier !== 'LATEST')
    throw invalidArgument(
      `qualifier: only LATEST exists until versions and aliases are emulated, not '${input.qualifier}'.`,
    )
  const now = fcTime(ctx.clock.now())
  const trigger: Fc3Trigger = {
    triggerId: ctx.ids.uuid(),
    triggerName: input.triggerName,
    triggerType: input.triggerType,
    triggerConfig,
    qualifier: 'LATEST',
    description: input.description ?? '',
    targetArn: functionArn(ctx, fnName),
    status: 'OK',
    createdTime: now,
    lastModifiedTime: now,
  }
  if (input.invocationRole !== undefined) trigger.invocationRole = input.invocationRole
  if (input.sourceArn !== undefined) trigger.sourceArn = input.sourceArn
  if (input.triggerType === 'http')
    trigger.httpTrigger = httpTriggerUrls(domainPrefix(ctx, fnName), ctx.region)
  await ctx.store.transact((draft) => {
    if (!draft.fc3.functions[fnName]) throw functionNotFound(fnName)
    const triggers = draft.fc3.triggers[fnName] ?? {}
    draft.fc3.triggers[fnName] = triggers
    if (triggers[trigger.triggerName]) throw triggerAlreadyExists(trigger.triggerName, fnName)
    triggers[trigger.triggerName] = trigger
  })
  return jsonResponse(trigger, { requestId: ctx.requestId })
}

function findTrigger(ctx: OpContext, fnName: string, name: string): Fc3Trigger {
  findFunction(ctx, fnName)
  const trigger = ctx.store.read().fc3.triggers[fnName]?.[name]
  if (!trigger) throw triggerNotFound(name, fnName)
  return trigger as Fc3Trigger
}

export async function getTrigger(ctx: OpContext): Promise<Response> {
  const trigger = findTrigger(ctx, param(ctx, 'functionName'), param(ctx, 'triggerName'))
  return jsonResponse(trigger, { requestId: ctx.requestId })
}

export async function listTriggers(ctx: OpContext): Promise<Response> {
  const fnName = param(ctx, 'functionName')
  findFunction(ctx, fnName)
  const query = parseAs(ListTriggersQuerySchema, Object.fromEntries(ctx.url.searchParams))
  let start: string | undefined
  try {
    start = query.nextToken ? atob(query.nextToken) : undefined
  } catch {
    throw invalidArgument('nextToken is invalid: pass the nextToken of the previous page unchanged.')
  }
  const all = Object.values(ctx.store.read().fc3.triggers[fnName] ?? {})
    .filter(
      (t) => t.triggerName.startsWith(query.prefix ?? '') && (start === undefined || t.triggerName >= start),
    )
    .sort((a, b) => (a.triggerName < b.triggerName ? -1 : a.triggerName > b.triggerName ? 1 : 0))
  const limit = query.limit ?? 20
  const next = all[limit]
  return jsonResponse(
    { triggers: all.slice(0, limit), ...(next ? { nextToken: btoa(next.triggerName) } : {}) },
    { requestId: ctx.requestId },
  )
}

export async function updateTrigger(ctx: OpContext): Promise<Response> {
  const fnName = param(ctx, 'functionName')
  const name = param(ctx, 'triggerName')
  const input = await readJsonAs(ctx.request, UpdateTriggerInputSchema)
  const existing = findTrigger(ctx, fnName, name)
  const triggerConfig =
    input.triggerConfig === undefined ? undefined : checkedConfig(existing.triggerType, input.triggerConfig)
  const updated = await ctx.store.transact((draft) => {
    const trigger = draft.fc3.triggers[fnName]?.[name]
    if (!trigger) throw triggerNotFound(name, fnName)
    if (triggerConfig !== undefined) trigger.triggerConfig = triggerConfig
    if (input.description !== undefined) trigger.description = input.description
    if (input.invocationRole !== undefined) trigger.invocationRole = input.invocationRole
    trigger.lastModifiedTime = fcTime(ctx.clock.now())
    return { ...trigger }
  })
  return jsonResponse(updated, { requestId: ctx.requestId })
}

export async function deleteTrigger(ctx: OpContext): Promise<Response> {
  const fnName = param(ctx, 'functionName')
  const name = param(ctx, 'triggerName')
  await ctx.store.transact((draft) => {
    if (!draft.fc3.functions[fnName]) throw functionNotFound(fnName)
    const triggers = draft.fc3.triggers[fnName]
    if (!triggers?.[name]) throw triggerNotFound(name, fnName)
    delete triggers[name]
    if (Object.keys(triggers).length === 0) delete draft.fc3.triggers[fnName]
  })
  return emptyResponse({ status: 204, requestId: ctx.requestId })
}

/** The HTTP trigger whose URL (internal or public) this is, with its function's name, or null. */
export function triggerByUrlPrefix(
  ctx: OpContext,
  prefix: string,
): { functionName: string; trigger: Fc3Trigger } | null {
  for (const [functionName, triggers] of Object.entries(ctx.store.read().fc3.triggers))
    for (const trigger of Object.values(triggers)) {
      const url = trigger.httpTrigger?.urlInternet
      if (url && new URL(url).hostname.startsWith(`${prefix}.`))
        return { functionName, trigger: trigger as Fc3Trigger }
    }
  return null
}
