/**
 * InvokeFunction: `POST /2023-03-30/functions/{name}/invocations` (FC3-SDK `invokeFunctionWithOptions`:
 * raw body bytes in, `bodyType: "binary"` out; reference §3.3–3.4).
 *
 * Request headers: `x-fc-invocation-type: Sync` (default) | `Async`; `x-fc-log-type: None` (default) | `Tail`.
 * A sync call answers HTTP 200 whatever the function did, with the function's bytes as the body; a
 * failed function adds `x-fc-error-type` and its error JSON is the body (reference §3.3). An async call
 * answers 202 at once and the run continues in the background.
 *
 * Response headers (INVOKE_HEADERS in the contract): `x-fc-request-id`, `x-fc-code-checksum`,
 * `x-fc-invocation-duration` (ms), `x-fc-max-memory-usage` (MB), `x-fc-error-type` (errors only),
 * `x-fc-log-result` (Tail only). Emulator extras, not sent by the real FC:
 * `x-fc-init-duration` (ms of a cold start) and `x-fc-instance-id` (which warm instance answered).
 */
import { FC3_PAYLOAD_LIMITS, INVOKE_HEADERS } from '../../../cloud-api/fc3'
import { type OpContext, param } from '../../context'
import { entityTooLarge, invalidArgument } from '../../http/errors'
import { bytesResponse, emptyResponse } from '../../http/response'
import type { InvokeOutcome, InvokeRequest } from '../../runtime/types'
import type { FunctionRecord } from '../../store/state'
import { base64ToBytes, bytesToBase64, unzipFiles } from './code'
import { crc64 } from './crc64'
import { checkQualifier, findFunction } from './functions'

/** FC returns the last 4 KB of the invocation's log in `x-fc-log-result`. */
export const LOG_TAIL_BYTES = 4096

type InvocationType = 'Sync' | 'Async'

function invocationType(request: Request): InvocationType {
  const value = request.headers.get(INVOKE_HEADERS.invocationType)
  if (value === null || value.toLowerCase() === 'sync') return 'Sync'
  if (value.toLowerCase() === 'async') return 'Async'
  throw invalidArgument(`${INVOKE_HEADERS.invocationType} must be Sync or Async, not '${value}'.`)
}

function wantsLogTail(request: Request): boolean {
  const value = request.headers.get(INVOKE_HEADERS.logType)
  if (value === null || value.toLowerCase() === 'none') return false
  if (value.toLowerCase() === 'tail') return true
  throw invalidArgument(`${INVOKE_HEADERS.logType} must be None or Tail, not '${value}'.`)
}

/** base64 of the last LOG_TAIL_BYTES bytes of the log text (one line per entry). */
export function logTail(lines: string[]): string {
  if (lines.length === 0) return ''
  const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`)
  return bytesToBase64(bytes.subarray(Math.max(0, bytes.length - LOG_TAIL_BYTES)))
}

/**
 * Same code and configuration → same key → the runtime may reuse a warm instance. Hashed so that
 * environment variables (which may hold secrets) never show up in a key the runtime could log.
 */
export function instanceKey(fn: FunctionRecord): string {
  const config = [fn.codeChecksum, fn.runtime, fn.handler, fn.memorySize, fn.timeout, fn.environmentVariables]
  return `${fn.functionName}#${crc64(new TextEncoder().encode(JSON.stringify(config)))}`
}

/**
 * `context.credentials` (seed 004 "Context"): the real FC hands the function STS credentials of its
 * role. These only look like them (`STS.` key id, `CAIS` token) and grant nothing.
 */
function fakeStsCredentials(ctx: OpContext): InvokeRequest['credentials'] {
  return {
    accessKeyId: `STS.${ctx.ids.hex(24)}`,
    accessKeySecret: ctx.ids.hex(40),
    securityToken: `CAIS${ctx.ids.hex(60)}`,
  }
}

function outcomeHeaders(fn: FunctionRecord, outcome: InvokeOutcome, tail: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    [INVOKE_HEADERS.codeChecksum]: fn.codeChecksum,
    [INVOKE_HEADERS.duration]: String(Math.round(outcome.durationMs)),
    [INVOKE_HEADERS.maxMemoryUsage]: String(Math.round(outcome.maxMemoryUsageMb * 100) / 100),
    [INVOKE_HEADERS.instanceId]: outcome.instanceId,
  }
  if (outcome.errorType) headers[INVOKE_HEADERS.errorType] = outcome.errorType
  if (outcome.initDurationMs !== undefined) {
    headers[INVOKE_HEADERS.initDuration] = String(Math.round(outcome.initDurationMs))
  }
  if (tail) headers[INVOKE_HEADERS.logResult] = logTail(outcome.logs)
  return headers
}

export async function invokeFunction(ctx: OpContext): Promise<Response> {
  const name = param(ctx, 'functionName')
  checkQualifier(ctx, name)
  const fn = findFunction(ctx, name)
  const type = invocationType(ctx.request)
  const tail = wantsLogTail(ctx.request)
  const event = new Uint8Array(await ctx.request.arrayBuffer())
  const maxBytes = type === 'Async' ? FC3_PAYLOAD_LIMITS.asyncInvokeBytes : FC3_PAYLOAD_LIMITS.syncInvokeBytes
  if (event.length > maxBytes) throw entityTooLarge(maxBytes)

  // Captured now: an UpdateFunction racing this call must not change the code under it.
  const zipFile = ctx.store.read().fc3.code[fn.codeChecksum]
  if (zipFile === undefined) throw new Error(`code ${fn.codeChecksum} of '${name}' is missing from the store`)
  const invocation: InvokeRequest = {
    requestId: ctx.requestId,
    instanceKey: instanceKey(fn),
    functionName: fn.functionName,
    handler: fn.handler,
    runtime: fn.runtime,
    memoryMb: fn.memorySize,
    timeoutSec: fn.timeout,
    environmentVariables: { ...fn.environmentVariables },
    loadFiles: async () => unzipFiles(base64ToBytes(zipFile)),
    event,
    accountId: ctx.accountId,
    region: ctx.region,
    credentials: fakeStsCredentials(ctx),
  }

  if (type === 'Async') {
    ctx.background(
      ctx.runtime.invoke(invocation).then(
        (outcome) => {
          if (outcome.status !== 'success') {
            const message = new TextDecoder().decode(outcome.body).slice(0, 1000)
            ctx.log({
              level: 'warn',
              message: `async invocation of '${name}' failed: ${message}`,
              requestId: ctx.requestId,
            })
          }
        },
        (error: unknown) =>
          ctx.log({
            level: 'error',
            message: `async invocation of '${name}' crashed`,
            requestId: ctx.requestId,
            error,
          }),
      ),
    )
    return emptyResponse({ status: 202, requestId: ctx.requestId })
  }

  const outcome = await ctx.runtime.invoke(invocation)
  return bytesResponse(outcome.body, {
    requestId: ctx.requestId,
    contentType: 'application/octet-stream',
    headers: outcomeHeaders(fn, outcome, tail),
  })
}
