import { cleanup } from '@testing-library/react'
import { type SetupServer, setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'

/**
 * The MSW server of a component test file: listens for the file, refuses any request no handler
 * answers, and after each test drops the test's handlers and unmounts what it rendered. Component
 * tests only; nothing in the app imports it.
 */
export function setupApiServer(): SetupServer {
  const server = setupServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    server.resetHandlers()
    cleanup()
  })
  afterAll(() => server.close())
  return server
}
