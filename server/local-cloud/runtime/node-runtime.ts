/**
 * The local cloud's function runtime: the shared instance pool (src/cloud-emulator/runtime/pool.ts) over
 * `node:worker_threads`. Each instance is one worker thread, so user code cannot take the server down:
 * - the timeout: the pool terminates the thread (`worker.terminate()` stops even `while (true) {}`);
 * - memory: V8 `resourceLimits` sized from the function's memory; a thread that reaches it is ended by Node
 *   with `ERR_WORKER_OUT_OF_MEMORY` while the server keeps running;
 * - `process.exit()` and uncaught exceptions end only the thread.
 * Not enforced: memory outside the V8 heap (large `Buffer`s / ArrayBuffers) and CPU use by other threads.
 * Python 3 functions share the pool but run in child processes (./python-runtime.ts).
 */
import { Worker } from 'node:worker_threads'
import {
  createInstancePool,
  type PoolOptions,
  type WorkerExit,
  type WorkerFactory,
} from '../../../src/cloud-emulator/runtime/pool'
import type { FunctionRuntimePort } from '../../../src/cloud-emulator/runtime/types'
import { pythonWorkerFactory } from './python-runtime'
import { TSX_ENTRY, workerEntry } from './worker-bundle'

export type NodeRuntimeOptions = PoolOptions

function toExit(code: number, error: unknown): WorkerExit {
  if (!error) return { code }
  const e = error as { name?: unknown; message?: unknown; stack?: unknown; code?: unknown }
  return {
    code,
    outOfMemory: e.code === 'ERR_WORKER_OUT_OF_MEMORY',
    error: {
      name: typeof e.name === 'string' ? e.name : 'Error',
      message: typeof e.message === 'string' ? e.message : String(error),
      ...(typeof e.stack === 'string' ? { stack: e.stack } : {}),
    },
  }
}

export function nodeWorkerFactory(entry?: URL): WorkerFactory {
  return {
    createWorker({ memoryMb }) {
      const file = entry ?? workerEntry()
      const worker = new Worker(file, {
        // A plain-JS entry needs none of the parent's loader hooks (tsx's, under `npm start`): inheriting
        // them would add ~150 ms to every cold start. The tsx entry registers what it needs itself.
        ...(file.href === TSX_ENTRY.href ? {} : { execArgv: [] }),
        // The server's environment (cloud credentials in real-cloud mode) must not reach user code; the
        // bootstrap fills process.env with the function's own variables.
        env: {},
        // The thread's own stdout/stderr (process.stdout.write, Node's warnings) stay off the server's console.
        stdout: true,
        stderr: true,
        resourceLimits: {
          maxOldGenerationSizeMb: memoryMb,
          maxYoungGenerationSizeMb: Math.max(8, Math.min(64, Math.floor(memoryMb / 8))),
          stackSizeMb: 4,
        },
      })
      worker.stdout.resume()
      worker.stderr.resume()
      let exitListener: ((exit: WorkerExit) => void) | undefined
      let lastError: unknown
      // Always listen: an unhandled 'error' event on the Worker object would throw in the server.
      worker.on('error', (error) => {
        lastError = error
      })
      worker.on('exit', (code) => exitListener?.(toExit(code, lastError)))
      return {
        post: (message) => worker.postMessage(message),
        onMessage: (listener) => worker.on('message', listener),
        onExit: (listener) => {
          exitListener = listener
        },
        terminate: async () => {
          await worker.terminate()
        },
        ref: () => worker.ref(),
        unref: () => worker.unref(),
      }
    },
  }
}

/** Node.js functions in worker threads, Python 3 functions in `python3` child processes (./python-runtime.ts). */
export function localWorkerFactory(
  node: WorkerFactory = nodeWorkerFactory(),
  python: WorkerFactory = pythonWorkerFactory(),
): WorkerFactory {
  return {
    createWorker: (options) =>
      /^python3/.test(options.runtime) ? python.createWorker(options) : node.createWorker(options),
  }
}

/** `idleMs` (default 5 minutes): how long a warm instance waits for its next call before it is reclaimed. */
export function createNodeRuntime(options: NodeRuntimeOptions = {}): FunctionRuntimePort {
  // Build the worker bundle now, at start-up, so the first cold start measures only the function's own.
  workerEntry()
  return createInstancePool(localWorkerFactory(), options)
}
