/**
 * The function runtime as the emulator core sees it: a port. The core decides *what* runs
 * (which code, which event, which limits); an adapter decides *where* (a browser Web Worker, or a
 * Node worker_threads Worker). Both adapters share one bootstrap (`./bootstrap.ts`) and one
 * instance pool (`./pool.ts`), so the semantics of seed 004 (callback, context, error JSON, log
 * format, timeout) are written once.
 */
import type { InvocationErrorType } from '../../cloud-api/fc3'
import type { HttpTriggerRequest, HttpTriggerResponse, InvocationService } from './protocol'

/** What the core asks the runtime to run. */
export interface InvokeRequest {
  /** Request id of this invocation (FC3 format `1-<8 hex>-<24 hex>`), also `context.requestId`. */
  requestId: string
  /** Identifies a warm instance: same function name + code checksum + configuration → same instance. */
  instanceKey: string
  functionName: string
  /** `<file>.<export>`, e.g. `index.handler` */
  handler: string
  runtime: string
  memoryMb: number
  timeoutSec: number
  /** Read only on cold start; the stored record's own object (never changed: records are replaced). */
  environmentVariables: Readonly<Record<string, string>>
  /** The unzipped code: paths relative to the code root (`index.js`, `lib/util.js`). Only read on cold start. */
  loadFiles: () => Promise<Record<string, Uint8Array>>
  /** The event, as bytes (FC hands the handler a Buffer). */
  event: Uint8Array
  accountId: string
  region: string
  /**
   * Temporary credentials placed in `context.credentials` (seed 004 "Context"), made when an instance
   * starts: a warm call never asks (three random strings per call were most of an invocation's id cost).
   */
  credentials: () => { accessKeyId: string; accessKeySecret: string; securityToken: string }
  /** FC 2.0: the function's service (`context.service`, `FC_SERVICE_NAME`). */
  service?: InvocationService
  /** What `evict()` matches to stop this function's instances. Default: `functionName`. */
  instanceGroup?: string
  /**
   * FC 2.0 HTTP trigger: run the handler as an HTTP handler (`(request, response, context)` in Node.js,
   * WSGI in Python) with this request; `event` is then the request body.
   */
  http?: HttpTriggerRequest
}

export type InvokeStatus = 'success' | 'handled' | 'unhandled'

/** What comes back from one invocation. Never throws for user-code failures. */
export interface InvokeOutcome {
  status: InvokeStatus
  /** Payload for success; the error JSON (`{errorMessage, errorType?, stackTrace?}`) otherwise. */
  body: Uint8Array
  errorType?: InvocationErrorType
  /** Log lines in order, each already formatted (`<ISO time> <requestId> <level> <message>` for console.*). */
  logs: string[]
  durationMs: number
  /** Set on a cold start: time to start the instance and load the module. */
  initDurationMs?: number
  maxMemoryUsageMb: number
  instanceId: string
  /** HTTP-handler invocations that succeeded: the status and headers the handler set (`body` is the body). */
  http?: HttpTriggerResponse
}

export interface FunctionRuntimePort {
  invoke(request: InvokeRequest): Promise<InvokeOutcome>
  /**
   * Stop every instance of a function (on update / delete) so the next call cold-starts with the new code.
   * The name is the request's `instanceGroup` when it had one, else its `functionName`.
   */
  evict(functionName: string): Promise<void>
  /** Stop everything (server shutdown, emulator reset). */
  shutdown(): Promise<void>
}
