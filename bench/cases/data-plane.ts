/**
 * The gateway data plane of the local cloud under load (issue 5 item 5): X-Ca-signed GET /hello calls to
 * an APP-authenticated API on a hello event function (real worker_threads runtime), through the local
 * cloud's HTTP port with the group's domain as Host, beside a bare `node:http` server answering the same
 * JSON; both at 10 keep-alive connections, in alternating rounds of one run. Every call's signature is
 * verified, its nonce remembered and the app's authorization looked up, as the gateway does.
 *
 * - `data-plane.throughput`: requests/s of the data plane ÷ the bare server's. The issue's target is ≥ 0.3;
 *   the budget guards against regressions with margin for a loaded machine, and the note says whether the
 *   target was met in this run.
 * - `data-plane.vs-floor`: requests/s of the data plane ÷ the worker floor's (../floor-server.ts: node:http
 *   plus one worker-thread round trip per call and nothing else, measured in the same rounds): the share of
 *   the design's ceiling the emulator's own per-call work leaves. The bare ratio's note says what the floor
 *   itself reaches against the bare server on this machine.
 * - `data-plane.p99`: p99 latency of the data plane ÷ the bare server's, at 10 connections. The issue's
 *   absolute target (p99 ≤ 5 ms) is printed beside it, not budgeted: absolute timings on these shared
 *   machines are the neighbours' (docs/benchmarks.md).
 *
 * The load client (../load.ts) is undici's Pool in a worker thread: ~40 µs of CPU per request, so the bare
 * server is measured rather than the client (node:http's client, used before, cost ~300 µs and made the
 * bare reference look 3× slower than it is).
 */
import { withCleanup } from '../fixtures.ts'
import { workerFloorServer } from '../floor-server.ts'
import { BENCH_APP, HELLO_JSON, publishHello, startBenchCloud } from '../gateway-setup.ts'
import { type BenchCase, formatMs, type Measured, ratioCheck } from '../harness.ts'
import { bareJsonServer, type LoadResult, type LoadTarget, mergeLoads, runLoad } from '../load.ts'

const CONNECTIONS = 10
const REQUESTS = 10_000
const ROUNDS = 4
const WARM_UP = 6000
const P99_BUDGET = 12
const FLOOR_BUDGET = 0.15

export const throughput = (label: string, r: LoadResult): Measured => ({
  label,
  value: r.rps,
  unit: 'x',
  detail: `${r.rps.toFixed(0)} req/s, p50 ${formatMs(r.p50Ms)}, p99 ${formatMs(r.p99Ms)}, ${r.requests} requests, ${r.errors} errors`,
})

export const dataPlaneCase: BenchCase = {
  name: 'data-plane',
  description: `signed GET /hello through the local cloud's gateway vs a bare node:http server, ${CONNECTIONS} connections`,
  run: () =>
    withCleanup(async (cleanup) => {
      const cloud = await startBenchCloud()
      cleanup.add(() => cloud.close())
      const bare = await bareJsonServer(HELLO_JSON)
      cleanup.add(() => bare.close())
      const floor = await workerFloorServer(HELLO_JSON, CONNECTIONS)
      cleanup.add(() => floor.close())
      const host = await publishHello(cloud.emulator)

      const viaGateway: LoadTarget = {
        origin: cloud.url,
        method: 'GET',
        path: '/hello',
        host,
        xca: BENCH_APP,
        expectBody: HELLO_JSON,
      }
      const viaBare: LoadTarget = { ...viaGateway, origin: bare.origin }
      const viaFloor: LoadTarget = { ...viaGateway, origin: floor.origin }
      // Warm-up, the same for all three: one warm function instance per connection, and the JIT settled on
      // every thread. The data plane runs far more code than the bare server (and each of its ten instances
      // is an isolate of its own); after 1000 calls its main thread was still tiering up, so its first
      // rounds measured part-optimised code (decision 014).
      for (const target of [viaGateway, viaBare, viaFloor]) await runLoad(target, CONNECTIONS, WARM_UP)

      const subject: LoadResult[] = []
      const reference: LoadResult[] = []
      const floors: LoadResult[] = []
      for (let round = 0; round < ROUNDS; round++) {
        subject.push(await runLoad(viaGateway, CONNECTIONS, REQUESTS / ROUNDS))
        reference.push(await runLoad(viaBare, CONNECTIONS, REQUESTS / ROUNDS))
        floors.push(await runLoad(viaFloor, CONNECTIONS, REQUESTS / ROUNDS))
      }
      const s = mergeLoads(subject)
      const r = mergeLoads(reference)
      const f = mergeLoads(floors)
      const errors = s.errors + r.errors + f.errors
      if (errors > 0)
        throw new Error(`${errors} errors, e.g. ${s.firstError ?? r.firstError ?? f.firstError}`)
      return [
        ratioCheck(
          'data-plane.throughput',
          throughput('data plane', s),
          throughput('bare node:http', r),
          { min: 0.07 },
          `the issue's target is ≥ 0.3: ${s.rps / r.rps >= 0.3 ? 'met' : 'not met'} in this run; the worker floor reaches ${(f.rps / r.rps).toFixed(2)} of the bare server (${f.rps.toFixed(0)} req/s, p99 ${formatMs(f.p99Ms)})`,
        ),
        ratioCheck(
          'data-plane.vs-floor',
          throughput('data plane', s),
          throughput('worker floor', f),
          { min: FLOOR_BUDGET },
          'the floor is node:http plus one worker-thread round trip per call (bench/floor-server.ts)',
        ),
        ratioCheck(
          'data-plane.p99',
          { label: 'data plane p99', value: s.p99Ms, unit: 'ms' },
          { label: 'bare node:http p99', value: r.p99Ms, unit: 'ms' },
          { max: P99_BUDGET },
          `the issue's absolute target is p99 ≤ 5 ms: ${s.p99Ms <= 5 ? 'met' : 'not met'} here (${formatMs(s.p99Ms)}, over all ${s.requests} requests)`,
        ),
      ]
    }),
}
