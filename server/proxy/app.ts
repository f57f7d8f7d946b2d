/**
 * The proxy's HTTP surface: `/api/health`, `/api/*` forwarded (./forward.ts), and the built console
 * (`dist/`) with an SPA fallback so deep links like `/functions/demo?tab=test` load the app.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { forward, type Upstreams } from './forward.ts'

export interface ProxyAppOptions {
  distDir: string
  upstreams: Upstreams
  mode: 'local-cloud' | 'real-cloud'
}

export function createProxyApp({ distDir, upstreams, mode }: ProxyAppOptions): Hono {
  const app = new Hono()
  app.get('/api/health', (c) => c.json({ ok: true, mode }))
  app.all('/api/*', async (c) => {
    try {
      const answer = await forward(c.req.raw, upstreams)
      if (answer) return answer
      return c.json({ Code: 'PathNotSupported', Message: `no upstream serves ${c.req.path}` }, 404)
    } catch (error) {
      // The upstream is down or refused: say which, never a stack trace (ARCHITECTURE.md principle 6).
      const message = error instanceof Error ? error.message : String(error)
      return c.json(
        { Code: 'BadGateway', Message: `the cloud endpoint could not be reached: ${message}` },
        502,
      )
    }
  })
  const root = resolve(distDir)
  const indexFile = join(root, 'index.html')
  app.use('/*', serveStatic({ root: distDir }))
  app.get('/*', (c) => {
    if (!existsSync(indexFile))
      return c.text(`The console is not built: run \`npm run build\` (looked in ${root}).`, 503)
    return c.html(readFileSync(indexFile, 'utf8'))
  })
  return app
}
