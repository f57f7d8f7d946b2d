/**
 * Inside one function instance's worker thread: wires the shared bootstrap
 * (src/cloud-emulator/runtime/bootstrap.ts) to `parentPort` and gives it the Node capabilities it may not
 * import itself: the real `Buffer`, Node's builtin modules, a heap probe and `process.env`.
 *
 * `process.exit()` in a worker thread ends only the thread: the host sees an `exit` event and reports
 * "Process exited unexpectedly before completing request" (seed 004), as FC does for a dying process.
 */
import { Buffer } from 'node:buffer'
import { createRequire, isBuiltin } from 'node:module'
import { getHeapStatistics } from 'node:v8'
import { parentPort } from 'node:worker_threads'
import { startBootstrap } from '../../../src/cloud-emulator/runtime/bootstrap'
import { moduleNotFound } from '../../../src/cloud-emulator/runtime/module-loader'
import type { WorkerMessage } from '../../../src/cloud-emulator/runtime/protocol'
import { lowerThreadPriority } from './priority'

const port = parentPort
if (!port) throw new Error('worker.ts must run in a worker thread')

const nodeRequire = createRequire(import.meta.url)

// Before any user code: the function runs behind the server on the CPU (./priority.ts).
lowerThreadPriority()

// `process.kill(process.pid)` from user code would signal the whole server, not just this instance.
const originalKill = process.kill.bind(process)
process.kill = ((pid: number, signal?: string | number) => {
  if (pid === process.pid) process.exit(1)
  return originalKill(pid, signal)
}) as typeof process.kill

startBootstrap(
  {
    post: (message: WorkerMessage) => port.postMessage(message),
    onMessage: (listener) => port.on('message', listener),
  },
  {
    toBuffer: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    // Builtins only: a function's dependencies come with its code package (node_modules in the zip), as on FC.
    requireExternal: (id) => {
      if (isBuiltin(id)) return nodeRequire(id)
      throw moduleNotFound(id)
    },
    memoryUsageMb: () => {
      const heap = getHeapStatistics()
      return (heap.used_heap_size + heap.external_memory) / (1024 * 1024)
    },
    env: process.env,
  },
)
