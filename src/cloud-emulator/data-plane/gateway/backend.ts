/**
 * Calling the backend of a deployed API. Event functions (FC_EVENT_V3 backend services, or an inline
 * `ServiceConfig` with `ServiceProtocol: FunctionCompute` as funcraft writes it) run through the same
 * path as FC's InvokeFunction (control-plane/fc3/invoke.ts `prepareInvocation` → the runtime port).
 * FC 2.0 event functions (FC_EVENT backends, or FcVersion 2.0 with ServiceName) likewise, through
 * control-plane/fc2/invoke.ts `fc2Invocation`: the same event and envelope rules.
 *
 * The gateway waits at most `ServiceTimeout` ms (reference §1.3, §3.2), cold start included (seeds'
 * FAQ: "If the initialization exceeds the timeout configured in API Gateway, API Gateway treats the
 * backend as unavailable"). If the function's own timeout is shorter, the function times out first and
 * its `Task timed out` error is the backend's answer; if ServiceTimeout is shorter, the gateway gives
 * up and the invocation goes on in the background, as FC's would.
 */
import { CLOUDAPI_LIMITS, type FunctionComputeConfig } from '../../../cloud-api/cloudapi'
import type { OpContext } from '../../context'
import { fc2Invocation } from '../../control-plane/fc2/invoke'
import { findFunction } from '../../control-plane/fc3/functions'
import { prepareInvocation } from '../../control-plane/fc3/invoke'
import { runInvocation } from '../../control-plane/invocation'
import { FcError } from '../../http/errors'
import type { InvokeOutcome } from '../../runtime/types'
import type { DeploymentRecord } from '../../store/cloudapi-tables'
import type { DeepReadonly } from '../../store/state'
import { GatewayError } from './respond'

export interface FunctionTarget {
  /** FC 2.0 (FC_EVENT backends, FcVersion 2.0): the function's service; absent for FC 3.0 */
  serviceName?: string
  functionName: string
  qualifier: string
  regionId: string | undefined
  timeoutMs: number
}

/** A web function's HTTP trigger, named by its URL (FC_HTTP_V3 `FcBaseUrl`, or FcType HttpTrigger inline). */
export interface WebTarget {
  fcBaseUrl: string
  timeoutMs: number
}

export type BackendTarget = { kind: 'event'; target: FunctionTarget } | { kind: 'web'; target: WebTarget }

const timeoutOf = (service: number | undefined, model: number | undefined) =>
  service ?? model ?? CLOUDAPI_LIMITS.serviceTimeoutDefault

/**
 * What a deployment calls — an FC 3.0 or FC 2.0 event function, or a web function — or the gateway
 * error saying why it cannot.
 */
export function backendTarget(deployment: DeepReadonly<DeploymentRecord>): BackendTarget {
  const service = deployment.Definition.ServiceConfig
  let fc: DeepReadonly<FunctionComputeConfig> | undefined
  let modelTimeout: number | undefined
  let fc2 = false
  if (deployment.Backend) {
    const type = deployment.Backend.BackendType
    fc = deployment.Backend.Model.BackendConfig.FunctionComputeConfig
    modelTimeout = deployment.Backend.Model.BackendConfig.ServiceTimeout
    // Seed 002: a web function's backend service names its HTTP trigger's internal endpoint.
    if (type === 'FC_HTTP_V3' && fc?.FcBaseUrl)
      return {
        kind: 'web',
        target: { fcBaseUrl: fc.FcBaseUrl, timeoutMs: timeoutOf(service.ServiceTimeout, modelTimeout) },
      }
    if (type === 'FC_EVENT') fc2 = true
    else if (type !== 'FC_EVENT_V3')
      throw new GatewayError(
        'backendNotSupported',
        `Backend service type ${type} is not emulated; use FC_EVENT_V3 or FC_EVENT (event functions) or FC_HTTP_V3 (web functions)`,
      )
  } else {
    if (service.ServiceProtocol !== 'FunctionCompute' || !service.FunctionComputeConfig) {
      throw new GatewayError(
        'backendNotSupported',
        `ServiceProtocol ${service.ServiceProtocol ?? '(none)'} is not emulated; use a Function Compute backend`,
      )
    }
    fc = service.FunctionComputeConfig
    fc2 = fc.FcVersion === '2.0'
    if (fc.FcType === 'HttpTrigger') {
      if (fc2)
        throw new GatewayError(
          'backendNotSupported',
          'FC 2.0 HTTP functions behind the gateway are not emulated; use FcVersion 3.0',
        )
      if (!fc.FcBaseUrl)
        throw new GatewayError(
          'badFunctionResponse',
          'The backend names no HTTP trigger (FunctionComputeConfig.FcBaseUrl)',
        )
      return {
        kind: 'web',
        target: { fcBaseUrl: fc.FcBaseUrl, timeoutMs: timeoutOf(service.ServiceTimeout, undefined) },
      }
    }
  }
  if (!fc?.FunctionName)
    throw new GatewayError(
      'badFunctionResponse',
      'The backend names no function (FunctionComputeConfig.FunctionName)',
    )
  if (fc2 && !fc.ServiceName)
    throw new GatewayError(
      'badFunctionResponse',
      'An FC 2.0 backend names no service (FunctionComputeConfig.ServiceName)',
    )
  return {
    kind: 'event',
    target: {
      ...(fc2 ? { serviceName: fc.ServiceName } : {}),
      functionName: fc.FunctionName,
      qualifier: fc.Qualifier || 'LATEST',
      regionId: fc.FcRegionId,
      timeoutMs: timeoutOf(service.ServiceTimeout, modelTimeout),
    },
  }
}

export type BackendCall =
  | { kind: 'done'; outcome: InvokeOutcome }
  /** ServiceTimeout elapsed; `late` settles when the function finishes anyway */
  | { kind: 'timeout'; late: Promise<InvokeOutcome> }

/** FC's answer when the function cannot be invoked at all, as the gateway reports it. */
export function fcRefused(code: string, message: string) {
  return new GatewayError('badFunctionResponse', `Function Compute answered ${code}: ${message}`)
}

/** Throws (synchronously) the gateway error when the function cannot be invoked at all. */
export function callEventFunction(
  ctx: OpContext,
  target: FunctionTarget,
  event: Uint8Array,
): Promise<BackendCall> {
  if (target.regionId && target.regionId !== ctx.region)
    throw fcRefused(
      'FunctionNotFound',
      `function '${target.functionName}' does not exist in ${target.regionId} (the emulator is ${ctx.region})`,
    )
  let invocation: ReturnType<typeof prepareInvocation>
  try {
    if (target.serviceName !== undefined) {
      invocation = fc2Invocation(ctx, { ...target, serviceName: target.serviceName }, event)
    } else {
      const fn = findFunction(ctx, target.functionName)
      if (target.qualifier !== 'LATEST') {
        const kind = /^\d+$/.test(target.qualifier) ? 'version' : 'alias'
        throw fcRefused(
          `${kind === 'version' ? 'Version' : 'Alias'}NotFound`,
          `${kind} '${target.qualifier}' of function '${fn.functionName}' does not exist`,
        )
      }
      invocation = prepareInvocation(ctx, fn, event)
    }
  } catch (error) {
    if (error instanceof FcError) throw fcRefused(error.code, error.message)
    throw error
  }
  return race(ctx, runInvocation(ctx, invocation), target.timeoutMs)
}

/**
 * The invocation against ServiceTimeout (see the header). One timer and one promise: `Promise.race` with a
 * timer promise and an async wrapper cost every call three more promises and their turns (bench `data-plane`).
 */
function race(ctx: OpContext, running: Promise<InvokeOutcome>, timeoutMs: number): Promise<BackendCall> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      ctx.background(running)
      resolve({ kind: 'timeout', late: running })
    }, timeoutMs)
    running.then(
      (outcome) => {
        clearTimeout(timer)
        resolve({ kind: 'done', outcome })
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}
