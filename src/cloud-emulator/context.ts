/**
 * What an operation gets: the emulator's dependencies (all injected, so tests pin time and ids and
 * swap the runtime) plus the request being answered.
 */
import type { Clock } from './clock'
import type { WireRequest } from './http/wire'
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

/** A path parameter the route table guarantees. */
export function param(ctx: OpContext, name: string): string {
  const value = ctx.params[name]
  if (value === undefined) throw new Error(`route has no :${name} parameter`)
  return value
}
