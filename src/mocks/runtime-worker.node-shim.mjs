// Test-only (browser-runtime.test.ts): runs ./runtime-worker.ts, the browser Worker entry, inside a Node
// worker thread behind a `self` that behaves like a DedicatedWorkerGlobalScope, so the browser wiring
// (process shim, exit and uncaught-error handling, console capture) is exercised without a browser.
import { parentPort } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

const listeners = { message: [], error: [], unhandledrejection: [] }
globalThis.self = {
  postMessage: (message) => parentPort.postMessage(message),
  addEventListener: (type, listener) => listeners[type]?.push(listener),
  close: () => parentPort.close(),
}
parentPort.on('message', (data) => {
  for (const listener of listeners.message) listener({ data })
})
// Browsers report these as events on the worker scope instead of ending the thread.
process.on('uncaughtException', (error) => {
  for (const listener of listeners.error) listener({ error, message: error?.message, preventDefault() {} })
})
process.on('unhandledRejection', (reason) => {
  for (const listener of listeners.unhandledrejection) listener({ reason, preventDefault() {} })
})
// runtime-worker.ts must supply Buffer itself, as in a browser.
delete globalThis.Buffer

register()
await import('./runtime-worker.ts')
