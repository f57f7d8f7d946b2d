/**
 * The one invoke path of the emulator, shared by FC 3.0's InvokeFunction (./fc3/invoke.ts), FC 2.0's
 * InvokeFunction and HTTP triggers (./fc2/invoke.ts, ./fc2/proxy.ts) and the gateway data plane's
 * Function Compute backends (../data-plane/gateway/backend.ts): a function record of either API
 * becomes an `InvocationTarget`, the target + event become the runtime port's `InvokeRequest`, and a
 * synchronous or asynchronous InvokeFunction answer is built the same way for both APIs
 * (reference §3.3–3.4: raw body in, `x-fc-*` headers out; Async → 202 at once).
 */
import { FC3_PAYLOAD_LIMITS, INVOKE_HEADERS } from '../../cloud-api/fc3'
import type { OpContext } from '../context'
import { entityTooLarge, invalidArgument } from '../http/errors'
import { bytesResponse, emptyResponse } from '../http/response'
import { encodeErrorBody, type HttpTriggerRequest, type InvocationService } from '../runtime/protocol'
import type { InvokeOutcome, InvokeRequest } from '../runtime/types'
import { base64ToBytes, bytesToBase64, unzipFiles } from './fc3/code'
import { crc64 } from './fc3/crc64'

/** FC returns the last 4 KB of the invocation's log in `x-fc-log-result`. */
export const LOG_TAIL_BYTES = 4096

/** What is invoked: the runtime-relevant fields of a function of either API, and its code. */
export interface InvocationTarget {
  functionName: string
  handler: string
  runtime: string
  memorySize: number
  timeout: number
  environmentVariables: Readonly<Record<string, string>>
  codeChecksum: string
  /** base64 zip, read from the store before the call: an update racing it must not change the code under it */
  zipFile: string
  /** FC 2.0: the function's service (context.service, FC_SERVICE_NAME) */
  service?: InvocationService
  /** What `runtime.evict()` is given for this function; default functionName (FC 3.0). */
  instanceGroup?: string
}

type RecordFields = Pick<
  InvocationTarget,
  'functionName' | 'handler' | 'runtime' | 'memorySize' | 'timeout' | 'environmentVariables' | 'codeChecksum'
>

/**
 * The target of a function record of either API: the fields the invoke path reads, by name. (A spread of
 * the whole record gave each call's target a shape V8 had not seen, and every read of it missed its inline
 * cache: bench `data-plane`, decision 014.)
 */
export function invocationTarget(fn: RecordFields, zipFile: string): InvocationTarget {
  return {
    functionName: fn.functionName,
    handler: fn.handler,
    runtime: fn.runtime,
    memorySize: fn.memorySize,
    timeout: fn.timeout,
    environmentVariables: fn.environmentVariables,
    codeChecksum: fn.codeChecksum,
    zipFile,
  }
}

export type InvocationType = 'Sync' | 'Async'

export function invocationType(request: Request): InvocationType {
  const value = request.headers.get(INVOKE_HEADERS.invocationType)
  if (value === null || value.toLowerCase() === 'sync') return 'Sync'
  if (value.toLowerCase() === 'async') return 'Async'
  throw invalidArgument(`${INVOKE_HEADERS.invocationType} must be Sync or Async, not '${value}'.`)
}

export function wantsLogTail(request: Request): boolean {
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

type KeyFields = Pick<
  InvocationTarget,
  'functionName' | 'codeChecksum' | 'runtime' | 'handler' | 'memorySize' | 'timeout' | 'environmentVariables'
> & { instanceGroup?: string }

/**
 * Same code and configuration → same key → the runtime may reuse a warm instance. Hashed so that
 * environment variables (which may hold secrets) never show up in a key the runtime could log.
 */
export function instanceKey(fn: KeyFields): string {
  const cached = keysByTarget.get(fn)
  if (cached !== undefined) return cached
  const key = computedKey(fn)
  keysByTarget.set(fn, key)
  return key
}

/** Targets are reused while their record is (fc3/invoke.ts `fc3Target`): their key is worked out once. */
const keysByTarget = new WeakMap<KeyFields, string>()

function computedKey(fn: KeyFields): string {
  const fields = `${fn.instanceGroup ?? fn.functionName}\n${fn.codeChecksum}\n${fn.runtime}\n${fn.handler}\n${fn.memorySize}\n${fn.timeout}`
  // Stored records are replaced, never changed, on update: the same variables object and the same other
  // fields are the same key, without hashing again on every call (crc64 works on BigInts).
  const known = keysByVariables.get(fn.environmentVariables)
  if (known?.fields === fields) return known.key
  const config = [fn.codeChecksum, fn.runtime, fn.handler, fn.memorySize, fn.timeout, fn.environmentVariables]
  const key = `${fn.instanceGroup ?? fn.functionName}#${crc64(new TextEncoder().encode(JSON.stringify(config)))}`
  keysByVariables.set(fn.environmentVariables, { fields, key })
  return key
}

const keysByVariables = new WeakMap<object, { fields: string; key: string }>()

/**
 * `context.credentials` (seed 004 "Context"): the real FC hands the function STS credentials of its
 * role. These only look like them (`STS.` key id, `CAIS` token) and grant nothing.
 */
function fakeStsCredentials(ctx: OpContext): ReturnType<InvokeRequest['credentials']> {
  return {
    accessKeyId: `STS.${ctx.ids.hex(24)}`,
    accessKeySecret: ctx.ids.hex(40),
    securityToken: `CAIS${ctx.ids.hex(60)}`,
  }
}

/** The runtime request for one invocation of `target` with `event` (and, for an HTTP trigger, its request). */
export function runtimeRequest(
  ctx: OpContext,
  target: InvocationTarget,
  event: Uint8Array,
  http?: HttpTriggerRequest,
): InvokeRequest {
  const { zipFile } = target
  const request: InvokeRequest = {
    requestId: ctx.requestId,
    instanceKey: instanceKey(target),
    functionName: target.functionName,
    handler: target.handler,
    runtime: target.runtime,
    memoryMb: target.memorySize,
    timeoutSec: target.timeout,
    environmentVariables: target.environmentVariables,
    loadFiles: async () => unzipFiles(base64ToBytes(zipFile)),
    event,
    accountId: ctx.accountId,
    region: ctx.region,
    credentials: () => fakeStsCredentials(ctx),
  }
  if (target.service) request.service = { ...target.service }
  if (target.instanceGroup) request.instanceGroup = target.instanceGroup
  if (http) request.http = http
  return request
}

/** Why this emulator cannot run a runtime here, or null when it can. */
export function unrunnableReason(runtime: string, mode: OpContext['runtimeMode']): string | null {
  if (/^nodejs\d+$/.test(runtime)) return null
  if (/^python3(\.\d+)?$/.test(runtime)) {
    return mode === 'browser'
      ? `Python functions cannot run in the browser-only mode: this page has no Python. Start the local cloud with \`npm start\` (or \`npm run cloud\`) to invoke ${runtime} functions.`
      : null
  }
  return `The emulator cannot run the ${runtime} runtime: it runs Node.js functions, and Python 3 functions in the local cloud.`
}

/**
 * Runs a request on the runtime port. A runtime the emulator cannot run here answers like a function
 * that could not start (UnhandledInvocationError with a message saying why), never an API error: the
 * function exists, only this emulator cannot execute it.
 */
export function runInvocation(ctx: OpContext, request: InvokeRequest): Promise<InvokeOutcome> {
  const reason = unrunnableReason(request.runtime, ctx.runtimeMode)
  // The runtime's own promise, not one more async wrapper around it (every gateway call comes here).
  if (reason === null) return ctx.runtime.invoke(request)
  return Promise.resolve({
    status: 'unhandled',
    errorType: 'UnhandledInvocationError',
    body: encodeErrorBody({ errorMessage: reason }),
    logs: [],
    durationMs: 0,
    maxMemoryUsageMb: 0,
    instanceId: '',
  })
}

export function outcomeHeaders(
  target: Pick<InvocationTarget, 'codeChecksum'>,
  outcome: InvokeOutcome,
  tail: boolean,
): Record<string, string> {
  const headers: Record<string, string> = {
    [INVOKE_HEADERS.codeChecksum]: target.codeChecksum,
    [INVOKE_HEADERS.duration]: String(Math.round(outcome.durationMs)),
    [INVOKE_HEADERS.maxMemoryUsage]: String(Math.round(outcome.maxMemoryUsageMb * 100) / 100),
  }
  if (outcome.instanceId) headers[INVOKE_HEADERS.instanceId] = outcome.instanceId
  if (outcome.errorType) headers[INVOKE_HEADERS.errorType] = outcome.errorType
  if (outcome.initDurationMs !== undefined) {
    headers[INVOKE_HEADERS.initDuration] = String(Math.round(outcome.initDurationMs))
  }
  if (tail) headers[INVOKE_HEADERS.logResult] = logTail(outcome.logs)
  return headers
}

/** Runs the invocation in the background (Async): the answer is 202 at once; failures are only logged. */
export function runInBackground(ctx: OpContext, request: InvokeRequest, label: string): void {
  ctx.background(
    runInvocation(ctx, request).then(
      (outcome) => {
        if (outcome.status !== 'success') {
          const message = new TextDecoder().decode(outcome.body).slice(0, 1000)
          ctx.log({
            level: 'warn',
            message: `async invocation of '${label}' failed: ${message}`,
            requestId: ctx.requestId,
          })
        }
      },
      (error: unknown) =>
        ctx.log({
          level: 'error',
          message: `async invocation of '${label}' crashed`,
          requestId: ctx.requestId,
          error,
        }),
    ),
  )
}

/**
 * InvokeFunction's answer for either API: reads the event from the request body (payload limits of
 * reference §3.3: 32 MB sync, 128 KB async → EntityTooLarge), then 202 for Async, or 200 with the
 * function's bytes (its error JSON and `x-fc-error-type` when it failed) for Sync.
 */
export async function answerInvocation(
  ctx: OpContext,
  target: InvocationTarget,
  label: string,
): Promise<Response> {
  const type = invocationType(ctx.request)
  const tail = wantsLogTail(ctx.request)
  const event = new Uint8Array(await ctx.request.arrayBuffer())
  const maxBytes = type === 'Async' ? FC3_PAYLOAD_LIMITS.asyncInvokeBytes : FC3_PAYLOAD_LIMITS.syncInvokeBytes
  if (event.length > maxBytes) throw entityTooLarge(maxBytes)

  const request = runtimeRequest(ctx, target, event)
  if (type === 'Async') {
    runInBackground(ctx, request, label)
    return emptyResponse({ status: 202, requestId: ctx.requestId })
  }
  const outcome = await runInvocation(ctx, request)
  return bytesResponse(outcome.body, {
    requestId: ctx.requestId,
    contentType: 'application/octet-stream',
    headers: outcomeHeaders(target, outcome, tail),
  })
}
