import { createEmulator } from '../src/cloud-emulator/index.ts'
import { memoryPersistence } from '../src/cloud-emulator/store/persistence.ts'
import { createFunction, invokePath, ORIGIN } from './fixtures.ts'
const runtime = { invoke: async (r: any) => ({ status: 'success', body: new TextEncoder().encode('ok'), logs: ['a','b'], durationMs: 1, maxMemoryUsageMb: 1, instanceId: 'x' }), evict: async () => {}, shutdown: async () => {} } as any
const em = createEmulator({ persistence: memoryPersistence(), runtime })
await em.ready
await createFunction(em, 'f')
const N = 20000
for (let k = 0; k < 4; k++) {
  let t = performance.now()
  for (let i = 0; i < N; i++) { const r = await em.handle(new Request(`${ORIGIN}${invokePath('f')}`, { method: 'POST', body: '{}' })); await r.arrayBuffer() }
  console.log('handle fake runtime µs', ((performance.now() - t) / N) * 1000)
  t = performance.now()
  for (let i = 0; i < N; i++) { const r = new Request(`${ORIGIN}${invokePath('f')}`, { method: 'POST', body: '{}' }); await r.arrayBuffer(); const res = new Response(new Uint8Array(2), {headers: new Headers({a:'b'})}); await res.arrayBuffer() }
  console.log('bare Request+Response µs', ((performance.now() - t) / N) * 1000)
}
