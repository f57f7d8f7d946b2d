// The client side of bench/load.ts, in its own thread so that the server under test has the main
// thread to itself (as with an external load generator). Plain JS: no loader needed in the worker.
// One thread serves every run of a bench (bench/load.ts says why); each message is one run.
//
// undici's Pool (the HTTP/1.1 client Node's fetch is built on), not node:http: node:http's client spent
// ~300 µs of CPU per request here, three times the bare reference server's own cost, so the "bare server"
// side measured the client rather than the server (docs/decisions/013-data-plane-speed.md). Pool costs
// ~40 µs. It signs X-Ca app signatures with node:crypto, the way aliyun-api-gateway's Client does.
import { createHmac, randomUUID } from 'node:crypto'
import { parentPort } from 'node:worker_threads'
import { Pool } from 'undici'

function headersFor({ method, host, xca }, url) {
  const out = host ? { host } : {}
  if (!xca) return out
  const timestamp = String(Date.now())
  const nonce = randomUUID()
  const signed = `x-ca-key:${xca.appKey}\nx-ca-nonce:${nonce}\nx-ca-stage:${xca.stage}\nx-ca-timestamp:${timestamp}\n`
  const sts = `${method}\napplication/json\n\n\n\n${signed}${url.pathname}${url.search}`
  return {
    ...out,
    accept: 'application/json',
    'x-ca-key': xca.appKey,
    'x-ca-nonce': nonce,
    'x-ca-stage': xca.stage,
    'x-ca-timestamp': timestamp,
    'x-ca-signature-headers': 'x-ca-key,x-ca-nonce,x-ca-stage,x-ca-timestamp',
    'x-ca-signature': createHmac('sha256', xca.appSecret).update(sts).digest('base64'),
  }
}

async function run({ target, connections, requests }) {
  const { origin, method, path, body, expectBody } = target
  const url = new URL(path, origin)
  // One request per connection at a time (no pipelining): a closed loop of `connections` callers.
  const pool = new Pool(url.origin, { connections, pipelining: 1 })
  const latencies = new Float64Array(requests)
  let next = 0
  let errors = 0
  let firstError
  const started = performance.now()
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < requests) {
        const i = next++
        const t0 = performance.now()
        try {
          const res = await pool.request({
            method,
            path: url.pathname + url.search,
            headers: headersFor(target, url),
            body,
          })
          const text = await res.body.text()
          if (res.statusCode !== 200 || (expectBody !== undefined && text !== expectBody))
            throw new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`)
        } catch (error) {
          errors++
          firstError ??= error instanceof Error ? error.message : String(error)
        }
        latencies[i] = performance.now() - t0
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  await pool.destroy()
  return { seconds, errors, firstError, latencies }
}

parentPort.on('message', async (job) => {
  const result = await run(job)
  parentPort.postMessage({ id: job.id, ...result }, [result.latencies.buffer])
})
