/**
 * The messages between the host (the instance pool, `./pool.ts`) and one function instance (a Worker
 * running `./bootstrap.ts`). Plain structured-cloneable data only, so the same protocol travels over a
 * browser `Worker.postMessage` and a Node `worker_threads` port.
 *
 * Lifecycle of an instance (the host drives it; the worker only answers):
 *   worker → `ready`  (bootstrap loaded, nothing of the user's yet)
 *   host   → `init`   (code files, handler, env, the instance's context) → worker loads the module → `init-done`
 *   host   → `invoke` (event, request id)        → worker: `log`* then `result`
 *   ... more `invoke`s while the instance is warm ...
 *   worker → `exit`   only from environments whose `process.exit` cannot end the thread by itself (browser).
 */

/** The error body of seed 004 "Error message": `{errorMessage, errorType?, stackTrace?}`. */
export interface ErrorBody {
  errorMessage: string
  errorType?: string
  stackTrace?: string[]
}

/** An error as it crosses a thread boundary. */
export interface SerializedError {
  name?: string
  message: string
  stack?: string
}

/** Budgets that keep a runaway function from exhausting the host (see pool.ts). */
export interface RuntimeLimits {
  /** Characters of log text kept per invocation; past it one truncation line is written and the rest dropped. */
  logChars: number
  /** Bytes of a sync result body. FC3 caps the synchronous response payload at 16 MB. */
  bodyBytes: number
}

export const DEFAULT_LIMITS: RuntimeLimits = {
  logChars: 1024 * 1024,
  bodyBytes: 16 * 1024 * 1024,
}

/** FC 2.0's `context.service` (FC 2.0 Node.js "Context": name, logProject, logStore, qualifier, versionId). */
export interface InvocationService {
  name: string
  logProject: string
  logStore: string
  qualifier: string
  versionId: string
}

/** `context` of seed 004 "Context object (Node.js)", plus FC3's `region` and `accountId`, and FC 2.0's `service`. */
export interface InvocationContext {
  requestId: string
  credentials: { accessKeyId: string; accessKeySecret: string; securityToken: string }
  function: { name: string; handler: string; memory: number; timeout: number }
  region: string
  accountId: string
  service?: InvocationService
}

/**
 * The request an FC 2.0 HTTP trigger hands an HTTP handler (FC 2.0 Node.js "HTTP handler": headers,
 * path, queries — a string or an array per key —, method, clientIP, url); the body travels as `event`.
 */
export interface HttpTriggerRequest {
  method: string
  /** the path after `/2016-08-15/proxy/<service>/<function>`, e.g. `/users/1` */
  path: string
  /** the path and query the trigger was called with */
  url: string
  clientIP: string
  headers: Record<string, string>
  queries: Record<string, string | string[]>
}

/** What an HTTP handler answered: `setStatusCode` / `setHeader` / `deleteHeader` (body separately). */
export interface HttpTriggerResponse {
  statusCode: number
  headers: Record<string, string>
}

/**
 * What of `context` stays the same for the instance's life, sent once with `init`: the function's settings
 * are part of the instance key (control-plane/invocation.ts), and the credentials, like the role's STS
 * credentials on FC, belong to the instance. Sending them with every call cost a structured clone each way
 * and a walk to freeze them (bench `data-plane`).
 */
export type InstanceContext = Omit<InvocationContext, 'requestId' | 'service'>

export interface InitMessage {
  type: 'init'
  /** The invocation that caused the cold start: module top-level logs are attributed to it. */
  requestId: string
  /** Paths relative to the code root (`index.js`, `lib/a.js`); the loader mounts them under `/code/`. */
  files: Record<string, Uint8Array>
  handler: string
  env: Record<string, string>
  limits: RuntimeLimits
  context: InstanceContext
}

export interface InvokeMessage {
  type: 'invoke'
  requestId: string
  event: Uint8Array
  /** FC 2.0: the service as this call named it (its qualifier is the call's, not the instance's) */
  service?: InvocationService
  /** present: call the handler as an HTTP handler with this request (event = body) */
  http?: HttpTriggerRequest
}

export type HostMessage = InitMessage | InvokeMessage

export type ResultStatus = 'success' | 'handled' | 'unhandled'

export type WorkerMessage =
  | { type: 'ready'; memoryMb: number }
  | { type: 'init-done'; memoryMb: number; error?: ErrorBody }
  | { type: 'log'; requestId: string; line: string }
  | {
      type: 'result'
      requestId: string
      status: ResultStatus
      /** success: the payload; otherwise the UTF-8 JSON of an ErrorBody */
      body: Uint8Array
      durationMs: number
      memoryMb: number
      /** HTTP-handler invocations: what the handler set besides the body */
      http?: HttpTriggerResponse
    }
  | { type: 'exit'; code: number; error?: SerializedError }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function isHttpResponse(value: unknown): value is HttpTriggerResponse {
  if (!isRecord(value) || typeof value.statusCode !== 'number' || !isRecord(value.headers)) return false
  return Object.values(value.headers).every((v) => typeof v === 'string')
}

/**
 * Messages come from a thread that runs arbitrary user code (which may post on the same port), so the
 * host checks the shape before trusting a message.
 */
export function isWorkerMessage(value: unknown): value is WorkerMessage {
  if (!isRecord(value)) return false
  switch (value.type) {
    case 'ready':
    case 'init-done':
      return typeof value.memoryMb === 'number'
    case 'log':
      return typeof value.requestId === 'string' && typeof value.line === 'string'
    case 'result':
      return (
        typeof value.requestId === 'string' &&
        (value.status === 'success' || value.status === 'handled' || value.status === 'unhandled') &&
        value.body instanceof Uint8Array &&
        typeof value.durationMs === 'number' &&
        typeof value.memoryMb === 'number' &&
        (value.http === undefined || isHttpResponse(value.http))
      )
    case 'exit':
      return typeof value.code === 'number'
    default:
      return false
  }
}

export function isHostMessage(value: unknown): value is HostMessage {
  if (!isRecord(value)) return false
  if (value.type === 'init') return typeof value.handler === 'string' && isRecord(value.files)
  if (value.type === 'invoke') return typeof value.requestId === 'string' && value.event instanceof Uint8Array
  return false
}

/**
 * The last line kept when an invocation's log output passes `RuntimeLimits.logChars`; worded after FC's own
 * "Truncated by FunctionCompute" note for oversized error messages (seed 004 "Callback usage").
 */
export function logTruncatedLine(requestId: string, limitChars: number, isoTime: string): string {
  return `${isoTime} ${requestId} warn Truncated by FunctionCompute: the log output of this invocation exceeded ${limitChars} characters; the rest was dropped`
}

const encoder = new TextEncoder()

export function encodeErrorBody(body: ErrorBody): Uint8Array {
  return encoder.encode(JSON.stringify(body))
}

/** Rounds a memory figure to what FC reports (`x-fc-max-memory-usage` carries two decimals). */
export function roundMb(mb: number): number {
  return Math.round(mb * 100) / 100
}
