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
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Worker } from 'node:worker_threads'

/** The instance: parses the event, answers an Alibaba-style envelope around `json`. */
const INSTANCE_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const encoder = new TextEncoder()
const envelope = { isBase64Encoded: false, statusCode: 200, headers: { 'content-type': 'application/json' }, body: workerData }
parentPort.on('message', (message) => {
  JSON.parse(Buffer.from(message.event.buffer, message.event.byteOffset, message.event.byteLength).toString())
  parentPort.postMessage({ type: 'result', requestId: message.requestId, body: encoder.encode(JSON.stringify(envelope)) })
})
`

interface InstanceResult {
  requestId: string
  body: Uint8Array
}

export async function workerFloorServer(json: string, instances: number) {
  const idle = Array.from(
    { length: instances },
    () => new Worker(INSTANCE_SOURCE, { eval: true, workerData: json, env: {}, execArgv: [] }),
  )
  const all = [...idle]
  const waiting: (() => void)[] = []
  const decoder = new TextDecoder()
  const encoder = new TextEncoder()
  let next = 0

  const server = createServer((req, res) => {
    req.resume()
    const instance = idle.pop()
    if (!instance) {
      // More calls than instances: wait for one, as a pool at its instance limit would.
      waiting.push(() => server.emit('request', req, res))
      return
    }
    const requestId = String(next++)
    const event = encoder.encode(
      JSON.stringify({ path: req.url, httpMethod: req.method, headers: req.headers, body: '' }),
    )
    instance.once('message', (result: InstanceResult) => {
      idle.push(instance)
      waiting.shift()?.()
      const answer = JSON.parse(decoder.decode(result.body)) as { statusCode: number; body: string }
      res.writeHead(answer.statusCode, { 'content-type': 'application/json', 'x-ca-request-id': requestId })
      res.end(answer.body)
    })
    instance.postMessage({ type: 'invoke', requestId, event })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await Promise.all(all.map((worker) => worker.terminate()))
    },
  }
}
