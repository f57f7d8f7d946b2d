/**
 * The signing proxy under load (issue 5 item 5): GET `/api/fc/2023-03-30/functions` through the proxy
 * (@hono/node-server, the real app) — signed with ACS3-HMAC-SHA256 and forwarded — against the same
 * proxy's unsigned pass-through (`/api/gateway/<group domain>/…`, the data plane, which is not
 * AccessKey-signed), both to one bare `node:http` upstream answering the same JSON, 10 connections.
 *
 * - `proxy.signed`: requests/s signed ÷ unsigned pass-through: what signing costs (~8 µs of CPU per call
 *   in a tight loop, 20–80 µs inside the loaded server, and six more headers upstream). The issue's target
 *   is ≥ 0.8; the budget (≥ 0.6) guards against regressions with margin for a loaded machine, and the note
 *   says whether the target was met.
 *
 * The note also gives the main thread's CPU time per request on each side (Linux): the proxy and the
 * stand-in upstream run there, the load client in its worker. On a shared 2-core machine requests/s
 * swing ±15% between runs with the neighbours' load; CPU per request does not depend on how much of the
 * machine the process got (neighbours still inflate it, less), and says what one signed call costs.
 */

import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { installNodeCrypto } from '../../server/node-crypto.ts'
import { createProxyApp } from '../../server/proxy/app.ts'
import { withCleanup } from '../fixtures.ts'
import { HELLO_JSON } from '../gateway-setup.ts'
import { type BenchCase, ratioCheck } from '../harness.ts'
import { bareJsonServer, type LoadResult, type LoadTarget, mergeLoads, runLoad } from '../load.ts'
import { throughput } from './data-plane.ts'

const CONNECTIONS = 10
const REQUESTS = 10_000
const ROUNDS = 4
const GROUP = '0123456789abcdef0123456789abcdef-cn-hangzhou.alicloudapi.com'

/** CPU time of the main thread in µs, from the scheduler (`/proc/self/task/<tid>/schedstat`); null elsewhere. */
function mainThreadCpuMicros(): number | null {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1000
  } catch {
    return null
  }
}

/** One load run, and the main thread's CPU time it took. */
async function loadWithCpu(target: LoadTarget, requests: number) {
  const before = mainThreadCpuMicros()
  const result = await runLoad(target, CONNECTIONS, requests)
  const after = mainThreadCpuMicros()
  return { result, cpu: before === null || after === null ? null : after - before }
}

export const proxyCase: BenchCase = {
  name: 'proxy',
  description: `signed /api/fc calls through the proxy vs its unsigned pass-through, ${CONNECTIONS} connections`,
  run: () =>
    withCleanup(async (cleanup) => {
      installNodeCrypto() // as server/start.ts does
      const upstream = await bareJsonServer(HELLO_JSON)
      cleanup.add(() => upstream.close())
      const app = createProxyApp({
        distDir: 'dist',
        mode: 'local-cloud',
        boundToLoopback: true,
        accessKey: { accessKeyId: 'LTAI5tBenchProxy', accessKeySecret: 'bench-proxy-secret' },
        accountId: '1234567890123456',
        targets: {
          fc: { origin: upstream.origin, host: '1234567890123456.cn-hangzhou.fc.aliyuncs.com' },
          gateway: { origin: upstream.origin },
        },
      })
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
      await new Promise<void>((resolve) => server.once('listening', () => resolve()))
      cleanup.add(() => new Promise<void>((resolve) => server.close(() => resolve())))
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

      const signed: LoadTarget = {
        origin,
        method: 'GET',
        path: '/api/fc/2023-03-30/functions?limit=20',
        expectBody: HELLO_JSON,
      }
      const passThrough: LoadTarget = {
        ...signed,
        path: `/api/gateway/${GROUP}/2023-03-30/functions?limit=20`,
      }
      await runLoad(signed, CONNECTIONS, 2000)
      await runLoad(passThrough, CONNECTIONS, 2000)
      const subject: LoadResult[] = []
      const reference: LoadResult[] = []
      let subjectCpu: number | null = 0
      let referenceCpu: number | null = 0
      for (let round = 0; round < ROUNDS; round++) {
        const one = await loadWithCpu(signed, REQUESTS / ROUNDS)
        const other = await loadWithCpu(passThrough, REQUESTS / ROUNDS)
        subject.push(one.result)
        reference.push(other.result)
        subjectCpu = subjectCpu === null || one.cpu === null ? null : subjectCpu + one.cpu
        referenceCpu = referenceCpu === null || other.cpu === null ? null : referenceCpu + other.cpu
      }
      const s = mergeLoads(subject)
      const r = mergeLoads(reference)
      if (s.errors > 0 || r.errors > 0)
        throw new Error(`${s.errors + r.errors} errors, e.g. ${s.firstError ?? r.firstError}`)
      const cpu =
        subjectCpu === null || referenceCpu === null
          ? ''
          : `; main-thread CPU per request ${(subjectCpu / s.requests).toFixed(0)} µs signed, ${(referenceCpu / r.requests).toFixed(0)} µs pass-through (${(referenceCpu / r.requests / (subjectCpu / s.requests)).toFixed(2)}×)`
      return [
        ratioCheck(
          'proxy.signed',
          throughput('signed + forwarded', s),
          throughput('unsigned pass-through', r),
          { min: 0.6 },
          `the issue's target is ≥ 0.8: ${s.rps / r.rps >= 0.8 ? 'met' : 'not met'} in this run${cpu}`,
        ),
      ]
    }),
}
