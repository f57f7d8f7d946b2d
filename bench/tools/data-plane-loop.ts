/**
 * A profiling aid, not a bench case: signed data-plane calls straight into `emulator.handle` (a wire
 * request, as the local cloud hands it over; a real worker_threads runtime), 10 at a time, without sockets
 * or a load client. It prints calls/s and CPU per call of the main thread and the process (Linux).
 *
 *   npx tsx bench/tools/data-plane-loop.ts                       # four rounds of 8000 calls
 *   N=2000 perf record -g node --perf-basic-prof <bundle>        # bundle with esbuild first: see below
 *
 * Instruction counts (steady on a shared machine, decision 014): bundle it with esbuild into
 * server/local-cloud/runtime/ (so the worker bundle's relative URLs resolve), then
 *
 *   CG=1 valgrind --tool=callgrind --instr-atstart=no --separate-threads=yes node <bundle>
 *
 * With CG=1 the loop warms up, switches callgrind's instrumentation on (`callgrind_control -i on`) for N
 * calls, and dumps; thread 1 is the main thread, the highest-numbered ones the function instances.
 */
import { execSync } from 'node:child_process'
import { createHmac, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createNodeRuntime } from '../../server/local-cloud/runtime/node-runtime.ts'
import { installNodeCrypto } from '../../server/node-crypto.ts'
import { headerRecordFromRaw } from '../../src/cloud-emulator/http/wire.ts'
import { createEmulator } from '../../src/cloud-emulator/index.ts'
import { memoryPersistence } from '../../src/cloud-emulator/store/persistence.ts'
import { BENCH_APP, publishHello } from '../gateway-setup.ts'

installNodeCrypto() // as server/start.ts does

/** The headers aliyun-api-gateway would send for GET /hello (fresh nonce and timestamp). */
function signedHeaders(host: string) {
  const timestamp = String(Date.now())
  const nonce = randomUUID()
  const signed = `x-ca-key:${BENCH_APP.appKey}\nx-ca-nonce:${nonce}\nx-ca-stage:RELEASE\nx-ca-timestamp:${timestamp}\n`
  const signature = createHmac('sha256', BENCH_APP.appSecret)
    .update(`GET\napplication/json\n\n\n\n${signed}/hello`)
    .digest('base64')
  return headerRecordFromRaw([
    'host',
    host,
    'accept',
    'application/json',
    'x-ca-key',
    BENCH_APP.appKey,
    'x-ca-nonce',
    nonce,
    'x-ca-stage',
    'RELEASE',
    'x-ca-timestamp',
    timestamp,
    'x-ca-signature-headers',
    'x-ca-key,x-ca-nonce,x-ca-stage,x-ca-timestamp',
    'x-ca-signature',
    signature,
  ])
}

/** CPU ticks (1/100 s) of one thread, or of the process. */
function ticks(path: string): number {
  const fields = readFileSync(path, 'utf8').split(') ')[1]!.split(' ')
  return Number(fields[11]) + Number(fields[12])
}

const emulator = createEmulator({ runtime: createNodeRuntime(), persistence: memoryPersistence() })
await emulator.ready
const host = await publishHello(emulator)
const NO_BODY = new Uint8Array()

async function run(calls: number, print: boolean) {
  const requests = Array.from({ length: calls }, () => signedHeaders(host))
  const main0 = ticks(`/proc/self/task/${process.pid}/stat`)
  const all0 = ticks('/proc/self/stat')
  const started = performance.now()
  let next = 0
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (next < calls) {
        const headers = requests[next++]!
        const url = new URL(`http://${host}/hello`)
        const answer = await emulator.handle(
          { method: 'GET', url, headers, body: NO_BODY },
          { clientIp: '127.0.0.1' },
        )
        if (answer.status !== 200) throw new Error(`status ${answer.status}`)
      }
    }),
  )
  if (!print) return
  const seconds = (performance.now() - started) / 1000
  const perCall = (t: number) => ((t * 10_000) / calls).toFixed(0)
  console.log(
    `${(calls / seconds).toFixed(0)} calls/s; CPU per call: main ${perCall(ticks(`/proc/self/task/${process.pid}/stat`) - main0)} µs, process ${perCall(ticks('/proc/self/stat') - all0)} µs`,
  )
}

const calls = Number(process.env.N ?? 8000)
await run(Number(process.env.WARM ?? 5000), false)
if (process.env.CG) {
  execSync(`callgrind_control -i on ${process.pid}`)
  await run(calls, false)
  execSync(`callgrind_control -i off ${process.pid}`)
  execSync(`callgrind_control -d ${process.pid}`)
} else for (let round = 0; round < 4; round++) await run(calls, true)
await emulator.close()
