/**
 * The emulator's own control endpoint, `/__emulator/*` (the moto-api equivalent; style-anchors §6
 * `emulator-control.ts`). It is not part of any cloud API: tests and the console's "Reset demo data"
 * use it, and GetFunctionCode's download URL points at it.
 *
 *   GET  /__emulator/health            → {ok, emulator, runtimeMode, accountId, region, endpoint?}
 *                                        (endpoint: the local cloud's origin for SDKs and curl; absent in
 *                                        the browser-only mode, which nothing outside the page can reach)
 *   POST /__emulator/reset             → empty state, all function instances stopped
 *   POST /__emulator/seed              JSON state (store/state.ts) → replaces the state, validated
 *   GET  /__emulator/state             → the committed snapshot (for tests)
 *   GET  /__emulator/code/<fn>?checksum=<crc64>  → the function's zip bytes
 *   GET  /__emulator/fc2/code/<service>/<fn>?checksum=<crc64>  → an FC 2.0 function's zip bytes
 *
 * In the console these are `/api/emulator/*` (src/cloud-api/endpoints.ts).
 */
import { EMULATOR_CONTROL_PREFIX } from '../cloud-api/endpoints'
import { type OpContext, type Operation, param } from './context'
import { downloadFunctionCode } from './control-plane/fc2/invoke'
import { base64ToBytes } from './control-plane/fc3/code'
import { findFunction } from './control-plane/fc3/functions'
import { FcError, invalidArgument } from './http/errors'
import { readJson } from './http/request'
import { bytesResponse, jsonResponse } from './http/response'
import { createRouter } from './http/router'
import { emptyState, type State } from './store/state'
import { parseSnapshot, StateLoadError } from './store/store'

export const EMULATOR_NAME = 'apigw-fc'

/** Replaces the whole state and stops every instance, so no warm instance runs code that is gone. */
export async function replaceState(ctx: Pick<OpContext, 'store' | 'runtime'>, next: State): Promise<void> {
  await ctx.store.replace(next)
  await ctx.runtime.shutdown()
}

const health: Operation = async (ctx) => {
  const endpoint = ctx.endpoint()
  return jsonResponse(
    {
      ok: true,
      emulator: EMULATOR_NAME,
      runtimeMode: ctx.runtimeMode,
      accountId: ctx.accountId,
      region: ctx.region,
      ...(endpoint ? { endpoint } : {}),
    },
    { requestId: ctx.requestId },
  )
}

const reset: Operation = async (ctx) => {
  await replaceState(ctx, emptyState())
  return jsonResponse({ ok: true }, { requestId: ctx.requestId })
}

const seed: Operation = async (ctx) => {
  let next: State
  try {
    next = parseSnapshot(await readJson(ctx.request))
  } catch (error) {
    if (error instanceof StateLoadError) throw invalidArgument(`seed: ${error.message}`)
    throw error
  }
  await replaceState(ctx, next)
  return jsonResponse(
    { ok: true, functions: Object.keys(next.fc3.functions).length },
    { requestId: ctx.requestId },
  )
}

const state: Operation = async (ctx) => jsonResponse(ctx.store.read(), { requestId: ctx.requestId })

const code: Operation = async (ctx) => {
  const fn = findFunction(ctx, param(ctx, 'functionName'))
  const checksum = ctx.url.searchParams.get('checksum') ?? fn.codeChecksum
  const zipFile = checksum === fn.codeChecksum ? ctx.store.read().fc3.code[checksum] : undefined
  if (zipFile === undefined) {
    throw new FcError(
      'CodeNotFound',
      404,
      `code with checksum '${checksum}' of function '${fn.functionName}' does not exist`,
    )
  }
  return bytesResponse(base64ToBytes(zipFile), {
    requestId: ctx.requestId,
    contentType: 'application/zip',
    headers: { 'content-disposition': `attachment; filename="${fn.functionName}.zip"` },
  })
}

export const controlRouter = createRouter<Operation>([
  { method: 'GET', pattern: `${EMULATOR_CONTROL_PREFIX}/health`, op: health },
  { method: 'POST', pattern: `${EMULATOR_CONTROL_PREFIX}/reset`, op: reset },
  { method: 'POST', pattern: `${EMULATOR_CONTROL_PREFIX}/seed`, op: seed },
  { method: 'GET', pattern: `${EMULATOR_CONTROL_PREFIX}/state`, op: state },
  { method: 'GET', pattern: `${EMULATOR_CONTROL_PREFIX}/code/:functionName`, op: code },
  // FC 2.0 GetFunctionCode's url (control-plane/fc2/invoke.ts)
  {
    method: 'GET',
    pattern: `${EMULATOR_CONTROL_PREFIX}/fc2/code/:serviceName/:functionName`,
    op: downloadFunctionCode,
  },
])
