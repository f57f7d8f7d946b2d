import { zipSync } from 'fflate'
import { createEmulator } from '../src/cloud-emulator/index.ts'
import { bytesToBase64 } from '../src/cloud-emulator/control-plane/fc3/code.ts'
import { memoryPersistence } from '../src/cloud-emulator/store/persistence.ts'
import { createNodeRuntime } from '../server/local-cloud/runtime/node-runtime.ts'
const runtime = createNodeRuntime()
const em = createEmulator({ persistence: memoryPersistence(), runtime })
await em.ready
const zip = bytesToBase64(zipSync({ 'index.js': new TextEncoder().encode("exports.handler = (e, c, cb) => { console.log('hi'); cb(null, 'ok') }\n") }))
const O = 'http://1234567890123456.cn-hangzhou.fc.aliyuncs.com'
let r = await em.handle(new Request(`${O}/2023-03-30/functions`, { method: 'POST', body: JSON.stringify({ functionName: 'f', runtime: 'nodejs20', handler: 'index.handler', code: { zipFile: zip } }) }))
console.log(r.status, await r.text())
for (let round = 0; round < 3; round++) {
  let t = performance.now()
  for (let i = 0; i < 200; i++) { const r = await em.handle(new Request(`${O}/2023-03-30/functions/f/invocations`, { method: 'POST', body: '{}' })); await r.arrayBuffer() }
  console.log('handle', (performance.now() - t) / 200)
}
await runtime.shutdown()
