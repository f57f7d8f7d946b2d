/**
 * A profiling aid, not a bench case: the local cloud's data plane over real sockets, for measurements with
 * the client in another process (decision 015). It starts a local cloud (memory persistence, a real
 * worker_threads runtime), publishes the bench's APP-authenticated GET /hello, prints one JSON line
 * `{"origin": …, "host": …}` and serves until SIGTERM. Drive it with ./data-plane-client.ts.
 *
 *   npx tsx bench/tools/data-plane-server.ts &
 *   npx tsx bench/tools/data-plane-client.ts <origin> <host> 8000     # three rounds, calls/s and p50/p99
 *
 * Per-thread CPU: read /proc/<pid>/task/<tid>/stat before and after a round (thread 1 is the main thread;
 * the last ten started are the function instances). Instruction counts: bundle this file with esbuild into
 * server/local-cloud/runtime/ (so the worker bundle's relative URLs resolve), run the bundle under
 * `valgrind --tool=callgrind --instr-atstart=no --separate-threads=yes`, warm it with one client run, then
 * `callgrind_control -i on <pid>`, a measured client run, `callgrind_control -i off <pid>` and `-d <pid>`.
 * Keep other worker threads out of the process: each one adds to the main thread's cost per message.
 */
import { publishHello, startBenchCloud } from '../gateway-setup.ts'

const cloud = await startBenchCloud()
const host = await publishHello(cloud.emulator)
console.log(JSON.stringify({ origin: cloud.url, host }))
process.once('SIGTERM', () => void cloud.close().then(() => process.exit(0)))
