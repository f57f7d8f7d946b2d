/**
 * A FunctionRuntimePort double for control-plane tests: it records what the core asked for and
 * answers with whatever the test says (by default: echo the event, one log line). Tests of real
 * execution use the real runtimes (server/local-cloud/local-cloud.test.ts).
 */
import type { FunctionRuntimePort, InvokeOutcome, InvokeRequest } from '../runtime/types'

export type Responder = (request: InvokeRequest) => InvokeOutcome | Promise<InvokeOutcome>

export function outcome(request: InvokeRequest, overrides: Partial<InvokeOutcome> = {}): InvokeOutcome {
  return {
    status: 'success',
    body: request.event,
    logs: [`2026-01-01T00:00:00.000Z ${request.requestId} [INFO] invoked ${request.functionName}`],
    durationMs: 12.4,
    maxMemoryUsageMb: 48.123,
    instanceId: `instance-${request.instanceKey}`,
    ...overrides,
  }
}

export function fakeRuntime(responder: Responder = (request) => outcome(request)) {
  const calls = { invoke: [] as InvokeRequest[], evict: [] as string[], shutdown: 0 }
  let respond = responder
  const runtime: FunctionRuntimePort = {
    async invoke(request) {
      calls.invoke.push(request)
      return respond(request)
    },
    async evict(functionName) {
      calls.evict.push(functionName)
    },
    async shutdown() {
      calls.shutdown++
    },
  }
  return {
    runtime,
    calls,
    /** Changes the answer for the following invocations. */
    respondWith(next: Responder) {
      respond = next
    },
  }
}

/** A promise with its resolve/reject exposed (Promise.withResolvers is not in Node 20). */
export function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}
