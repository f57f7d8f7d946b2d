/**
 * The cloud emulator core: `handle(Request) → Promise<Response>`, speaking the real cloud's wire
 * APIs (ARCHITECTURE.md "Three ways to run, one emulator"). Pure TypeScript over Web standards; the
 * adapters are src/mocks (MSW in the browser and in Vitest) and server/local-cloud (node:http).
 */
import { type Clock, systemClock } from './clock'
import type { EmulatorDeps, EmulatorLogEvent, RuntimeMode } from './context'
import { replaceState } from './control'
import { dispatch } from './dispatch'
import { FcError, pathNotSupported, toFc3ErrorResponse } from './http/errors'
import { fcRequestId, type IdSource, randomIds } from './ids'
import type { FunctionRuntimePort } from './runtime/types'
import type { PersistencePort } from './store/persistence'
import { emptyState } from './store/state'
import { createStore } from './store/store'

export type { EmulatorLogEvent, RuntimeMode } from './context'

export interface EmulatorOptions {
  /** Where committed state goes: IndexedDB (browser), a file (Node), memory (tests). */
  persistence: PersistencePort
  /** Runs function code: a Web Worker pool (browser) or worker_threads (Node). */
  runtime: FunctionRuntimePort
  /** Defaults to the wall clock. */
  clock?: Clock
  /** Defaults to crypto-random ids. */
  ids?: IdSource
  /** The account in ARNs and endpoints. Default `1234567890123456`. */
  accountId?: string
  /** Default `cn-hangzhou`. */
  region?: string
  /** Reported by `/__emulator/health` so tests know which runtime answered. */
  runtimeMode?: RuntimeMode
  /** Diagnostics for the adapter's log: unexpected failures, failed async invocations. Default: dropped. */
  log?: (event: EmulatorLogEvent) => void
}

export interface Emulator {
  /**
   * Answers one request as the cloud would. Never throws and never returns a stack trace: an
   * unexpected failure becomes FC's InternalServerError (500) body, and is passed to `log`.
   */
  handle(request: Request): Promise<Response>
  /** Resolves once the persisted state is loaded; rejects if it could not be (then only reset/seed work). */
  ready: Promise<void>
  /** Empties the state and stops every function instance (what `POST /__emulator/reset` does). */
  reset(): Promise<void>
  /**
   * Waits for queued writes, shuts the runtime down (which ends running invocations, so a long
   * background run cannot hold a shutdown up) and waits for background work to settle.
   */
  close(): Promise<void>
  readonly accountId: string
  readonly region: string
  readonly runtimeMode: RuntimeMode | null
}

export const DEFAULT_ACCOUNT_ID = '1234567890123456'
export const DEFAULT_REGION = 'cn-hangzhou'

/** Control operations that work even when the stored state could not be loaded: they are the way out. */
const RECOVERY_PATHS = new Set(['/__emulator/health', '/__emulator/reset', '/__emulator/seed'])

/** Creates an emulator and starts loading its state (`ready`). */
export function createEmulator(options: EmulatorOptions): Emulator {
  const store = createStore(options.persistence)
  const pending = new Set<Promise<unknown>>()
  // A throwing log sink (an adapter bug) must not turn into a throwing handle().
  const log = (event: EmulatorLogEvent) => {
    try {
      options.log?.(event)
    } catch {}
  }
  let closed = false

  const deps: EmulatorDeps = {
    store,
    runtime: options.runtime,
    clock: options.clock ?? systemClock,
    ids: options.ids ?? randomIds,
    accountId: options.accountId ?? DEFAULT_ACCOUNT_ID,
    region: options.region ?? DEFAULT_REGION,
    runtimeMode: options.runtimeMode ?? null,
    background(task) {
      const tracked: Promise<unknown> = task
        .catch((error: unknown) => log({ level: 'error', message: 'background task failed', error }))
        .finally(() => pending.delete(tracked))
      pending.add(tracked)
    },
    log,
  }

  const ready = store.load()
  // Observed here so a caller that never awaits `ready` gets no unhandled rejection; `handle` reports it.
  const loadError = ready.then(
    () => null,
    (error: unknown) => {
      log({ level: 'error', message: 'the stored emulator state could not be loaded', error })
      return error
    },
  )

  async function answer(request: Request, requestId: string): Promise<Response> {
    const url = new URL(request.url)
    const target = dispatch(request.method, url)
    if (target.kind !== 'found') throw pathNotSupported(request.method, url.pathname)
    if (closed) throw new FcError('InternalServerError', 500, 'the emulator is shutting down.')
    const failure = await loadError
    if (failure !== null && !store.isLoaded() && !RECOVERY_PATHS.has(url.pathname)) {
      throw new FcError(
        'InternalServerError',
        500,
        'the stored emulator state could not be loaded; POST /__emulator/reset (the console: "Reset demo data") starts over.',
      )
    }
    return target.op({ ...deps, request, url, params: target.params, requestId })
  }

  return {
    async handle(request) {
      let requestId = ''
      try {
        requestId = fcRequestId(deps.ids, deps.clock)
        return await answer(request, requestId)
      } catch (error) {
        if (!(error instanceof FcError))
          log({ level: 'error', message: 'unexpected failure', requestId, error })
        return toFc3ErrorResponse(error, requestId)
      }
    },
    ready,
    reset: () => replaceState(deps, emptyState()),
    async close() {
      closed = true
      await store.idle()
      await deps.runtime.shutdown()
      await Promise.allSettled([...pending])
    },
    accountId: deps.accountId,
    region: deps.region,
    runtimeMode: deps.runtimeMode,
  }
}
