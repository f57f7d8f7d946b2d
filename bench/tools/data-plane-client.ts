/**
 * The other half of ./data-plane-server.ts: signed GET /hello calls (the bench's own client, bench/load.ts)
 * at 10 connections from this process, three rounds of N calls, each printed with calls/s, p50 and p99.
 *
 *   npx tsx bench/tools/data-plane-client.ts <origin> <host> [N=5000]
 */
import { BENCH_APP, HELLO_JSON } from '../gateway-setup.ts'
import { runLoad } from '../load.ts'

const [origin, host, n = '5000'] = process.argv.slice(2)
if (!origin || !host) throw new Error('usage: data-plane-client.ts <origin> <host> [N]')
const target = {
  origin,
  method: 'GET' as const,
  path: '/hello',
  host,
  xca: BENCH_APP,
  expectBody: HELLO_JSON,
}
for (let round = 0; round < 3; round++) {
  const r = await runLoad(target, 10, Number(n))
  console.log(
    `${r.rps.toFixed(0)} calls/s, p50 ${r.p50Ms.toFixed(2)} ms, p99 ${r.p99Ms.toFixed(2)} ms, ${r.errors} errors`,
  )
}
