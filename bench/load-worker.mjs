// The client side of bench/load.ts, in its own thread so that the server under test has the main
// thread to itself (as with an external load generator). Plain JS: no loader needed in the worker.
// It signs X-Ca app signatures with node:crypto, the way aliyun-api-gateway's Client does.
import { createHmac, randomUUID } from 'node:crypto'
import { Agent, request } from 'node:http'
import { parentPort, workerData } from 'node:worker_threads'

const { origin, method, path, host, xca, body, expectBody, connections, requests } = workerData
const url = new URL(path, origin)

function headers() {
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

const agent = new Agent({ keepAlive: true, maxSockets: connections })
function once() {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        agent,
        headers: headers(),
      },
      (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

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
        const { status, text } = await once()
        if (status !== 200 || (expectBody !== undefined && text !== expectBody))
          throw new Error(`HTTP ${status}: ${text.slice(0, 200)}`)
      } catch (error) {
        errors++
        firstError ??= error instanceof Error ? error.message : String(error)
      }
      latencies[i] = performance.now() - t0
    }
  }),
)
const seconds = (performance.now() - started) / 1000
agent.destroy()
parentPort.postMessage({ seconds, errors, firstError, latencies }, [latencies.buffer])
