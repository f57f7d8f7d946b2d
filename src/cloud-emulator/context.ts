/**
 * What an operation gets: the emulator's dependencies (all injected, so tests pin time and ids and
 * swap the runtime) plus the request being answered.
 */
import type { Clock } from './clock'
import { requestFromWire, type WireAnswer, type WireRequest } from './http/wire'
import type { IdSource } from './ids'
import type { FunctionRuntimePort } from './runtime/types'
import type { WebFunctionPort } from './runtime/web-functions'
import type { Store } from './store/store'

export type RuntimeMode = 'browser' | 'node'

/** A diagnostic for the adapter's log (never shown to API callers). */
export interface EmulatorLogEvent {
  level: 'warn' | 'error'
  message: string
  requestId?: string
  error?: unknown
}

export interface EmulatorDeps {
  store: Store
  runtime: FunctionRuntimePort
  /** web functions' HTTP servers (issue 4); null where none can run (the browser-only mode) */
  webFunctions: WebFunctionPort | null
  clock: Clock
  ids: IdSource
  accountId: string
  region: string
  runtimeMode: RuntimeMode | null
  /** where SDKs and curl reach this emulator (the local cloud's origin), if anything outside the page can */
  endpoint(): string | undefined
  /** Keeps work that outlives its response (an Async invocation) so `close()` can wait for it. */
  background(task: Promise<unknown>): void
  log(event: EmulatorLogEvent): void
  /**
   * The AccessKey check (auth/verify.ts) for requests whose need of a signature only an operation
   * knows: FC 2.0 HTTP triggers (`authType: function` vs `anonymous`). Absent: nothing is verified.
   * Answers the refusal, or null when the request may proceed.
   */
  verifySignature?: (request: Request, url: URL, requestId: string) => Promise<Response | null>
}

export interface OpContext extends EmulatorDeps {
  /** built on first read when the adapter gave a `WireRequest` (http/wire.ts) */
  readonly request: Request
  /** the request as the local cloud read it off the socket; absent for a `Request` (MSW, tests) */
  wire?: WireRequest
  url: URL
  /** decoded path parameters of the matched route */
  params: Record<string, string>
  /** this request's id, also sent back as `x-fc-request-id` */
  requestId: string
  /** the caller's address as the adapter saw the connection (`handle(request, {clientIp})`), if given */
  clientIp?: string
}

export type Operation = (ctx: OpContext) => Promise<Response>

/** An operation that may answer a `WireRequest` with a `WireAnswer` (the gateway data plane, http/wire.ts). */
export type WireOperation = (ctx: OpContext) => Promise<Response | WireAnswer>

interface CallFields {
  /** absent when `wire` is given: built from it on first read */
  request?: Request
  wire?: WireRequest
  url: URL
  params: Record<string, string>
  requestId: string
  clientIp?: string
}

/**
 * One call's context: the emulator's dependencies plus the request. A class, so that every call's context
 * has the same hidden class. Built as an object literal with a spread and a getter, each call's context got
 * a shape of its own, and every `ctx.…` read after it missed V8's inline caches (~8 % of a data-plane call's
 * main-thread time; `perf`, decision 014). Hand a sub-operation changed fields with `withFields`, not a
 * spread (a spread would not copy `request`).
 */
export class CallContext implements OpContext {
  readonly store: Store
  readonly runtime: FunctionRuntimePort
  readonly webFunctions: WebFunctionPort | null
  readonly clock: Clock
  readonly ids: IdSource
  readonly accountId: string
  readonly region: string
  readonly runtimeMode: RuntimeMode | null
  readonly endpoint: () => string | undefined
  readonly background: (task: Promise<unknown>) => void
  readonly log: (event: EmulatorLogEvent) => void
  readonly verifySignature: EmulatorDeps['verifySignature']
  readonly wire: WireRequest | undefined
  readonly url: URL
  readonly params: Record<string, string>
  readonly requestId: string
  readonly clientIp: string | undefined
  /** the Request, once there is one (not private: `withFields` contexts read it through the prototype) */
  protected built: Request | undefined

  constructor(deps: EmulatorDeps, call: CallFields) {
    this.store = deps.store
    this.runtime = deps.runtime
    this.webFunctions = deps.webFunctions
    this.clock = deps.clock
    this.ids = deps.ids
    this.accountId = deps.accountId
    this.region = deps.region
    this.runtimeMode = deps.runtimeMode
    this.endpoint = deps.endpoint
    this.background = deps.background
    this.log = deps.log
    this.verifySignature = deps.verifySignature
    this.built = call.request
    this.wire = call.wire
    this.url = call.url
    this.params = call.params
    this.requestId = call.requestId
    this.clientIp = call.clientIp
  }

  get request(): Request {
    this.built ??= requestFromWire(this.wire!)
    return this.built
  }
}

/** `ctx` with some fields replaced or added, for a sub-operation; `ctx` itself is not changed. */
export function withFields<T extends object>(ctx: OpContext, fields: T): OpContext & T {
  return Object.assign(Object.create(ctx) as OpContext, fields) as OpContext & T
}

/** A path parameter the route table guarantees. */
export function param(ctx: OpContext, name: string): string {
  const value = ctx.params[name]
  if (value === undefined) throw new Error(`route has no :${name} parameter`)
  return value
}
