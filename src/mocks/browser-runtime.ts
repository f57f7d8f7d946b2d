/**
 * The browser-only mode's function runtime: the shared instance pool
 * (src/cloud-emulator/runtime/pool.ts) over Web Workers running ./runtime-worker.ts.
 *
 * The page survives whatever the function does: the timeout terminates the Worker (even in `while (true) {}`),
 * and `process.exit`, uncaught errors and failed worker starts end only that instance. Memory is not
 * enforced (a browser offers no per-Worker heap limit); `maxMemoryUsageMb` is best effort (0 when unknown).
 */
import { createInstancePool, type PoolOptions, type WorkerFactory } from '../cloud-emulator/runtime/pool'
import type { FunctionRuntimePort } from '../cloud-emulator/runtime/types'

/** The part of a DOM `Worker` the runtime uses, so tests can supply a stand-in. */
export interface WebWorkerLike {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
  addEventListener(
    type: 'error',
    listener: (event: { message?: string; preventDefault(): void }) => void,
  ): void
  terminate(): void
}

export interface BrowserRuntimeOptions extends PoolOptions {
  /** Creates one instance's Worker. Default: a module Worker on ./runtime-worker.ts. */
  createWorker?: () => WebWorkerLike
}

function defaultWorker(): WebWorkerLike {
  // Written out literally so Vite finds and bundles the worker entry.
  return new Worker(new URL('./runtime-worker.ts', import.meta.url), { type: 'module', name: 'fc-instance' })
}

export function browserWorkerFactory(create: () => WebWorkerLike = defaultWorker): WorkerFactory {
  return {
    // memoryMb cannot be applied to a Web Worker (see the header).
    createWorker() {
      const worker = create()
      let exitListener: ((exit: { error: { message: string } }) => void) | undefined
      // A script that fails to load or an error the worker did not handle: the instance is lost.
      worker.addEventListener('error', (event) => {
        event.preventDefault()
        exitListener?.({ error: { message: event.message || 'The function instance stopped unexpectedly' } })
      })
      return {
        post: (message) => worker.postMessage(message),
        onMessage: (listener) => worker.addEventListener('message', (event) => listener(event.data)),
        onExit: (listener) => {
          exitListener = listener
        },
        terminate: () => worker.terminate(),
      }
    },
  }
}

export function createBrowserRuntime(options: BrowserRuntimeOptions = {}): FunctionRuntimePort {
  const { createWorker, ...poolOptions } = options
  return createInstancePool(browserWorkerFactory(createWorker), poolOptions)
}
