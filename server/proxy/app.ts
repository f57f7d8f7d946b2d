/**
 * The proxy's HTTP surface: `/api/health`, `/api/sign/gateway` (./sign-gateway.ts), `/api/*` signed
 * and forwarded (./forward.ts), and the built console (`dist/`) with an SPA fallback so deep links
 * like `/functions/demo?tab=test` load the app. Every `/api` call passes ./guard.ts first.
 *
 * Nothing here ever writes the AccessKey secret into a response or a log line; the cloud's answers
 * pass through as they came (they carry at most the AccessKey *id*, in a server string to sign).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { type ForwardOptions, forward, ProxyRefusal } from './forward.ts'
import { refuseCrossOrigin } from './guard.ts'
import { signGatewayCall } from './sign-gateway.ts'

export interface ProxyAppOptions extends ForwardOptions {
  distDir: string
  mode: 'local-cloud' | 'real-cloud'
  /** bound to a loopback address: then the Host must be a loopback name (DNS-rebinding guard) */
  boundToLoopback: boolean
}

export function createProxyApp(options: ProxyAppOptions): Hono {
  const { distDir, mode } = options
  const app = new Hono()
  app.use('/api/*', async (c, next) => {
    const reason = refuseCrossOrigin(c.req.raw, options.boundToLoopback)
    if (reason) return c.json({ Code: 'Forbidden', Message: `Refused: ${reason}.` }, 403)
    await next()
  })
  app.get('/api/health', (c) => c.json({ ok: true, mode }))
  app.post('/api/sign/gateway', (c) => signGatewayCall(c.req.raw, options))
  app.all('/api/*', async (c) => {
    try {
      const answer = await forward(c.req.raw, options)
      if (answer) return answer
      return c.json({ Code: 'PathNotSupported', Message: `no upstream serves ${c.req.path}` }, 404)
    } catch (error) {
      if (error instanceof ProxyRefusal)
        return c.json({ Code: error.code, Message: error.message }, error.status as 403)
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
