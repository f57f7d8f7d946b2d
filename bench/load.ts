/**
 * A closed-loop HTTP load generator for the throughput cases: `connections` keep-alive connections, each
 * sending its next request as soon as the previous answer is read, until `requests` are done. The client
 * runs in a worker thread (./load-worker.mjs), so the server under test — in this process — has the
 * main thread to itself, as with an external tool. Cases compare a subject with a reference measured the
 * same way, in the same run.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Worker } from 'node:worker_threads'
import { quantile } from './harness.ts'

export interface LoadTarget {
  /** `http://127.0.0.1:<port>` */
  origin: string
  method: 'GET' | 'POST'
  path: string
  /** the Host header to send (a group's domain for the data plane) */
  host?: string
  /** sign each request with a fresh X-Ca app signature (nonce, timestamp), as aliyun-api-gateway does */
  xca?: { appKey: string; appSecret: string; stage: string }
  body?: string
  /** every answer must be 200 with this body */
  expectBody?: string
}

export interface LoadResult {
  requests: number
  errors: number
  firstError?: string
  seconds: number
  rps: number
  p50Ms: number
  p99Ms: number
  /** every request's latency (ms), ascending */
  latenciesMs: Float64Array
}

interface WorkerAnswer {
  id: number
  seconds: number
  errors: number
  firstError?: string
  latencies: Float64Array
}

/**
 * One client thread for the whole bench run, kept between runs: a fresh worker per run would load and
 * JIT-compile undici again each time, and that warm-up (on V8's background threads, ~100 µs per request
 * of a 2500-request round) would be measured as part of each round. Unref'd while idle, so it never
 * keeps the process alive.
 */
let client: { worker: Worker; pending: Map<number, (answer: WorkerAnswer) => void> } | undefined
let nextJob = 0

function loadClient() {
  if (client) return client
  const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { execArgv: [] })
  const pending = new Map<number, (answer: WorkerAnswer) => void>()
  worker.on('message', (answer: WorkerAnswer) => {
    pending.get(answer.id)?.(answer)
    pending.delete(answer.id)
    if (pending.size === 0) worker.unref()
  })
  worker.on('error', (error) => {
    client = undefined
    for (const settle of pending.values())
      settle({ id: -1, seconds: 0, errors: 1, firstError: String(error), latencies: new Float64Array() })
  })
  worker.unref()
  client = { worker, pending }
  return client
}

export function runLoad(target: LoadTarget, connections: number, requests: number): Promise<LoadResult> {
  const { worker, pending } = loadClient()
  const id = nextJob++
  return new Promise((resolve) => {
    pending.set(id, (m) => {
      const sorted = m.latencies.sort()
      resolve({
        requests,
        errors: m.errors,
        ...(m.firstError ? { firstError: m.firstError } : {}),
        seconds: m.seconds,
        rps: requests / m.seconds,
        p50Ms: quantile(sorted, 0.5),
        p99Ms: quantile(sorted, 0.99),
        latenciesMs: sorted,
      })
    })
    worker.ref()
    worker.postMessage({ id, target, connections, requests })
  })
}

/** Several runs as one: requests and time summed, the quantiles over every request of every run. */
export function mergeLoads(results: LoadResult[]): LoadResult {
  const requests = results.reduce((n, r) => n + r.requests, 0)
  const seconds = results.reduce((n, r) => n + r.seconds, 0)
  const firstError = results.find((r) => r.firstError)?.firstError
  const all = new Float64Array(results.reduce((n, r) => n + r.latenciesMs.length, 0))
  let at = 0
  for (const r of results) {
    all.set(r.latenciesMs, at)
    at += r.latenciesMs.length
  }
  all.sort()
  return {
    requests,
    errors: results.reduce((n, r) => n + r.errors, 0),
    ...(firstError ? { firstError } : {}),
    seconds,
    rps: requests / seconds,
    p50Ms: quantile(all, 0.5),
    p99Ms: quantile(all, 0.99),
    latenciesMs: all,
  }
}

/** A bare `node:http` server answering every request with the same JSON: the reference of the throughput cases. */
export async function bareJsonServer(json: string) {
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(json))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
