/**
 * Browser Web Worker entry of one function instance (created by ./browser-runtime.ts; Vite bundles it).
 * Wires `self` to the shared bootstrap (src/cloud-emulator/runtime/bootstrap.ts) and installs the few Node
 * globals a Node.js function expects: `Buffer` (the `buffer` npm package) and a minimal `process`.
 *
 * Differences from the Node worker that the fidelity notes must state:
 * - memory cannot be limited in a browser: a Worker has no heap cap of its own;
 * - no Node builtins: `require('crypto')` etc. answer "Cannot find module 'crypto'" (only `buffer` is there);
 * - `process.exit()` and uncaught errors are turned into a crash of the instance here, because a browser
 *   Worker neither ends on them by itself nor tells its page why.
 */
import { Buffer } from 'buffer'
import { startBootstrap } from '../cloud-emulator/runtime/bootstrap'
import { moduleNotFound } from '../cloud-emulator/runtime/module-loader'
import type { SerializedError, WorkerMessage } from '../cloud-emulator/runtime/protocol'

const scope = self as unknown as DedicatedWorkerGlobalScope
const env: Record<string, string | undefined> = {}
const MiB = 1024 * 1024

function post(message: WorkerMessage): void {
  scope.postMessage(message)
}

function serialize(error: unknown): SerializedError {
  if (error instanceof Error)
    return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
  return { message: String(error) }
}

/** Ends this instance the way a dying process ends an FC instance: the host reports "Process exited unexpectedly". */
function crash(code: number, error?: unknown): void {
  post(error === undefined ? { type: 'exit', code } : { type: 'exit', code, error: serialize(error) })
  scope.close()
}

/** Chrome's non-standard heap figure, when the worker has it; 0 otherwise (allowed by the runtime port). */
function heapBytes(): number {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize?: number } }).memory
  return memory?.usedJSHeapSize ?? 0
}

class ProcessExit extends Error {
  constructor(code: number) {
    super(`process.exit(${code})`)
    this.name = 'ProcessExit'
  }
}

const processShim = {
  env,
  argv: [] as string[],
  platform: 'linux',
  cwd: () => '/code',
  exit(code = 0): never {
    crash(code)
    // Stop the caller's code too; the host has already been told and terminates the worker.
    throw new ProcessExit(code)
  },
  nextTick(callback: (...args: unknown[]) => void, ...args: unknown[]) {
    queueMicrotask(() => callback(...args))
  },
  memoryUsage() {
    const heap = heapBytes()
    return { rss: heap, heapTotal: heap, heapUsed: heap, external: 0, arrayBuffers: 0 }
  },
}

Object.assign(globalThis, { Buffer, process: processShim, global: globalThis })

scope.addEventListener('error', (event) => {
  event.preventDefault()
  crash(1, event.error ?? event.message)
})
scope.addEventListener('unhandledrejection', (event) => {
  event.preventDefault()
  // Node (and so FC's Node runtime) ends the process on an unhandled rejection.
  crash(1, event.reason)
})

startBootstrap(
  {
    post,
    onMessage: (listener) => scope.addEventListener('message', (event) => listener(event.data)),
  },
  {
    toBuffer: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    requireExternal: (id) => {
      if (id === 'buffer' || id === 'node:buffer') return { Buffer }
      throw moduleNotFound(id)
    },
    memoryUsageMb: () => heapBytes() / MiB,
    env,
  },
)
