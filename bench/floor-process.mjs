// The worker floor (./floor-server.ts says what it is and why), run in a child process of its own so that
// its ten idle worker threads never sit on the data plane's event loop, nor the data plane's instances on
// its: every worker adds to the work a main thread does per message it receives (decision 014). Plain JS:
// forked without the TypeScript loader. Argument: the JSON the instances answer with. Reports its origin
// over IPC, ends when its parent disconnects.
import { createServer } from 'node:http'
import { Worker } from 'node:worker_threads'

/** The instance: parses the event, answers an Alibaba-style envelope around the JSON. */
const INSTANCE_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const encoder = new TextEncoder()
const envelope = { isBase64Encoded: false, statusCode: 200, headers: { 'content-type': 'application/json' }, body: workerData }
parentPort.on('message', (message) => {
  JSON.parse(Buffer.from(message.event.buffer, message.event.byteOffset, message.event.byteLength).toString())
  parentPort.postMessage({ type: 'result', requestId: message.requestId, body: encoder.encode(JSON.stringify(envelope)) })
})
`

const json = process.argv[2]
const instances = Number(process.argv[3])
// One call per instance at a time, the most recently used idle instance first, as the pool does.
const idle = Array.from(
  { length: instances },
  () => new Worker(INSTANCE_SOURCE, { eval: true, workerData: json, env: {}, execArgv: [] }),
)
const waiting = []
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
  instance.once('message', (result) => {
    idle.push(instance)
    waiting.shift()?.()
    const answer = JSON.parse(decoder.decode(result.body))
    res.writeHead(answer.statusCode, { 'content-type': 'application/json', 'x-ca-request-id': requestId })
    res.end(answer.body)
  })
  instance.postMessage({ type: 'invoke', requestId, event })
})
server.listen(0, '127.0.0.1', () => process.send({ origin: `http://127.0.0.1:${server.address().port}` }))
process.on('disconnect', () => process.exit(0))
