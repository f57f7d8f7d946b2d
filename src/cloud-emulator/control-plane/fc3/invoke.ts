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
 *
 * The invoke path itself is shared with FC 2.0 and the gateway data plane (../invocation.ts).
 */
import { type OpContext, param } from '../../context'
import type { InvokeRequest } from '../../runtime/types'
import type { FunctionRecord } from '../../store/state'
import { answerInvocation, type InvocationTarget, invocationTarget, runtimeRequest } from '../invocation'
import { checkQualifier, findFunction } from './functions'

export { instanceKey, LOG_TAIL_BYTES, logTail } from '../invocation'

/** An FC 3.0 function as the shared invoke path sees it, its code read from the store now. */
export function fc3Target(ctx: OpContext, fn: FunctionRecord): InvocationTarget {
  // Captured now: an UpdateFunction racing this call must not change the code under it.
  const zipFile = ctx.store.read().fc3.code[fn.codeChecksum]
  if (zipFile === undefined)
    throw new Error(`code ${fn.codeChecksum} of '${fn.functionName}' is missing from the store`)
  // Records are replaced, never changed, on update: the same record and the same code are the same
  // target (and so the same instance key), without building either again on every call.
  const known = targets.get(fn)
  if (known?.zipFile === zipFile) return known
  const target = invocationTarget(fn, zipFile)
  targets.set(fn, target)
  return target
}

const targets = new WeakMap<FunctionRecord, InvocationTarget>()

/**
 * The runtime request for one invocation of `fn` with `event`: what InvokeFunction runs, and what the
 * gateway data plane runs for an event-function backend (one invoke path for both).
 */
export function prepareInvocation(ctx: OpContext, fn: FunctionRecord, event: Uint8Array): InvokeRequest {
  return runtimeRequest(ctx, fc3Target(ctx, fn), event)
}

export async function invokeFunction(ctx: OpContext): Promise<Response> {
  const name = param(ctx, 'functionName')
  checkQualifier(ctx, name)
  const fn = findFunction(ctx, name)
  return answerInvocation(ctx, fc3Target(ctx, fn), name)
}
