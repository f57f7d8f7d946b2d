/**
 * `npm start`: one Node process with the console, the proxy and the local cloud.
 *
 * The local cloud listens on its own port (LOCAL_CLOUD_PORT, default 9000) so SDKs and curl reach the
 * very cloud the console shows; the proxy (PORT, default 8080) serves the built console and forwards
 * `/api/*` to it over HTTP — the proxy never imports the emulator (ARCHITECTURE.md arrows).
 */
import { serve } from '@hono/node-server'
import { loadConfig as loadCloudConfig } from './local-cloud/config.ts'
import { createNodeRuntime } from './local-cloud/runtime/node-runtime.ts'
import { startLocalCloud } from './local-cloud/server.ts'
import { createProxyApp } from './proxy/app.ts'
import { loadProxyConfig } from './proxy/config.ts'

async function main(): Promise<void> {
  const proxyConfig = loadProxyConfig()
  const cloudConfig = loadCloudConfig()
  const cloud = await startLocalCloud({
    runtime: createNodeRuntime(),
    port: cloudConfig.port,
    host: cloudConfig.host,
    dataDir: cloudConfig.dataDir,
    accountId: cloudConfig.accountId,
    region: cloudConfig.region,
  })
  const fcHost = `${cloudConfig.accountId}.${cloudConfig.region}.fc.aliyuncs.com`
  const app = createProxyApp({
    distDir: proxyConfig.distDir,
    mode: 'local-cloud',
    upstreams: {
      fc: { origin: cloud.url, host: fcHost },
      cloudapi: { origin: cloud.url, host: `apigateway.${cloudConfig.region}.aliyuncs.com` },
      emulator: { origin: cloud.url, host: fcHost },
    },
  })
  const server = serve({ fetch: app.fetch, port: proxyConfig.port, hostname: proxyConfig.host })
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve())
    server.once('error', reject)
  })
  process.stdout.write(
    `Console ready on http://${proxyConfig.host}:${proxyConfig.port}\n` +
      `Local cloud on ${cloud.url} (account ${cloudConfig.accountId}, region ${cloudConfig.region}, data in ${cloudConfig.dataDir})\n`,
  )

  let stopping = false
  const stop = () => {
    if (stopping) process.exit(1)
    stopping = true
    server.close()
    cloud.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code
  process.stderr.write(
    code === 'EADDRINUSE'
      ? `A port is already in use: set PORT (console) or LOCAL_CLOUD_PORT (local cloud) to a free one.\n`
      : `Failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exit(1)
})
