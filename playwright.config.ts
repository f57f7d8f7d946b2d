import { defineConfig } from '@playwright/test'

// Playwright drives Debian's chromium (apt-get install chromium): it cannot download a browser here
// (../shared/TOOLCHAIN.md pitfall 6). Ports are uncommon and overridable: the machine is shared (pitfall 10).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const BROWSER_PORT = Number(process.env.E2E_BROWSER_PORT ?? 44174)
const SERVER_PORT = Number(process.env.E2E_SERVER_PORT ?? 43100)
const CLOUD_PORT = Number(process.env.E2E_CLOUD_PORT ?? 43101)
const DATA_DIR = process.env.E2E_DATA_DIR ?? 'test-results/.local-cloud-e2e'

export default defineConfig({
  testDir: './e2e',
  testMatch: /.*\.spec\.ts/,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  timeout: 45_000,
  expect: { timeout: 15_000 },
  globalTimeout: process.env.CI ? 15 * 60_000 : undefined,
  use: {
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      // Stops every DNS lookup Chromium still makes on this closed network (TOOLCHAIN.md pitfall 8).
      args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
    },
  },
  projects: [
    // `npm run dev`'s mode as a static build: the emulator runs in the page (MSW + Web Workers).
    {
      name: 'browser-only',
      grepInvert: /@local-cloud-only/,
      use: { baseURL: `http://127.0.0.1:${BROWSER_PORT}` },
    },
    // `npm start`: the built console behind the proxy, the local cloud (worker_threads) behind it.
    {
      name: 'local-cloud',
      grepInvert: /@browser-only-only/,
      use: { baseURL: `http://127.0.0.1:${SERVER_PORT}` },
    },
  ],
  webServer: [
    {
      command: `npx vite build --mode msw --outDir dist-msw --logLevel warn && npx vite preview --outDir dist-msw --port ${BROWSER_PORT} --strictPort`,
      url: `http://127.0.0.1:${BROWSER_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `rm -rf ${DATA_DIR} && npx vite build --logLevel warn && npx tsx server/start.ts`,
      url: `http://127.0.0.1:${SERVER_PORT}/api/health`,
      env: {
        PORT: String(SERVER_PORT),
        LOCAL_CLOUD_PORT: String(CLOUD_PORT),
        LOCAL_CLOUD_DATA_DIR: DATA_DIR,
        // A recognisable AccessKey that e2e/no-secrets.spec.ts looks for in every byte the browser receives.
        LOCAL_CLOUD_ACCESS_KEY_ID: 'LTAI5tE2eLocalCloud',
        LOCAL_CLOUD_ACCESS_KEY_SECRET:
          process.env.E2E_LOCAL_CLOUD_SECRET ?? 'e2e-local-cloud-SECRET-0f9c2a71',
      },
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
})
