/**
 * Browser-only mode (`npm run dev`, or a static build with VITE_MSW=true): the emulator runs in the
 * page, MSW's service worker hands it every `/api/*` call, state lives in IndexedDB (it survives a
 * reload; "Reset demo data" empties it) and functions run in Web Workers.
 */
import { setupWorker } from 'msw/browser'
import { createEmulator } from '../cloud-emulator/index'
import { createBrowserRuntime } from './browser-runtime'
import { createHandlers } from './handlers'
import { indexedDbPersistence } from './indexeddb-persistence'

export async function startMocking(): Promise<void> {
  const emulator = createEmulator({
    persistence: indexedDbPersistence(),
    runtime: createBrowserRuntime(),
    runtimeMode: 'browser',
    log: (event) => console[event.level](`[emulator] ${event.message}`, event.error ?? ''),
  })
  await setupWorker(...createHandlers(emulator)).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  })
  // A snapshot that cannot be loaded is logged; the console still starts so "Reset demo data" can fix it.
  await emulator.ready.catch(() => undefined)
}
