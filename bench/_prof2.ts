import { createEmulator } from '../src/cloud-emulator/index.ts'
import { memoryPersistence } from '../src/cloud-emulator/store/persistence.ts'
import { createNodeRuntime } from '../server/local-cloud/runtime/node-runtime.ts'
import { instanceKey } from '../src/cloud-emulator/control-plane/fc3/invoke.ts'
import { createFunction, invokePath, ORIGIN } from './fixtures.ts'
const real = createNodeRuntime()
let last: any
const runtime = { invoke: async (r: any) => { last = r; return real.invoke(r) }, evict: real.evict, shutdown: real.shutdown }
const em = createEmulator({ persistence: memoryPersistence(), runtime })
await em.ready
const rec = await createFunction(em, 'f')
const r0 = await em.handle(new Request(`${ORIGIN}${invokePath('f')}`, { method: 'POST', body: '{}' })); await r0.arrayBuffer()
const N = 1000
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]
let n = 0
for (let k = 0; k < 3; k++) {
  const a: number[] = [], b: number[] = [], c: number[] = []
  for (let i = 0; i < N; i++) {
    let t = performance.now()
    const r = await em.handle(new Request(`${ORIGIN}${invokePath('f')}`, { method: 'POST', body: '{}' })); await r.arrayBuffer()
    a.push(performance.now() - t)
    t = performance.now()
    await real.invoke({ ...last, requestId: `1-00000000-${String(++n).padStart(24, '0')}` })
    b.push(performance.now() - t)
    t = performance.now()
    await real.invoke({ ...last, event: new Uint8Array(await new Request('http://x', {method:'POST', body:'{}'}).arrayBuffer()), requestId: `1-00000000-${String(++n).padStart(24, '0')}` })
    c.push(performance.now() - t)
  }
  console.log('handle', med(a) * 1000, 'direct', med(b) * 1000, 'direct+arrayBuffer event', med(c)*1000)
}
await em.close()
