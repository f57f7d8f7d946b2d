/**
 * Invocations through the real worker_threads runtime.
 *
 * - `invoke.emulator-layer`: a warm InvokeFunction through `emulator.handle(new Request(...))` against the
 *   same runtime's `invoke()` called directly on the same warm instance. The difference is everything the
 *   emulator adds: routing, the function lookup, the instance key, credentials, the Response.
 * - `invoke.warm-reuse`: a cold invocation (after `runtime.evict`) against a warm one, both through
 *   `emulator.handle`. If the pool stopped reusing instances, every call would be cold and this would be ~1×.
 */

import { createNodeRuntime } from '../../server/local-cloud/runtime/node-runtime.ts'
import { systemClock } from '../../src/cloud-emulator/clock.ts'
import { base64ToBytes, unzipFiles } from '../../src/cloud-emulator/control-plane/fc3/code.ts'
import { instanceKey } from '../../src/cloud-emulator/control-plane/fc3/invoke.ts'
import { fcRequestId, randomIds } from '../../src/cloud-emulator/ids.ts'
import { createEmulator, DEFAULT_ACCOUNT_ID, DEFAULT_REGION } from '../../src/cloud-emulator/index.ts'
import type { InvokeRequest } from '../../src/cloud-emulator/runtime/types.ts'
import { memoryPersistence } from '../../src/cloud-emulator/store/persistence.ts'
import { createFunction, expectCall, fromUtf8, invokePath, withCleanup, zipBase64 } from '../fixtures.ts'
import { type BenchCase, compare, ratioCheck, timing } from '../harness.ts'

const NAME = 'bench-warm'
const HANDLER = "exports.handler = (event, context, callback) => callback(null, 'ok')\n"

export const invokeCase: BenchCase = {
  name: 'invoke',
  description: 'warm InvokeFunction: emulator layer overhead, warm reuse vs cold start',
  run: () =>
    withCleanup(async (cleanup) => {
      const runtime = createNodeRuntime()
      const emulator = createEmulator({ persistence: memoryPersistence(), runtime, runtimeMode: 'node' })
      cleanup.add(() => emulator.close())
      await emulator.ready
      const record = await createFunction(emulator, NAME, HANDLER)
      const files = unzipFiles(base64ToBytes(zipBase64({ 'index.js': HANDLER })))

      const viaEmulator = async () => {
        const result = await expectCall(emulator, 'POST', invokePath(NAME), { body: '{}' })
        if (fromUtf8(result.body) !== 'ok') throw new Error(`unexpected body ${fromUtf8(result.body)}`)
        return result
      }
      // What invokeFunction hands the runtime, built once; only the request id changes per call.
      const base: Omit<InvokeRequest, 'requestId'> = {
        instanceKey: instanceKey(record),
        functionName: record.functionName,
        handler: record.handler,
        runtime: record.runtime,
        memoryMb: record.memorySize,
        timeoutSec: record.timeout,
        environmentVariables: {},
        loadFiles: async () => files,
        event: new TextEncoder().encode('{}'),
        accountId: DEFAULT_ACCOUNT_ID,
        region: DEFAULT_REGION,
        credentials: () => ({
          accessKeyId: 'STS.bench',
          accessKeySecret: 'secret',
          securityToken: 'CAISbench',
        }),
      }
      const direct = async () => {
        const outcome = await runtime.invoke({ ...base, requestId: fcRequestId(randomIds, systemClock) })
        if (outcome.status !== 'success') throw new Error(`direct invoke failed: ${fromUtf8(outcome.body)}`)
        return outcome
      }

      // Warm reuse first: if reuse is broken, this is the check that should say so.
      const coldStarts = { cold: 0, warm: 0, calls: { cold: 0, warm: 0 } }
      const counting = (side: 'cold' | 'warm') => async () => {
        const result = await viaEmulator()
        coldStarts.calls[side] += 1
        if (result.headers.get('x-fc-init-duration') !== null) coldStarts[side] += 1
      }
      const reuse = await compare(
        { run: counting('cold'), before: () => runtime.evict(NAME) },
        { run: counting('warm'), batch: 10 },
        { warmup: 1, iterations: 8, rounds: 4 },
      )
      const started = (side: 'cold' | 'warm') =>
        `${coldStarts[side]} of ${coldStarts.calls[side]} calls cold-started`
      const reuseCheck = ratioCheck(
        'invoke.warm-reuse',
        {
          ...timing('cold (after runtime.evict)', reuse.subject),
          detail: `${started('cold')}, ${timing('', reuse.subject).detail}`,
        },
        {
          ...timing('warm', reuse.reference),
          detail: `${started('warm')}, ${timing('', reuse.reference).detail}`,
        },
        // A quiet host starts worker threads in ~40 ms, which brings this to ~65×: the budget stays well
        // above what no reuse (~1×) or a re-initialising warm path (a few ×) would give.
        { min: 30 },
        'cold / warm: how much a reused instance saves; ~1× means every call cold-starts',
      )

      // Both paths must land on the same warm instance, or the comparison is not like for like.
      const first = await viaEmulator()
      const again = await direct()
      const sameInstance =
        first.headers.get('x-fc-instance-id') === again.instanceId && again.initDurationMs === undefined
      if (!sameInstance) {
        // Not comparable, and with no reuse each of the hundreds of calls would cold-start: stop here.
        const none = { label: 'not measured', value: Number.NaN, unit: 'ms' as const }
        return [
          ratioCheck(
            'invoke.emulator-layer',
            none,
            none,
            { max: 10 },
            'the direct invoke did not reuse the warm instance',
          ),
          reuseCheck,
        ]
      }
      const layer = await compare(viaEmulator, direct, { warmup: 50, iterations: 300, rounds: 6 })
      const layerCheck = ratioCheck(
        'invoke.emulator-layer',
        timing('emulator.handle, warm', layer.subject),
        timing('runtime.invoke, same warm instance', layer.reference),
        { max: 10 },
        'the emulator adds ~0.1 ms of CPU per call; the reference is a bare worker round trip (0.04-0.2 ms)',
      )
      return [layerCheck, reuseCheck]
    }),
}
