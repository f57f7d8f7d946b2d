/**
 * The cloud emulator core: `handle(Request) → Promise<Response>`, speaking the real cloud's wire
 * APIs (ARCHITECTURE.md "Three ways to run, one emulator"). Pure TypeScript over Web standards; the
 * adapters are src/mocks (MSW in the browser and in Vitest) and server/local-cloud (node:http).
 */
import { createVerifier } from './auth/verify'
import { type Clock, systemClock } from './clock'
import { CallContext, type EmulatorDeps, type EmulatorLogEvent, type RuntimeMode } from './context'
import { replaceState } from './control'
import { isProxyPath } from './control-plane/fc2/proxy'
import { dispatch, GATEWAY_DISPATCH, isGatewayHost } from './dispatch'
import { FcError, pathNotSupported, toFc3ErrorResponse } from './http/errors'
import {
  isWireAnswer,
  isWireRequest,
  requestFromWire,
  responseFromAnswer,
  type WireAnswer,
  type WireRequest,
} from './http/wire'
import { fcRequestId, type IdSource, randomIds } from './ids'
import type { FunctionRuntimePort } from './runtime/types'
import { type WebFunctionPort, withWebFunctions } from './runtime/web-functions'
import type { AccessKey } from './signing/credentials'
import type { PersistencePort } from './store/persistence'
import { emptyState } from './store/state'
import { createStore } from './store/store'

export type { EmulatorLogEvent, RuntimeMode } from './context'
export type { HeaderRecord, WireAnswer, WireRequest } from './http/wire'
export type { AccessKey } from './signing/credentials'

export interface EmulatorOptions {
  /** Where committed state goes: IndexedDB (browser), a file (Node), memory (tests). */
  persistence: PersistencePort
  /** Runs function code: a Web Worker pool (browser) or worker_threads (Node). */
  runtime: FunctionRuntimePort
  /**
   * Runs web functions (custom runtimes) as real HTTP servers: the local cloud's adapter. Absent (the
   * browser-only mode): calls that need one answer that web functions need the local cloud.
   */
  webFunctions?: WebFunctionPort
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
  /**
   * Where callers outside the console reach this emulator directly (SDKs, curl): the local cloud's
   * origin, e.g. `http://127.0.0.1:9000`, reported by `/__emulator/health` so the console can print
   * curl lines that work. Read on each health call (the adapter knows its port only once it listens).
   * Absent (the browser-only mode): nothing outside the page can reach it.
   */
  endpoint?: () => string | undefined
  /** Diagnostics for the adapter's log: unexpected failures, failed async invocations. Default: dropped. */
  log?: (event: EmulatorLogEvent) => void
  /**
   * The AccessKey pairs the control-plane endpoints accept (CloudAPI, FC 3.0, FC 2016-08-15). Given:
   * every request to them must be signed with one (auth/verify.ts). Absent: nothing is verified — the
   * browser-only mode, where no secret may exist.
   */
  credentials?: readonly AccessKey[]
}

/** What an adapter knows about a request beyond the Request itself. */
export interface HandleOptions {
  /**
   * The caller's address, from the connection (the local cloud: the socket's remote address; MSW:
   * 127.0.0.1). The gateway's IP control and `CaClientIp` use it; never taken from X-Forwarded-For.
   */
  clientIp?: string
}

export interface Emulator {
  /**
   * Answers one request as the cloud would. Never throws and never returns a stack trace: an
   * unexpected failure becomes FC's InternalServerError (500) body, and is passed to `log`.
   * A `WireRequest` (the local cloud's) reaches the gateway data plane without a `Request` being built.
   */
  handle(request: Request, options?: HandleOptions): Promise<Response>
  /** The local cloud's form: the data plane may answer with a `WireAnswer`, written to the socket as it is. */
  handle(request: WireRequest, options?: HandleOptions): Promise<Response | WireAnswer>
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
    runtime: withWebFunctions(options.runtime, options.webFunctions),
    webFunctions: options.webFunctions ?? null,
    clock: options.clock ?? systemClock,
    ids: options.ids ?? randomIds,
    accountId: options.accountId ?? DEFAULT_ACCOUNT_ID,
    region: options.region ?? DEFAULT_REGION,
    runtimeMode: options.runtimeMode ?? null,
    endpoint: options.endpoint ?? (() => undefined),
    background(task) {
      const tracked: Promise<unknown> = task
        .catch((error: unknown) => log({ level: 'error', message: 'background task failed', error }))
        .finally(() => pending.delete(tracked))
      pending.add(tracked)
    },
    log,
  }

  const verify = options.credentials
    ? createVerifier({
        credentials: options.credentials,
        clock: deps.clock,
        ids: deps.ids,
        region: deps.region,
      })
    : null
  if (verify) deps.verifySignature = verify

  const ready = store.load()
  // Observed here so a caller that never awaits `ready` gets no unhandled rejection; `handle` reports it.
  // Once settled, read synchronously: awaiting an already-settled promise still costs every call a turn.
  let loadSettled = false
  let loadFailure: unknown = null
  const loadError = ready.then(
    () => {
      loadSettled = true
      return null
    },
    (error: unknown) => {
      log({ level: 'error', message: 'the stored emulator state could not be loaded', error })
      loadSettled = true
      loadFailure = error
      return error
    },
  )

  async function answer(
    input: Request | WireRequest,
    requestId: string,
    clientIp?: string,
  ): Promise<Response | WireAnswer> {
    const wire = isWireRequest(input) ? input : undefined
    const url = wire ? wire.url : new URL((input as Request).url)
    // A wire request becomes a `Request` only for the endpoints that read one (http/wire.ts).
    let request = wire ? undefined : (input as Request)
    const requestOf = () => {
      request ??= requestFromWire(wire!)
      return request
    }
    // The data plane, by Host alone (dispatch.ts rule 1): nothing to verify, no Request needed.
    const gateway = isGatewayHost(url)
    // AccessKey signatures first, before routing, as the real endpoints check them (auth/verify.ts);
    // except FC 2.0 HTTP triggers, where the trigger's authType decides (control-plane/fc2/proxy.ts).
    const refused =
      verify && !gateway && !isProxyPath(url.pathname) ? await verify(requestOf(), url, requestId) : null
    if (refused) return refused
    const target = gateway ? GATEWAY_DISPATCH : dispatch(requestOf().method, url, requestOf().headers)
    if (target.kind !== 'found') throw pathNotSupported(requestOf().method, url.pathname)
    if (closed) throw new FcError('InternalServerError', 500, 'the emulator is shutting down.')
    const failure = loadSettled ? loadFailure : await loadError
    if (failure !== null && !store.isLoaded() && !RECOVERY_PATHS.has(url.pathname)) {
      throw new FcError(
        'InternalServerError',
        500,
        'the stored emulator state could not be loaded; POST /__emulator/reset (the console: "Reset demo data") starts over.',
      )
    }
    // `return await`: returning the operation's promise from an async function costs two more turns.
    return await target.op(
      new CallContext(deps, { request, wire, url, params: target.params, requestId, clientIp }),
    )
  }

  async function handleAny(
    request: Request | WireRequest,
    handleOptions?: HandleOptions,
  ): Promise<Response | WireAnswer> {
    let requestId = ''
    try {
      requestId = fcRequestId(deps.ids, deps.clock)
      const answered = await answer(request, requestId, handleOptions?.clientIp)
      // Only a wire request is answered with a WireAnswer; a Request always gets a Response.
      return isWireAnswer(answered) && !isWireRequest(request) ? responseFromAnswer(answered) : answered
    } catch (error) {
      if (!(error instanceof FcError))
        log({ level: 'error', message: 'unexpected failure', requestId, error })
      return toFc3ErrorResponse(error, requestId)
    }
  }
  const handle = handleAny as Emulator['handle']

  return {
    handle,
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
