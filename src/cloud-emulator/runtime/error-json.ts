/**
 * The error JSON of seed 004 "Error message" / reference §3.3 and its "Typical error scenarios" table.
 * Shared by the bootstrap (errors of the user's code) and the pool (errors only the host can see:
 * timeout, crash, out of memory).
 */
import type { ErrorBody } from './protocol'

/** The mount point of the code package, as in the FC3 samples (`/code/index.js:2:12`). */
export const CODE_ROOT = '/code'

const FRAME_V8 = /^\s+at /
/** SpiderMonkey / JavaScriptCore frames: `name@url:line:col` */
const FRAME_OTHER = /@.*:\d+:\d+$/
/** A frame whose location is a file of the code package: `at fn (/code/x.js:1:2)`, `at /code/x.js:1:2`, `fn@/code/...` */
const USER_FRAME = /(?:\(|at |@)(?:file:\/\/)?\/code\//

function isFrame(line: string): boolean {
  return FRAME_V8.test(line) || FRAME_OTHER.test(line)
}

/**
 * `error.stack` split into lines (the JSON's `stackTrace`), keeping the header (`Error: oops`) and only the
 * user's frames: frames of the bootstrap, the module loader, the bundler or Node internals say nothing to the
 * function's author (the FC3 sample `["Error: oops","    at exports.handler (/code/index.js:2:12)"]`).
 * Non-V8 engines omit the header from `stack`, so it is rebuilt from name and message.
 */
export function userStackTrace(error: { name: string; message: string; stack?: unknown }): string[] {
  const header = `${error.name}: ${error.message}`
  if (typeof error.stack !== 'string' || error.stack === '') return [header]
  const lines = error.stack.split('\n').filter((line) => line !== '')
  const firstFrame = lines.findIndex(isFrame)
  const head = firstFrame === -1 ? lines : lines.slice(0, firstFrame)
  const frames = firstFrame === -1 ? [] : lines.slice(firstFrame)
  const normalizedFrames = frames
    .filter((line) => USER_FRAME.test(line))
    .map((line) => (FRAME_V8.test(line) ? line : `    at ${line}`))
  return [...(head.length > 0 ? head : [header]), ...normalizedFrames]
}

interface ErrorLike {
  name: string
  message: string
  stack?: unknown
}

/** `instanceof Error`, or anything shaped like one (errors from another realm, or hand-made objects). */
export function isErrorLike(value: unknown): value is ErrorLike {
  if (value instanceof Error) return true
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.message === 'string' && typeof v.name === 'string' && typeof v.stack === 'string'
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return value
  try {
    const json = JSON.stringify(value)
    if (json !== undefined) return json
  } catch {
    // circular or BigInt: fall back to String()
  }
  return String(value)
}

/**
 * What a failure returned through `callback(err)` or thrown by the handler becomes.
 * Seed 004: "if the `err` parameter is an object whose type is `Error`, the stack trace is also returned";
 * "If the `callback` parameter is a non-error object, the stack trace is not returned" (`{"errorMessage":"oops"}`).
 */
export function errorBodyFrom(value: unknown): ErrorBody {
  if (isErrorLike(value)) {
    const name = typeof value.name === 'string' && value.name !== '' ? value.name : 'Error'
    const message = String(value.message)
    return {
      errorMessage: message,
      errorType: name,
      stackTrace: userStackTrace({ name, message, stack: value.stack }),
    }
  }
  return { errorMessage: describeValue(value) }
}

/**
 * Fixed messages of the "Typical error scenarios" table (seed 004), for failures that are the runtime's to
 * report and therefore carry no errorType / stackTrace.
 */
export const runtimeErrors = {
  /** The table prints `Cannot find module '/code/X.js'` for handler `X.<export>`. */
  moduleNotFound: (file: string): ErrorBody => ({
    errorMessage: `Cannot find module '${CODE_ROOT}/${file}.js'`,
  }),
  handlerMissing: (exportName: string, moduleName: string): ErrorBody => ({
    errorMessage: `Handler '${exportName}' missing on module '${moduleName}'`,
  }),
  timeout: (timeoutSec: number): ErrorBody => ({
    errorMessage: `Task timed out after ${timeoutSec} seconds`,
  }),
  /** Wording and the parenthesised figures from the reference §3.3 sample (error-handling-5). */
  processExited: (durationMs: number, maxMemoryUsageMb: number): ErrorBody => ({
    errorMessage: `Process exited unexpectedly before completing request (duration: ${Math.round(durationMs)}ms, maxMemoryUsage: ${Math.round(maxMemoryUsageMb)}MB)`,
  }),
  responseTooLarge: (bytes: number, limit: number): ErrorBody => ({
    errorMessage: `Response payload size ${bytes} bytes exceeds the limit of ${limit} bytes (${Math.round(limit / 1048576)} MB) for a synchronous invocation`,
  }),
} as const
