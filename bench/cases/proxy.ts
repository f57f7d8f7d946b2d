/**
 * The signing proxy under load (issue 5 item 5): GET `/api/fc/2023-03-30/functions` through the proxy
 * (@hono/node-server, the real app) — signed with ACS3-HMAC-SHA256 and forwarded — against the same
 * proxy's unsigned pass-through (`/api/gateway/<group domain>/…`, the data plane, which is not
 * AccessKey-signed), both to one bare `node:http` upstream answering the same JSON, 10 connections.
 *
 * - `proxy.signed`: requests/s signed ÷ unsigned pass-through: what signing costs (~25 µs of CPU per call,
 *   and seven more headers upstream). The target is ≥ 0.8; the budget (≥ 0.6) guards against
 *   regressions with margin for a loaded machine, and the note says whether the target was met.
 */

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
      for (let round = 0; round < ROUNDS; round++) {
        subject.push(await runLoad(signed, CONNECTIONS, REQUESTS / ROUNDS))
        reference.push(await runLoad(passThrough, CONNECTIONS, REQUESTS / ROUNDS))
      }
      const s = mergeLoads(subject)
      const r = mergeLoads(reference)
      if (s.errors > 0 || r.errors > 0)
        throw new Error(`${s.errors + r.errors} errors, e.g. ${s.firstError ?? r.firstError}`)
      return [
        ratioCheck(
          'proxy.signed',
          throughput('signed + forwarded', s),
          throughput('unsigned pass-through', r),
          { min: 0.6 },
          `the issue's target is ≥ 0.8: ${s.rps / r.rps >= 0.8 ? 'met' : 'not met'} in this run`,
        ),
      ]
    }),
}
