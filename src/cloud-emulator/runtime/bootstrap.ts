/**
 * THE bootstrap: what runs inside one function instance (a browser Web Worker or a Node worker thread) and
 * calls the user's handler the way seed 004 describes the Node.js runtime:
 * - handler `(event, context, callback)` or async / promise-returning ("Handler", "Callback usage");
 * - `event` is a Buffer, `context` is seed 004's "Context object (Node.js)" plus FC3's region and accountId;
 * - callback / promise results and errors become the error JSON of "Error message" (./error-json.ts);
 * - `console.*` lines are captured as `<Timestamp> <Request ID> <Log Level> <Message>` ("Logging");
 * - behind an FC 2.0 HTTP trigger the same export is called as an HTTP handler
 *   `(request, response, context)` instead (./http-handler.ts).
 *
 * Pure on purpose: whatever differs between environments (the Buffer class, builtins, memory probe,
 * process.env) arrives as a `BootstrapEnvironment` from the worker entry
 * (src/mocks/runtime-worker.ts, server/local-cloud/runtime/worker.ts).
 */
import { CODE_ROOT, errorBodyFrom, runtimeErrors } from './error-json'
import { formatArgs, inspect } from './format'
import { httpRequestObject, httpResponseObject } from './http-handler'
import { createModuleLoader } from './module-loader'
import {
  DEFAULT_LIMITS,
  type ErrorBody,
  encodeErrorBody,
  type HttpTriggerResponse,
  type InitMessage,
  type InstanceContext,
  type InvocationContext,
  type InvokeMessage,
  isHostMessage,
  logTruncatedLine,
  type ResultStatus,
  type RuntimeLimits,
  roundMb,
  type WorkerMessage,
} from './protocol'

export interface BootstrapPort {
  post(message: WorkerMessage): void
  onMessage(listener: (message: unknown) => void): void
}

export interface BootstrapEnvironment {
  /** Wraps the event bytes in the environment's Buffer (seed 004: "event: event payload in Buffer type"). */
  toBuffer(bytes: Uint8Array): Uint8Array
  /** Builtins (`crypto`, `util` in Node). Throws an error with `code: 'MODULE_NOT_FOUND'` for anything else. */
  requireExternal(id: string): unknown
  /** Memory used by this instance in MB; best effort, 0 when the environment cannot tell. */
  memoryUsageMb(): number
  /** The object user code sees as `process.env`; replaced with the function's variables on init. */
  env: Record<string, string | undefined>
  /** The console whose methods are captured; defaults to the global one. */
  console?: Console
}

/** Seed 004's example prints `console.log` as `verbose`; the other levels keep their method's name. */
const LEVELS = { log: 'verbose', info: 'info', warn: 'warn', error: 'error', debug: 'debug' } as const

type Handler = (event: Uint8Array, context: InvocationContext, callback: Callback) => unknown
type Callback = (error?: unknown, result?: unknown) => void
type HttpHandler = (request: unknown, response: unknown, context: InvocationContext) => unknown

interface Invocation {
  requestId: string
  chars: number
  truncated: boolean
}

const encoder = new TextEncoder()
const RESOLVED = Promise.resolve()

/** Success payload: nothing for undefined/null, strings as UTF-8, bytes as they are, the rest as JSON. */
function encodeResult(value: unknown): Uint8Array {
  if (value === undefined || value === null) return new Uint8Array(0)
  if (typeof value === 'string') return encoder.encode(value)
  if (ArrayBuffer.isView(value))
    return new Uint8Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength))
  if (value instanceof ArrayBuffer) return new Uint8Array(value.slice(0))
  const json = JSON.stringify(value)
  return json === undefined ? new Uint8Array(0) : encoder.encode(json)
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  )
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) deepFreeze(inner)
  return Object.freeze(value)
}

export function startBootstrap(port: BootstrapPort, env: BootstrapEnvironment): void {
  const now = () => performance.now()
  let limits: RuntimeLimits = DEFAULT_LIMITS
  let handler: Handler | undefined
  /** The part of `context` that is the instance's (protocol.ts InstanceContext), frozen once. */
  let instanceContext: Readonly<InstanceContext> | undefined
  /** The invocation that console output belongs to; output while none is running is dropped. */
  let current: Invocation | undefined

  /**
   * The instance's memory now; also kept as `lastMemory`, which stands for the memory at the start of the
   * next invocation (nothing of the function's runs in between): one heap probe per call, not two — the
   * probe walks the heap's spaces, a measurable part of a warm invocation (docs/benchmarks.md).
   */
  let lastMemory = 0
  const memory = () => {
    try {
      lastMemory = roundMb(env.memoryUsageMb())
    } catch {
      lastMemory = 0
    }
    return lastMemory
  }

  function writeLog(level: string, render: () => string): void {
    const inv = current
    if (!inv || inv.truncated) return
    const time = new Date().toISOString()
    let message: string
    try {
      message = render()
    } catch (error) {
      message = `[unprintable: ${String(error)}]`
    }
    const line = `${time} ${inv.requestId} ${level} ${message}`
    const remaining = limits.logChars - inv.chars
    if (line.length <= remaining) {
      inv.chars += line.length + 1
      port.post({ type: 'log', requestId: inv.requestId, line })
      return
    }
    inv.truncated = true
    if (remaining > 0) port.post({ type: 'log', requestId: inv.requestId, line: line.slice(0, remaining) })
    port.post({
      type: 'log',
      requestId: inv.requestId,
      line: logTruncatedLine(inv.requestId, limits.logChars, time),
    })
  }

  const target = env.console ?? globalThis.console
  for (const [method, level] of Object.entries(LEVELS)) {
    ;(target as unknown as Record<string, unknown>)[method] = (...args: unknown[]) =>
      writeLog(level, () => formatArgs(args))
  }
  target.dir = (value: unknown) => writeLog('verbose', () => inspect(value))

  function init(message: InitMessage): void {
    limits = message.limits
    instanceContext = deepFreeze(message.context)
    for (const key of Object.keys(env.env)) delete env.env[key]
    Object.assign(env.env, message.env)
    // FC's Node runtime requires the module inside the first invocation: top-level logs belong to it.
    current = { requestId: message.requestId, chars: 0, truncated: false }
    const done = (error?: ErrorBody) =>
      port.post(
        error ? { type: 'init-done', memoryMb: memory(), error } : { type: 'init-done', memoryMb: memory() },
      )
    const dot = message.handler.lastIndexOf('.')
    const file = dot === -1 ? message.handler : message.handler.slice(0, dot)
    const exportName = dot === -1 ? '' : message.handler.slice(dot + 1)
    try {
      const loader = createModuleLoader({ files: message.files, requireExternal: env.requireExternal })
      const path = loader.resolveFile(`${CODE_ROOT}/${file}`)
      if (!path) {
        done(runtimeErrors.moduleNotFound(file))
        return
      }
      const exported = loader.loadMain(path) as Record<string, unknown> | null | undefined
      const fn = exported?.[exportName]
      if (typeof fn !== 'function') {
        done(runtimeErrors.handlerMissing(exportName, file))
        return
      }
      handler = fn as Handler
      done()
    } catch (error) {
      done(errorBodyFrom(error))
    }
  }

  function invoke(message: InvokeMessage): void {
    const { requestId } = message
    if (current?.requestId !== requestId) current = { requestId, chars: 0, truncated: false }
    const inv = current
    const started = now()
    const startMemory = lastMemory
    let settled = false

    const settle = (status: ResultStatus, body: Uint8Array, http?: HttpTriggerResponse) => {
      if (settled) return
      settled = true
      const durationMs = now() - started
      // Post after the current synchronous run: a `console.log` right after `callback()` still belongs here.
      // A resolved promise's reaction rather than `queueMicrotask`, which in Node wraps every callback in an
      // AsyncResource (a tenth of an instance's own time per call, docs/benchmarks.md).
      void RESOLVED.then(() => {
        if (current === inv) current = undefined
        const memoryMb = Math.max(startMemory, memory())
        port.post({
          type: 'result',
          requestId,
          status,
          body,
          durationMs,
          memoryMb,
          ...(http ? { http } : {}),
        })
      })
    }
    const fail = (status: ResultStatus, error: unknown) =>
      settle(status, encodeErrorBody(errorBodyFrom(error)))
    const succeed = (value: unknown) => {
      let body: Uint8Array
      try {
        body = encodeResult(value)
      } catch (error) {
        return fail('unhandled', error)
      }
      if (body.byteLength > limits.bodyBytes) {
        return settle(
          'unhandled',
          encodeErrorBody(runtimeErrors.responseTooLarge(body.byteLength, limits.bodyBytes)),
        )
      }
      settle('success', body)
    }
    // Seed 004 "Callback usage": the first argument is the error; when present, the result is ignored.
    const callback: Callback = (error, result) => {
      if (error !== undefined && error !== null) fail('handled', error)
      else succeed(result)
    }

    if (!handler) {
      fail('unhandled', new Error('The function instance was not initialised'))
      return
    }
    try {
      // Its nested parts are the instance's, frozen at init; a call adds its request id (and FC 2.0's
      // service as the call named it).
      const base = instanceContext!
      const context: InvocationContext = {
        requestId,
        credentials: base.credentials,
        function: base.function,
        region: base.region,
        accountId: base.accountId,
      }
      if (message.service) context.service = Object.freeze(message.service)
      Object.freeze(context)
      if (message.http) {
        // FC 2.0 HTTP trigger: `(request, response, context)`; the invocation ends with response.send (./http-handler.ts).
        const request = httpRequestObject(message.http, env.toBuffer(message.event))
        const response = httpResponseObject({
          send: (body, http) =>
            body.byteLength > limits.bodyBytes
              ? settle(
                  'unhandled',
                  encodeErrorBody(runtimeErrors.responseTooLarge(body.byteLength, limits.bodyBytes)),
                )
              : settle('success', body, http),
          fail: (error) => fail('unhandled', error),
        })
        const returned = (handler as unknown as HttpHandler)(request, response, context)
        if (isThenable(returned))
          Promise.resolve(returned).then(undefined, (error) => fail('unhandled', error))
        return
      }
      const returned = handler(env.toBuffer(message.event), context, callback)
      // An async handler settles with its promise; a plain one only through the callback (or the timeout).
      if (isThenable(returned)) {
        Promise.resolve(returned).then(succeed, (error: unknown) => fail('unhandled', error))
      }
    } catch (error) {
      fail('unhandled', error)
    }
  }

  port.onMessage((message) => {
    if (!isHostMessage(message)) return
    if (message.type === 'init') init(message)
    else invoke(message)
  })
  port.post({ type: 'ready', memoryMb: memory() })
}
