/**
 * The warm-instance pool: implements `FunctionRuntimePort` over any `WorkerFactory`, so the browser and the
 * local cloud share one set of semantics for cold starts, warm reuse, idle reclaim, the timeout and crashes.
 *
 * - Instances are keyed by `request.instanceKey`; one instance serves one invocation at a time, a busy key
 *   starts another instance (FC's default instance concurrency of 1).
 * - Module state survives between invocations of the same instance, like a real warm container.
 * - The timeout is enforced here by terminating the worker (seed 004: "Task timed out after X seconds"),
 *   since a worker stuck in `while (true) {}` cannot be asked to stop.
 * - An instance idle for `idleMs` is terminated; the next call cold-starts and reports `initDurationMs`.
 *
 * Logs are framed the way FC's log tail (`x-fc-log-result`) frames an invocation: on a cold start
 * `FunctionCompute <runtime> runtime inited.`, then `FC Invoke Start RequestId: <id>`, the function's lines,
 * and `FC Invoke End RequestId: <id>`.
 */
import type { InvocationErrorType } from '../../cloud-api/fc3'
import { type Clock, systemClock } from '../clock'
import { type IdSource, randomIds } from '../ids'
import { runtimeErrors, userStackTrace } from './error-json'
import { Instance, type WorkerExit, type WorkerFactory } from './instance'
import { LogSink } from './log-sink'
import {
  DEFAULT_LIMITS,
  type ErrorBody,
  encodeErrorBody,
  type InvokeMessage,
  type ResultStatus,
  type RuntimeLimits,
} from './protocol'
import type { FunctionRuntimePort, InvokeOutcome, InvokeRequest } from './types'

export type { WorkerExit, WorkerFactory, WorkerHandle } from './instance'

export interface PoolOptions {
  /** Idle instances are terminated after this long. Default 5 minutes. */
  idleMs?: number
  limits?: Partial<RuntimeLimits>
  /** An instance that has not said `ready` by then is treated as crashed (a broken worker entry). Default 30 s. */
  bootTimeoutMs?: number
  /** Timestamps of the lines the host writes itself (truncation notes). */
  clock?: Clock
  ids?: IdSource
  /** Monotonic milliseconds for durations. Default `performance.now()`. */
  now?: () => number
}

export const DEFAULT_IDLE_MS = 5 * 60 * 1000

const ERROR_TYPES: Record<Exclude<ResultStatus, 'success'>, InvocationErrorType> = {
  handled: 'HandledInvocationError',
  unhandled: 'UnhandledInvocationError',
}

export function createInstancePool(factory: WorkerFactory, options: PoolOptions = {}): FunctionRuntimePort {
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS
  const limits: RuntimeLimits = { ...DEFAULT_LIMITS, ...options.limits }
  const bootTimeoutMs = options.bootTimeoutMs ?? 30_000
  const clock = options.clock ?? systemClock
  const ids = options.ids ?? randomIds
  const now = options.now ?? (() => performance.now())
  const instances = new Set<Instance>()
  /**
   * Idle instances per key, the most recently used last. A call takes the last one: under a steady load
   * the same few instances stay warm (and in the CPU's caches) while the rest wait for the idle reclaim,
   * rather than every instance taking turns.
   */
  const idle = new Map<string, Instance[]>()

  function spawn(request: InvokeRequest): Instance {
    const id = `c-${ids.hex(8)}-${ids.hex(8)}-${ids.hex(12)}`
    const handle = factory.createWorker({ memoryMb: request.memoryMb, runtime: request.runtime })
    const group = request.instanceGroup ?? request.functionName
    const instance = new Instance(id, request.instanceKey, group, handle)
    instances.add(instance)
    instance.onDeath(() => {
      instances.delete(instance)
      const list = idle.get(instance.key)
      const at = list?.indexOf(instance) ?? -1
      if (at !== -1) list!.splice(at, 1)
      if (list?.length === 0) idle.delete(instance.key)
    })
    return instance
  }

  function takeWarm(key: string): Instance | undefined {
    const list = idle.get(key)
    let instance = list?.pop()
    while (instance && (instance.state !== 'idle' || instance.retire)) instance = list?.pop()
    if (!instance) return undefined
    // The reclaim timer stays armed: when it fires it sees the instance busy or recently used (`reclaim`).
    instance.setBusy(true)
    return instance
  }

  function release(instance: Instance): void {
    if (instance.state === 'dead') return
    if (instance.retire) {
      void instance.kill()
      return
    }
    instance.setBusy(false)
    const list = idle.get(instance.key)
    if (list) list.push(instance)
    else idle.set(instance.key, [instance])
    instance.idleSince = now()
    if (instance.idleTimer === undefined) armReclaim(instance, idleMs)
  }

  /**
   * An instance idle for `idleMs` is terminated. One timer per idle stretch rather than a setTimeout and a
   * clearTimeout per invocation (a warm call's budget, bench `data-plane`): when it fires on an instance
   * that was used meanwhile, it is armed again for the rest of the new idle time.
   */
  function armReclaim(instance: Instance, ms: number): void {
    instance.idleTimer = setTimeout(() => {
      instance.idleTimer = undefined
      if (instance.state !== 'idle') return // busy: `release` arms it again
      const idleFor = now() - instance.idleSince
      if (idleFor >= idleMs) void instance.kill()
      else armReclaim(instance, idleMs - idleFor)
    }, ms)
    // Node: an idle instance's timer must not keep the process alive (browsers return a number: no unref).
    ;(instance.idleTimer as { unref?: () => void }).unref?.()
  }

  function crashBody(exit: WorkerExit, durationMs: number, memoryMb: number, sink: LogSink): ErrorBody {
    if (exit.outOfMemory) {
      sink.frame('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory')
    } else if (exit.error) {
      sink.frame(userStackTrace({ name: exit.error.name ?? 'Error', ...exit.error }).join('\n'))
    }
    return runtimeErrors.processExited(durationMs, memoryMb)
  }

  async function coldStart(
    request: InvokeRequest,
    sink: LogSink,
    started: number,
  ): Promise<{ instance: Instance } | { failure: Omit<InvokeOutcome, 'logs'> }> {
    let instanceId = ''
    const failed = (body: ErrorBody, memoryMb = 0) => ({
      failure: {
        instanceId,
        status: 'unhandled' as const,
        errorType: ERROR_TYPES.unhandled,
        body: encodeErrorBody(body),
        durationMs: now() - started,
        initDurationMs: now() - started,
        maxMemoryUsageMb: memoryMb,
      },
    })
    // Read the code while the worker boots.
    const files = request.loadFiles().then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    )
    let instance: Instance
    try {
      instance = spawn(request)
    } catch (error) {
      const cause =
        error instanceof Error ? { name: error.name, message: error.message } : { message: String(error) }
      return failed(crashBody({ error: cause }, 0, 0, sink))
    }
    instanceId = instance.id
    instance.logSink = sink
    const ready = await instance.wait((m) => (m.type === 'ready' ? m : undefined), bootTimeoutMs)
    if (ready.kind !== 'message') {
      void instance.kill()
      const exit = ready.kind === 'exit' ? ready.exit : { error: { message: 'the instance did not start' } }
      return failed(crashBody(exit, now() - started, 0, sink))
    }
    const code = await files
    if (!code.ok) {
      void instance.kill()
      const reason = code.error instanceof Error ? code.error.message : String(code.error)
      return failed({ errorMessage: `Failed to load the code package: ${reason}` })
    }
    const credentials = request.credentials()
    // FC's system variables (FC docs "Environment variables": users cannot set FC_*, so these win).
    const env = {
      ...request.environmentVariables,
      FC_FUNC_CODE_PATH: '/code/',
      FC_QUALIFIER: request.service?.qualifier || 'LATEST',
      ...(request.service ? { FC_SERVICE_NAME: request.service.name } : {}),
      ALIBABA_CLOUD_ACCESS_KEY_ID: credentials.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: credentials.accessKeySecret,
      ALIBABA_CLOUD_SECURITY_TOKEN: credentials.securityToken,
      FC_FUNCTION_NAME: request.functionName,
      FC_FUNCTION_HANDLER: request.handler,
      FC_FUNCTION_MEMORY_SIZE: String(request.memoryMb),
      FC_REGION: request.region,
      FC_ACCOUNT_ID: request.accountId,
      FC_INSTANCE_ID: instance.id,
    }
    const message = {
      type: 'init' as const,
      requestId: request.requestId,
      files: code.value,
      handler: request.handler,
    }
    const context = {
      credentials,
      function: {
        name: request.functionName,
        handler: request.handler,
        memory: request.memoryMb,
        timeout: request.timeoutSec,
      },
      region: request.region,
      accountId: request.accountId,
    }
    instance.post({ ...message, env, limits, context })
    const init = await instance.wait(
      (m) => (m.type === 'init-done' ? m : undefined),
      request.timeoutSec * 1000,
    )
    if (init.kind === 'timeout') {
      void instance.kill()
      return failed(runtimeErrors.timeout(request.timeoutSec), instance.memoryMb)
    }
    if (init.kind === 'exit') {
      const memoryMb = init.exit.outOfMemory ? request.memoryMb : instance.memoryMb
      return failed(crashBody(init.exit, now() - started, memoryMb, sink), memoryMb)
    }
    if (init.value.error) {
      // A module that failed to load leaves nothing to keep warm; the next call retries from scratch.
      void instance.kill()
      return failed(init.value.error, instance.memoryMb)
    }
    return { instance }
  }

  async function invoke(request: InvokeRequest): Promise<InvokeOutcome> {
    const { requestId } = request
    const sink = new LogSink(requestId, limits.logChars, clock)
    const started = now()
    let instance = takeWarm(request.instanceKey)
    let initDurationMs: number | undefined
    if (!instance) {
      sink.frame(`FunctionCompute ${request.runtime} runtime inited.`)
      sink.frame(`FC Invoke Start RequestId: ${requestId}`)
      const cold = await coldStart(request, sink, started)
      if ('failure' in cold) {
        sink.frame(`FC Invoke End RequestId: ${requestId}`)
        return { ...cold.failure, logs: sink.lines }
      }
      instance = cold.instance
      initDurationMs = now() - started
    } else {
      sink.frame(`FC Invoke Start RequestId: ${requestId}`)
    }

    instance.logSink = sink
    const invokeStarted = now()
    // Built field by field, not with conditional spreads: this runs on every call (bench `data-plane`).
    const message: InvokeMessage = { type: 'invoke', requestId, event: request.event }
    if (request.service) message.service = { ...request.service }
    if (request.http) message.http = request.http
    instance.post(message)
    const result = await instance.wait(
      (m) => (m.type === 'result' && m.requestId === requestId ? m : undefined),
      request.timeoutSec * 1000,
    )
    let outcome: Omit<InvokeOutcome, 'logs' | 'instanceId' | 'initDurationMs'>
    if (result.kind === 'message') {
      const { status, body, durationMs, memoryMb, http } = result.value
      outcome = { status, body, durationMs, maxMemoryUsageMb: memoryMb }
      if (status !== 'success') outcome.errorType = ERROR_TYPES[status]
      else if (http) outcome.http = http
    } else {
      const durationMs = now() - invokeStarted
      let body: ErrorBody
      let maxMemoryUsageMb = instance.memoryMb
      if (result.kind === 'timeout') {
        void instance.kill()
        body = runtimeErrors.timeout(request.timeoutSec)
      } else {
        if (result.exit.outOfMemory) maxMemoryUsageMb = request.memoryMb
        body = crashBody(result.exit, durationMs, maxMemoryUsageMb, sink)
      }
      outcome = {
        status: 'unhandled',
        errorType: ERROR_TYPES.unhandled,
        body: encodeErrorBody(body),
        durationMs,
        maxMemoryUsageMb,
      }
    }
    instance.logSink = undefined
    sink.frame(`FC Invoke End RequestId: ${requestId}`)
    if (outcome.body.byteLength > limits.bodyBytes) {
      // The worker checks this too; re-checked because the worker's word is not trusted.
      outcome.status = 'unhandled'
      outcome.errorType = ERROR_TYPES.unhandled
      delete outcome.http
      outcome.body = encodeErrorBody(
        runtimeErrors.responseTooLarge(outcome.body.byteLength, limits.bodyBytes),
      )
    }
    release(instance)
    const answer = outcome as InvokeOutcome
    answer.logs = sink.lines
    answer.instanceId = instance.id
    if (initDurationMs !== undefined) answer.initDurationMs = initDurationMs
    return answer
  }

  return {
    invoke,
    async evict(functionName) {
      const kills: Promise<void>[] = []
      for (const instance of instances) {
        if (instance.functionName !== functionName) continue
        // In-flight invocations finish with the code they started with (as on the cloud); then the instance ends.
        if (instance.state === 'busy') instance.retire = true
        else kills.push(instance.kill())
      }
      await Promise.all(kills)
    },
    async shutdown() {
      await Promise.all([...instances].map((instance) => instance.kill()))
    },
  }
}
