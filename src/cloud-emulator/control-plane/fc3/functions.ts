/**
 * FC 3.0 function CRUD (API 2023-03-30; FC3-SDK `client.js` `createFunctionWithOptions` …
 * `deleteFunctionWithOptions`; reference §3.4):
 *
 *   POST   /2023-03-30/functions          CreateFunction  CreateFunctionInput → Function
 *   GET    /2023-03-30/functions          ListFunctions   ?prefix&limit&nextToken → ListFunctionsOutput
 *   GET    /2023-03-30/functions/{name}   GetFunction     → Function
 *   PUT    /2023-03-30/functions/{name}   UpdateFunction  UpdateFunctionInput (partial) → Function
 *   DELETE /2023-03-30/functions/{name}   DeleteFunction  → 204, no body (SDK `bodyType: "none"`)
 */
import {
  CreateFunctionInputSchema,
  LIST_FUNCTIONS_LIMIT,
  type ListFunctionsOutput,
  ListFunctionsQuerySchema,
  UpdateFunctionInputSchema,
} from '../../../cloud-api/fc3'
import { type OpContext, param } from '../../context'
import {
  aliasNotFound,
  FcError,
  functionAlreadyExists,
  functionNotFound,
  invalidArgument,
  versionNotFound,
} from '../../http/errors'
import { parseAs, readJsonAs } from '../../http/request'
import { emptyResponse, jsonResponse } from '../../http/response'
import type { Fc3Tables, FunctionRecord } from '../../store/state'
import { acceptCode } from './code'
import { applyUpdate, buildFunctionRecord } from './records'

/** The committed record, or FunctionNotFound. */
export function findFunction(ctx: OpContext, name: string): FunctionRecord {
  const record = ctx.store.read().fc3.functions[name]
  if (!record) throw functionNotFound(name)
  return record as FunctionRecord
}

/**
 * `?qualifier=` of GetFunction, GetFunctionCode and InvokeFunction. Only the unpublished version
 * (`LATEST`, the default) exists until versions and aliases are emulated.
 */
export function checkQualifier(ctx: OpContext, name: string): void {
  const qualifier = ctx.url.searchParams.get('qualifier')
  if (qualifier === null || qualifier === '' || qualifier === 'LATEST') return
  findFunction(ctx, name) // an unknown function is FunctionNotFound first
  throw /^\d+$/.test(qualifier) ? versionNotFound(qualifier, name) : aliasNotFound(qualifier, name)
}

/** Drops code blobs no function refers to any more (code is stored by checksum, shared when equal). */
function collectCode(tables: Fc3Tables): void {
  const used = new Set(Object.values(tables.functions).map((fn) => fn.codeChecksum))
  for (const checksum of Object.keys(tables.code)) if (!used.has(checksum)) delete tables.code[checksum]
}

/** Stops warm instances after a change. The change is committed already, so a failure is only logged. */
async function evict(ctx: OpContext, name: string): Promise<void> {
  try {
    await ctx.runtime.evict(name)
  } catch (error) {
    ctx.log({
      level: 'warn',
      message: `evicting instances of '${name}' failed`,
      requestId: ctx.requestId,
      error,
    })
  }
}

export async function createFunction(ctx: OpContext): Promise<Response> {
  const input = await readJsonAs(ctx.request, CreateFunctionInputSchema)
  // FC3 takes `code` or `customContainerConfig`; the emulator runs code packages only.
  const code = acceptCode(input.code ?? {})
  const record = buildFunctionRecord(ctx, input, code)
  await ctx.store.transact((draft) => {
    if (draft.fc3.functions[record.functionName]) throw functionAlreadyExists(record.functionName)
    draft.fc3.functions[record.functionName] = record
    draft.fc3.code[code.codeChecksum] = code.zipFile
  })
  return jsonResponse(record, { requestId: ctx.requestId })
}

export async function getFunction(ctx: OpContext): Promise<Response> {
  const name = param(ctx, 'functionName')
  checkQualifier(ctx, name)
  return jsonResponse(findFunction(ctx, name), { requestId: ctx.requestId })
}

/** The token is opaque to callers: base64 of the first name of the next page. */
const encodeToken = (name: string) => btoa(name)
function decodeToken(token: string): string {
  try {
    return atob(token)
  } catch {
    throw invalidArgument('nextToken is invalid: pass the nextToken of the previous page unchanged.')
  }
}

export async function listFunctions(ctx: OpContext): Promise<Response> {
  const query = parseAs(ListFunctionsQuerySchema, Object.fromEntries(ctx.url.searchParams))
  const limit = query.limit ?? LIST_FUNCTIONS_LIMIT.default
  const start = query.nextToken ? decodeToken(query.nextToken) : undefined
  const prefix = query.prefix ?? ''
  const names = Object.keys(ctx.store.read().fc3.functions)
    .filter((name) => name.startsWith(prefix) && (start === undefined || name >= start))
    // Code-unit order, not locale order: pages must be stable whatever the host's locale.
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const page = names.slice(0, limit)
  const output: ListFunctionsOutput = { functions: page.map((name) => findFunction(ctx, name)) }
  const next = names[limit]
  if (next !== undefined) output.nextToken = encodeToken(next)
  return jsonResponse(output, { requestId: ctx.requestId })
}

export async function updateFunction(ctx: OpContext): Promise<Response> {
  const name = param(ctx, 'functionName')
  const input = await readJsonAs(ctx.request, UpdateFunctionInputSchema)
  const code = input.code ? acceptCode(input.code) : undefined
  const now = ctx.clock.now()
  const record = await ctx.store.transact((draft) => {
    const existing = draft.fc3.functions[name]
    if (!existing) throw functionNotFound(name)
    const next = applyUpdate(existing, input, code, now)
    draft.fc3.functions[name] = next
    if (code) draft.fc3.code[code.codeChecksum] = code.zipFile
    collectCode(draft.fc3)
    return next
  })
  // New code or configuration: the next invocation must cold-start with it.
  await evict(ctx, name)
  return jsonResponse(record, { requestId: ctx.requestId })
}

export async function deleteFunction(ctx: OpContext): Promise<Response> {
  const name = param(ctx, 'functionName')
  await ctx.store.transact((draft) => {
    if (!draft.fc3.functions[name]) throw functionNotFound(name)
    // FC's FunctionNotEmpty (error table: "function '%s' has active triggers"): delete the triggers first.
    if (Object.keys(draft.fc3.triggers[name] ?? {}).length > 0)
      throw new FcError('FunctionNotEmpty', 409, `function '${name}' has active triggers`)
    delete draft.fc3.functions[name]
    collectCode(draft.fc3)
  })
  await evict(ctx, name)
  return emptyResponse({ status: 204, requestId: ctx.requestId })
}
