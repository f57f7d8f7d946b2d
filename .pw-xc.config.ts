// Temporary (issue 7 helper run): the shared config on private ports and output dirs.
import { defineConfig } from '@playwright/test'
import base from './playwright.config'

const B = 44774
const S = 43700
const C = 43701
const DATA = 'test-results/.local-cloud-e2e-xc'
export default defineConfig({
  ...base,
  reporter: [['list']],
  outputDir: 'test-results/xc',
  projects: [
    { name: 'browser-only', use: { baseURL: `http://127.0.0.1:${B}` } },
    { name: 'local-cloud', use: { baseURL: `http://127.0.0.1:${S}` } },
  ],
  webServer: [
    {
      command: `npx vite build --mode msw --outDir dist-msw-xc --logLevel warn && npx vite preview --outDir dist-msw-xc --port ${B} --strictPort`,
      url: `http://127.0.0.1:${B}`,
      reuseExistingServer: false,
      timeout: 300_000,
    },
    {
      command: `rm -rf ${DATA} && npx vite build --outDir dist-xc --logLevel warn && npx tsx server/start.ts`,
      url: `http://127.0.0.1:${S}/api/health`,
      env: {
        PORT: String(S),
        LOCAL_CLOUD_PORT: String(C),
        LOCAL_CLOUD_DATA_DIR: DATA,
        DIST_DIR: 'dist-xc',
        LOCAL_CLOUD_ACCESS_KEY_ID: 'LTAI5tE2eLocalCloud',
        LOCAL_CLOUD_ACCESS_KEY_SECRET: 'e2e-local-cloud-SECRET-0f9c2a71',
      },
      reuseExistingServer: false,
      timeout: 300_000,
    },
  ],
})
