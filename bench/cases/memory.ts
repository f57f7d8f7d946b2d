/**
 * Leaks across warm invocations. A function that writes ~16 KB of logs and returns a ~16 KB body is invoked
 * 200 times on one warm instance (with `x-fc-log-type: Tail`, as the console's Test tab does). Nothing of an
 * invocation should outlive its response: not its log lines, its outcome, its request or its timers.
 *
 * - `memory.host-heap`: growth of the server's live memory (after a full GC) over the 200 calls, against the
 *   live memory after the warm-up.
 * - `memory.host-retained`: the same growth against the bytes that passed through (logs + bodies). A host
 *   that kept every invocation's logs or outcome would retain ~100% of them.
 * - `memory.instance-heap`: the same inside the function instance (the worker thread reports its own heap
 *   after a full GC), against its heap after the warm-up: the bootstrap must not keep per-invocation state.
 */

import { createNodeRuntime } from '../../server/local-cloud/runtime/node-runtime.ts'
import { createEmulator } from '../../src/cloud-emulator/index.ts'
import { memoryPersistence } from '../../src/cloud-emulator/store/persistence.ts'
import { createFunction, expectCall, fromUtf8, invokePath, withCleanup } from '../fixtures.ts'
import { type BenchCase, formatBytes, liveHeapBytes, ratioCheck } from '../harness.ts'

const NAME = 'bench-leak'
const WARMUP = 30
const INVOCATIONS = 200
const LOG_LINES = 16
const CHUNK = 1000

// `globalThis.gc` exists in the instance because the harness turned --expose-gc on before any worker started.
const HANDLER = `const chunk = 'x'.repeat(${CHUNK})
exports.handler = (event, context, callback) => {
  if (event.toString() === 'heap') {
    globalThis.gc()
    globalThis.gc()
    return callback(null, String(require('v8').getHeapStatistics().used_heap_size))
  }
  for (let i = 0; i < ${LOG_LINES}; i++) console.log(i, chunk)
  callback(null, chunk.repeat(${LOG_LINES}))
}
`

export const memoryCase: BenchCase = {
  name: 'memory',
  description: `live memory after ${INVOCATIONS} warm invocations with ~${(2 * LOG_LINES * CHUNK) / 1000} KB of logs + body each`,
  run: () =>
    withCleanup(async (cleanup) => {
      const runtime = createNodeRuntime()
      const emulator = createEmulator({ persistence: memoryPersistence(), runtime, runtimeMode: 'node' })
      cleanup.add(() => emulator.close())
      await emulator.ready
      await createFunction(emulator, NAME, HANDLER)

      let instance: string | null = null
      let through = 0
      const invoke = async () => {
        const result = await expectCall(emulator, 'POST', invokePath(NAME), {
          body: 'work',
          headers: { 'x-fc-log-type': 'Tail' },
        })
        if (result.headers.get('x-fc-error-type')) throw new Error(fromUtf8(result.body))
        if (result.body.length !== LOG_LINES * CHUNK) throw new Error(`a body of ${result.body.length} bytes`)
        const id = result.headers.get('x-fc-instance-id')
        if (instance !== null && id !== instance) throw new Error('the warm instance was not reused')
        instance = id
        through += result.body.length + LOG_LINES * CHUNK
      }
      const instanceHeap = async () => {
        const result = await expectCall(emulator, 'POST', invokePath(NAME), { body: 'heap' })
        if (result.headers.get('x-fc-instance-id') !== instance) throw new Error('another instance answered')
        return Number(fromUtf8(result.body))
      }

      for (let i = 0; i < WARMUP; i++) await invoke()
      const hostBefore = await liveHeapBytes()
      const instanceBefore = await instanceHeap()
      through = 0
      for (let i = 0; i < INVOCATIONS; i++) await invoke()
      const instanceAfter = await instanceHeap()
      const hostAfter = await liveHeapBytes()
      const hostGrowth = hostAfter - hostBefore
      const instanceGrowth = instanceAfter - instanceBefore

      const growth = (label: string, bytes: number) => ({
        label,
        value: bytes,
        unit: 'bytes' as const,
        detail: `${formatBytes(bytes / INVOCATIONS)} per invocation`,
      })
      return [
        ratioCheck(
          'memory.host-heap',
          growth(`host live memory growth over ${INVOCATIONS} invocations`, hostGrowth),
          { label: 'host live memory after the warm-up', value: hostBefore, unit: 'bytes' },
          { max: 0.05 },
        ),
        ratioCheck(
          'memory.host-retained',
          growth('host live memory growth', hostGrowth),
          { label: 'log + body bytes that passed through', value: through, unit: 'bytes' },
          { max: 0.05 },
          'keeping every log line or outcome would be ≥ 1×',
        ),
        ratioCheck(
          'memory.instance-heap',
          growth(`instance heap growth over ${INVOCATIONS} invocations`, instanceGrowth),
          { label: 'instance heap after the warm-up', value: instanceBefore, unit: 'bytes' },
          { max: 0.15 },
        ),
      ]
    }),
}
