/**
 * FC 2.0 GetFunctionCode and InvokeFunction (seed 004), over the shared invoke path (../invocation.ts):
 *
 *   GET  /services/{s}[.{q}]/functions/{f}/code         → FunctionCodeResponse {url, checksum}
 *   POST /services/{s}[.{q}]/functions/{f}/invocations   raw event; X-Fc-Invocation-Type Sync (default) | Async,
 *        X-Fc-Log-Type None | Tail → 200 with the function's bytes (+ X-Fc-Error-Type when it failed), or 202
 *
 * The real code URL is a pre-signed OSS link (seed 004 FunctionCodeResponse.url); the emulator's points
 * at its control endpoint, as FC 3.0's does (../fc3/get-code.ts, ../../control.ts).
 */

import { EMULATOR_CONTROL_PREFIX } from '../../../cloud-api/endpoints'
import type { Fc2FunctionCode } from '../../../cloud-api/fc2'
import { type OpContext, param } from '../../context'
import { FcError } from '../../http/errors'
import { bytesResponse, jsonResponse } from '../../http/response'
import type { InvokeRequest } from '../../runtime/types'
import type { Fc2FunctionEntry } from '../../store/fc2-tables'
import type { DeepReadonly } from '../../store/state'
import { base64ToBytes } from '../fc3/code'
import { answerInvocation, type InvocationTarget, invocationTarget, runtimeRequest } from '../invocation'
import { httpTriggerOnly } from './errors'
import { checkQualifier, findFunction, instanceGroupOf, splitQualifier } from './lookup'

/** An FC 2.0 function as the shared invoke path sees it, its code read from the store now. */
export function fc2Target(
  ctx: OpContext,
  service: string,
  qualifier: string,
  entry: DeepReadonly<Fc2FunctionEntry>,
): InvocationTarget {
  const fn = entry.record
  const zipFile = ctx.store.read().fc2.code[fn.codeChecksum]
  if (zipFile === undefined)
    throw new Error(`code ${fn.codeChecksum} of '${service}/${fn.functionName}' is missing from the store`)
  const logConfig = ctx.store.read().fc2.services[service]?.record.logConfig
  const target = invocationTarget(fn, zipFile)
  target.instanceGroup = instanceGroupOf(service, fn.functionName)
  target.service = {
    name: service,
    logProject: logConfig?.project ?? '',
    logStore: logConfig?.logstore ?? '',
    qualifier,
    versionId: '',
  }
  return target
}

/** The HTTP trigger of a function, if it has one (FC 2.0 allows one per function). */
export function httpTriggerOf(entry: DeepReadonly<Fc2FunctionEntry>) {
  return Object.values(entry.triggers).find((t) => t.triggerType === 'http')
}

export function codeDownloadPath(service: string, fn: string, checksum: string): string {
  return `${EMULATOR_CONTROL_PREFIX}/fc2/code/${encodeURIComponent(service)}/${encodeURIComponent(fn)}?checksum=${checksum}`
}

export async function getFunctionCode(ctx: OpContext): Promise<Response> {
  const { service, qualifier } = splitQualifier(param(ctx, 'serviceName'))
  const entry = findFunction(ctx.store.read().fc2, service, param(ctx, 'functionName'))
  checkQualifier(service, qualifier)
  const fn = entry.record
  const output: Fc2FunctionCode = {
    url: `${ctx.url.origin}${codeDownloadPath(service, fn.functionName, fn.codeChecksum)}`,
    checksum: fn.codeChecksum,
  }
  return jsonResponse(output, { requestId: ctx.requestId })
}

/** `GET /__emulator/fc2/code/<service>/<function>?checksum=` → the zip (what GetFunctionCode's url names). */
export async function downloadFunctionCode(ctx: OpContext): Promise<Response> {
  const service = param(ctx, 'serviceName')
  const fn = findFunction(ctx.store.read().fc2, service, param(ctx, 'functionName')).record
  const checksum = ctx.url.searchParams.get('checksum') ?? fn.codeChecksum
  const zipFile = checksum === fn.codeChecksum ? ctx.store.read().fc2.code[checksum] : undefined
  if (zipFile === undefined) {
    throw new FcError(
      'CodeNotFound',
      404,
      `code with checksum '${checksum}' of function '${fn.functionName}' in service '${service}' does not exist`,
    )
  }
  return bytesResponse(base64ToBytes(zipFile), {
    requestId: ctx.requestId,
    contentType: 'application/zip',
    headers: { 'content-disposition': `attachment; filename="${fn.functionName}.zip"` },
  })
}

/**
 * The runtime request of an FC 2.0 event function called by another service (an API Gateway backend
 * with FcVersion 2.0: service, function and qualifier). Throws the FcError InvokeFunction would answer.
 */
export function fc2Invocation(
  ctx: OpContext,
  target: { serviceName: string; functionName: string; qualifier: string },
  event: Uint8Array,
): InvokeRequest {
  const entry = findFunction(ctx.store.read().fc2, target.serviceName, target.functionName)
  checkQualifier(target.serviceName, target.qualifier)
  const http = httpTriggerOf(entry)
  if (http) throw httpTriggerOnly(http.triggerName)
  return runtimeRequest(ctx, fc2Target(ctx, target.serviceName, target.qualifier, entry), event)
}

export async function invokeFunction(ctx: OpContext): Promise<Response> {
  const { service, qualifier } = splitQualifier(param(ctx, 'serviceName'))
  const entry = findFunction(ctx.store.read().fc2, service, param(ctx, 'functionName'))
  checkQualifier(service, qualifier)
  const http = httpTriggerOf(entry)
  if (http) throw httpTriggerOnly(http.triggerName)
  return answerInvocation(
    ctx,
    fc2Target(ctx, service, qualifier, entry),
    `${service}/${entry.record.functionName}`,
  )
}
