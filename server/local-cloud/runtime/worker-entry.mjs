// Entry of one function instance's worker thread (see node-runtime.ts).
// Plain .mjs on purpose: a Worker's entry is loaded by Node itself, which cannot read TypeScript, whether the
// server runs under `tsx` (whose hooks the thread may inherit) or inside Vitest (whose transform does not reach
// worker threads). Registering tsx here makes `import('./worker.ts')` work in both; registering twice is harmless.
import { register } from 'tsx/esm/api'

register()
await import('./worker.ts')
