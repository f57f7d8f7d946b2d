/**
 * FC 2.0 functions (seed 004 "Function operations"):
 *
 *   POST   /services/{s}/functions            CreateFunction  Function → FunctionResponse + ETag
 *   GET    /services/{s}[.{q}]/functions      ListFunctions   ?limit&nextToken&prefix&startKey → {functions, nextToken}
 *   GET    /services/{s}[.{q}]/functions/{f}  GetFunction     → FunctionResponse + ETag
 *   PUT    /services/{s}/functions/{f}        UpdateFunction  FunctionUpdateFields, If-Match → FunctionResponse + ETag
 *   DELETE /services/{s}/functions/{f}        DeleteFunction  If-Match → 204; FunctionNotEmpty (409) while it has triggers
 *
 * Code is seed 004's `Code` with `zipFile` (base64 zip); size and checksum (CRC-64, as FC reports it)
 * come from fc3's code handling, the one implementation of both (../fc3/code.ts, ../fc3/crc64.ts).
 */
import { FunctionInputSchema, FunctionUpdateSchema } from '../../../cloud-api/fc2'
import { type OpContext, param } from '../../context'
import { readJsonAs } from '../../http/request'
import { emptyResponse, jsonResponse } from '../../http/response'
import { acceptCode } from '../fc3/code'
import { functionAlreadyExists, functionNotEmpty } from './errors'
import {
  checkIfMatch,
  checkQualifier,
  collectCode,
  draftFunction,
  draftService,
  evictFunction,
  findFunction,
  findService,
  splitQualifier,
} from './lookup'
import { pageOf } from './paging'
import { updateFunction as applyFunctionUpdate, buildFunction, render, resourceResponse } from './records'

export async function createFunction(ctx: OpContext): Promise<Response> {
  const service = param(ctx, 'serviceName')
  findService(ctx.store.read().fc2, service) // ServiceNotFound before a body error about a service that is not there
  const input = await readJsonAs(ctx.request, FunctionInputSchema)
  const code = acceptCode(input.code)
  const record = buildFunction(ctx, input, code)
  await ctx.store.transact((draft) => {
    const entry = draftService(draft.fc2, service)
    if (entry.functions[record.functionName]) throw functionAlreadyExists(record.functionName, service)
    entry.functions[record.functionName] = { record, triggers: {} }
    draft.fc2.code[code.codeChecksum] = code.zipFile
  })
  return resourceResponse(ctx, render(record), record.etag)
}

export async function listFunctions(ctx: OpContext): Promise<Response> {
  const { service, qualifier } = splitQualifier(param(ctx, 'serviceName'))
  const entry = findService(ctx.store.read().fc2, service)
  checkQualifier(service, qualifier)
  const page = pageOf(ctx, Object.keys(entry.functions))
  const functions = page.names.map((name) => render(entry.functions[name]!.record))
  return jsonResponse(page.nextToken ? { functions, nextToken: page.nextToken } : { functions }, {
    requestId: ctx.requestId,
  })
}

export async function getFunction(ctx: OpContext): Promise<Response> {
  const { service, qualifier } = splitQualifier(param(ctx, 'serviceName'))
  const entry = findFunction(ctx.store.read().fc2, service, param(ctx, 'functionName'))
  checkQualifier(service, qualifier)
  return resourceResponse(ctx, render(entry.record), entry.record.etag)
}

export async function updateFunction(ctx: OpContext): Promise<Response> {
  const service = param(ctx, 'serviceName')
  const name = param(ctx, 'functionName')
  findFunction(ctx.store.read().fc2, service, name)
  const input = await readJsonAs(ctx.request, FunctionUpdateSchema)
  const code = input.code ? acceptCode(input.code) : undefined
  const record = await ctx.store.transact((draft) => {
    const entry = draftFunction(draft.fc2, service, name)
    checkIfMatch(ctx.request, entry.record.etag)
    entry.record = applyFunctionUpdate(ctx, entry.record, input, code)
    if (code) draft.fc2.code[code.codeChecksum] = code.zipFile
    collectCode(draft.fc2)
    return entry.record
  })
  // New code or configuration: the next invocation must cold-start with it.
  await evictFunction(ctx, service, name)
  return resourceResponse(ctx, render(record), record.etag)
}

export async function deleteFunction(ctx: OpContext): Promise<Response> {
  const service = param(ctx, 'serviceName')
  const name = param(ctx, 'functionName')
  await ctx.store.transact((draft) => {
    const entry = draftFunction(draft.fc2, service, name)
    checkIfMatch(ctx.request, entry.record.etag)
    // seed 004 DeleteFunction 409: "Function has at least one trigger. Error code is FunctionNotEmpty."
    if (Object.keys(entry.triggers).length > 0) throw functionNotEmpty(name)
    delete draftService(draft.fc2, service).functions[name]
    collectCode(draft.fc2)
  })
  await evictFunction(ctx, service, name)
  return emptyResponse({ status: 204, requestId: ctx.requestId })
}
