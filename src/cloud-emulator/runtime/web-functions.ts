/**
 * Web functions as the emulator core sees them: a port (ARCHITECTURE.md: the core decides *what*, an
 * adapter *where*). A web function is the user's own HTTP server (reference §3.5: custom runtimes get
 * the raw HTTP request on `customRuntimeConfig.port`; seed 002: "Your function handles the request
 * directly as an HTTP server"). Only the local cloud can start one: its adapter
 * (server/local-cloud/web-functions/) runs the code as a real process on its own port and proxies to
 * it. The browser-only mode has no adapter, and the emulator then says so (WEB_FUNCTIONS_NEED_LOCAL_CLOUD).
 */
import type { FunctionRuntimePort } from './types'

/** What to run: enough for the adapter to start (or reuse) the server and to key its instances. */
export interface WebFunctionSpec {
  functionName: string
  /** same function + code + configuration → same instance; anything else starts a new one */
  instanceKey: string
  runtime: string
  /** `customRuntimeConfig.command` + `args`; empty → the code's `bootstrap` file, as FC runs it */
  command: string[]
  args: string[]
  /** the port the code was told to listen on (`customRuntimeConfig.port`, default 9000) */
  port: number
  memoryMb: number
  timeoutSec: number
  /** the function's variables plus FC's system ones (FC_FUNCTION_NAME …) */
  environment: Record<string, string>
  /** the code, unzipped: paths relative to the code root */
  loadFiles: () => Promise<Record<string, Uint8Array>>
}

/** The raw HTTP request the server receives. */
export interface WebFunctionRequest {
  method: string
  /** path and query, e.g. `/users/1?a=b` */
  path: string
  headers: [string, string][]
  body: Uint8Array
  /** the invocation's request id (`x-fc-request-id` towards the server) */
  requestId: string
  /** give up after this long (the API's ServiceTimeout or the function's timeout) */
  timeoutMs: number
}

export type WebFunctionResult =
  | {
      kind: 'response'
      status: number
      headers: [string, string][]
      body: Uint8Array
      /** the process's output (stdout / stderr lines) during this request, and at start on a cold start */
      logs: string[]
      durationMs: number
      initDurationMs?: number
    }
  | {
      kind: 'error'
      /** start-failed: could not start or never listened; exited: died during the request */
      reason: 'start-failed' | 'exited' | 'timeout' | 'connection'
      message: string
      logs: string[]
      durationMs: number
    }

export interface WebFunctionPort {
  request(fn: WebFunctionSpec, request: WebFunctionRequest): Promise<WebFunctionResult>
  /** stop every instance of a function (update, delete) */
  evict(functionName: string): Promise<void>
  shutdown(): Promise<void>
}

/** What the browser-only mode answers for a web function (the console shows it as is). */
export const WEB_FUNCTIONS_NEED_LOCAL_CLOUD =
  'Web functions run only in the local cloud: the browser-only mode cannot start an HTTP server. Start the console with `npm start` and call the API again.'

/**
 * The runtime port the emulator hands its operations: the function runtime, with `evict` and
 * `shutdown` reaching the web-function servers too — so UpdateFunction / DeleteFunction (which evict),
 * reset and close stop them without knowing about them.
 */
export function withWebFunctions(
  runtime: FunctionRuntimePort,
  web: WebFunctionPort | undefined,
): FunctionRuntimePort {
  if (!web) return runtime
  return {
    invoke: (request) => runtime.invoke(request),
    async evict(functionName) {
      await Promise.all([runtime.evict(functionName), web.evict(functionName)])
    },
    async shutdown() {
      await Promise.all([runtime.shutdown(), web.shutdown()])
    },
  }
}
