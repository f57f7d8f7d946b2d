/**
 * Soak (issue 5 item 5): 100 000 X-Ca-signed GET /hello calls through the local cloud's data plane at
 * 50 connections must end with no errors and flat memory. The case fails on any error; memory is the
 * live JS heap (+ ArrayBuffers) of this process — the local cloud's — after a full GC, before and after
 * the run, once warm (50 function instances, which live in their own threads and are not counted).
 *
 * - `soak.memory`: live heap after ÷ before; ≤ 1.25.
 *
 * The API is anonymous here (the calls still carry their signatures): an APP API remembers every nonce for
 * the 15-minute replay window, up to 100 000 of them (src/cloud-emulator/auth/nonces.ts) — growth by
 * design, bounded, that would read as a leak in this check. The data-plane case verifies signatures.
 */
import { withCleanup } from '../fixtures.ts'
import { BENCH_APP, HELLO_JSON, publishHello, startBenchCloud } from '../gateway-setup.ts'
import { type BenchCase, formatBytes, liveHeapBytes, ratioCheck } from '../harness.ts'
import { type LoadTarget, runLoad } from '../load.ts'
import { throughput } from './data-plane.ts'

const CONNECTIONS = 50
const REQUESTS = Number(process.env.BENCH_SOAK_REQUESTS ?? 100_000)

export const soakCase: BenchCase = {
  name: 'soak',
  description: `${REQUESTS} signed data-plane calls at ${CONNECTIONS} connections: no errors, flat memory`,
  run: () =>
    withCleanup(async (cleanup) => {
      const cloud = await startBenchCloud()
      cleanup.add(() => cloud.close())
      const host = await publishHello(cloud.emulator, { auth: 'ANONYMOUS' })
      const target: LoadTarget = {
        origin: cloud.url,
        method: 'GET',
        path: '/hello',
        host,
        xca: BENCH_APP,
        expectBody: HELLO_JSON,
      }
      await runLoad(target, CONNECTIONS, CONNECTIONS * 40)
      const before = await liveHeapBytes()
      const result = await runLoad(target, CONNECTIONS, REQUESTS)
      const after = await liveHeapBytes()
      if (result.errors > 0)
        throw new Error(`${result.errors} of ${REQUESTS} calls failed, e.g. ${result.firstError}`)
      return [
        ratioCheck(
          'soak.memory',
          { label: 'live heap after', value: after, unit: 'bytes', detail: throughput('run', result).detail },
          { label: 'live heap before', value: before, unit: 'bytes' },
          { max: 1.25 },
          `0 errors; growth ${formatBytes(after - before)}`,
        ),
      ]
    }),
}
