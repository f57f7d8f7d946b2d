/**
 * The floor of the data plane's design, as a second reference for the `data-plane` case: a `node:http`
 * server that, like the local cloud, hands every call to a function instance in its own worker thread
 * (one call per instance at a time, the most recently used idle instance first, as the pool does) and
 * answers with what the instance returns — and does nothing else: no routing, no signature, no trace, no
 * event format beyond one JSON object, no envelope check beyond one JSON.parse.
 *
 * The gap between the bare server and this one is what isolating user code in threads costs on the
 * machine (a structured clone and a thread wake-up each way, a second event loop per call); the gap
 * between this one and the data plane is the emulator's own work per call. docs/benchmarks.md reads both.
 */
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/**
 * Starts the floor in a child process (./floor-process.mjs: its threads must not share the data plane's
 * event loop) and answers its origin; `close` ends the process.
 */
export async function workerFloorServer(json: string, instances: number) {
  const child = fork(
    fileURLToPath(new URL('./floor-process.mjs', import.meta.url)),
    [json, String(instances)],
    {
      execArgv: [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  )
  const origin = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { origin: string }).origin))
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`the worker floor exited (${code}) before it listened`)))
  })
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.disconnect()
      }),
  }
}
