/**
 * MSW in Node (Vitest): the same handlers as the browser, with in-memory state. The runtime is a
 * parameter — tests pass the real Node runtime (server/local-cloud/runtime) or a double.
 */
import { setupServer } from 'msw/node'
import { createEmulator, type EmulatorOptions } from '../cloud-emulator/index'
import { memoryPersistence } from '../cloud-emulator/store/persistence'
import { createHandlers } from './handlers'

/**
 * The origin tests fetch `/api/...` from: jsdom's page origin when there is one (relative
 * `fetch('/api/...')` works), else `http://localhost` (`fetch('http://localhost/api/fc/...')`).
 */
export const TEST_ORIGIN = typeof location === 'undefined' ? 'http://localhost' : location.origin

export function setupMockServer(
  options: Omit<EmulatorOptions, 'persistence'> &
    Partial<Pick<EmulatorOptions, 'persistence'>> & { origin?: string },
) {
  const { origin = TEST_ORIGIN, ...emulatorOptions } = options
  const emulator = createEmulator({ persistence: memoryPersistence(), ...emulatorOptions })
  const server = setupServer(...createHandlers(emulator, { origin }))
  return { server, emulator }
}
