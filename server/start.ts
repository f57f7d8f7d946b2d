/**
 * `npm start`: one Node process with the console and the signing proxy, and — unless the real cloud
 * is configured — the local cloud. The composition root (decisions 003, 007):
 *
 * - local cloud (default): the local cloud listens on its own port (LOCAL_CLOUD_PORT, default 9000)
 *   so SDKs and curl reach the very cloud the console shows, verifying signatures with its AccessKey
 *   (LOCAL_CLOUD_ACCESS_KEY_ID / _SECRET); the proxy signs with that same key and forwards over HTTP —
 *   it never imports the emulator (ARCHITECTURE.md arrows).
 * - real cloud (ALIBABA_CLOUD_ACCESS_KEY_ID, _SECRET, _REGION, _ACCOUNT_ID set): the proxy signs with
 *   that key and forwards to the real endpoints; no local cloud, so `/api/emulator/*` is a 404.
 *
 * The proxy serves the built console on PORT (default 8080), bound to HOST (default 127.0.0.1).
 */
import { serve } from '@hono/node-server'
import { ConfigError, describeAccessKey, loadConfig as loadCloudConfig } from './local-cloud/config.ts'
import { describeListening } from './local-cloud/endpoint.ts'
import { createNodeRuntime } from './local-cloud/runtime/node-runtime.ts'
import { type LocalCloud, startLocalCloud } from './local-cloud/server.ts'
import { installNodeCrypto } from './node-crypto.ts'
import { createProxyApp, type ProxyAppOptions } from './proxy/app.ts'
import { loadProxyConfig, ProxyConfigError, realEndpoints } from './proxy/config.ts'
import { isLoopback } from './proxy/guard.ts'

/** An AccessKey id for a log line: enough to recognise it, not the whole of it. */
const maskId = (id: string) => (id.length > 10 ? `${id.slice(0, 6)}…${id.slice(-4)}` : id)

async function main(): Promise<void> {
  installNodeCrypto()
  const proxyConfig = loadProxyConfig()
  for (const note of proxyConfig.notes) process.stdout.write(`Note: ${note}\n`)
  let cloud: LocalCloud | null = null
  let options: Omit<ProxyAppOptions, 'distDir' | 'boundToLoopback'>
  let banner: string

  if (proxyConfig.realCloud) {
    const real = proxyConfig.realCloud
    const hosts = realEndpoints(real)
    options = {
      mode: 'real-cloud',
      targets: {
        fc: { origin: `https://${hosts.fc}`, host: hosts.fc },
        cloudapi: { origin: `https://${hosts.cloudapi}`, host: hosts.cloudapi },
        gateway: { origin: null },
      },
      accessKey: real.accessKey,
      accountId: real.accountId,
    }
    banner =
      `Real cloud: account ${real.accountId}, region ${real.region} — ${hosts.cloudapi}, ${hosts.fc}\n` +
      `Signing with AccessKey ${maskId(real.accessKey.accessKeyId)}${real.accessKey.securityToken ? ' (STS token)' : ''}\n`
  } else {
    const cloudConfig = loadCloudConfig()
    cloud = await startLocalCloud({
      runtime: createNodeRuntime(),
      port: cloudConfig.port,
      host: cloudConfig.host,
      dataDir: cloudConfig.dataDir,
      accountId: cloudConfig.accountId,
      region: cloudConfig.region,
      credentials: [cloudConfig.accessKey],
    })
    const fcHost = `${cloudConfig.accountId}.${cloudConfig.region}.fc.aliyuncs.com`
    options = {
      mode: 'local-cloud',
      targets: {
        fc: { origin: cloud.url, host: fcHost },
        cloudapi: { origin: cloud.url, host: `apigateway.${cloudConfig.region}.aliyuncs.com` },
        emulator: { origin: cloud.url, host: fcHost },
        gateway: { origin: cloud.url },
      },
      accessKey: cloudConfig.accessKey,
      accountId: cloudConfig.accountId,
    }
    banner =
      `Local cloud on ${describeListening(cloudConfig.host, cloud.port)} (account ${cloudConfig.accountId}, region ${cloudConfig.region}, data in ${cloudConfig.dataDir})\n` +
      `${describeAccessKey(cloudConfig.accessKey.accessKeyId)}\n`
  }

  const app = createProxyApp({
    ...options,
    distDir: proxyConfig.distDir,
    boundToLoopback: isLoopback(proxyConfig.host),
  })
  const server = serve({ fetch: app.fetch, port: proxyConfig.port, hostname: proxyConfig.host })
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve())
    server.once('error', reject)
  })
  process.stdout.write(`Console ready on http://${proxyConfig.host}:${proxyConfig.port}\n${banner}`)

  let stopping = false
  const stop = () => {
    if (stopping) process.exit(1)
    stopping = true
    server.close()
    ;(cloud ? cloud.close() : Promise.resolve()).then(
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
    error instanceof ProxyConfigError || error instanceof ConfigError
      ? `Invalid configuration: ${error.message}\n`
      : code === 'EADDRINUSE'
        ? `A port is already in use: set PORT (console) or LOCAL_CLOUD_PORT (local cloud) to a free one.\n`
        : `Failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exit(1)
})
