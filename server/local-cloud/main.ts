/**
 * `npm run cloud`: the local cloud on its own (for SDKs, curl and tests). Configuration from the
 * environment (./config.ts); Ctrl-C / SIGTERM stop it gracefully: no new connections, queued state
 * writes finish, function instances are stopped. A second signal exits at once.
 */

import { installNodeCrypto } from '../node-crypto.ts'
import { ConfigError, describeAccessKey, loadConfig } from './config.ts'
import { describeListening } from './endpoint.ts'
import { createNodeRuntime } from './runtime/node-runtime.ts'
import { startLocalCloud } from './server.ts'

async function main(): Promise<void> {
  installNodeCrypto()
  const config = loadConfig()
  const cloud = await startLocalCloud({
    runtime: createNodeRuntime(),
    port: config.port,
    host: config.host,
    dataDir: config.dataDir,
    accountId: config.accountId,
    region: config.region,
    credentials: [config.accessKey],
  })
  process.stdout.write(
    `Local cloud listening on ${describeListening(config.host, cloud.port)} (account ${config.accountId}, region ${config.region}, data in ${config.dataDir})\n` +
      `${describeAccessKey(config.accessKey.accessKeyId)}\n`,
  )

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1)
    stopping = true
    process.stdout.write(`${signal}: stopping the local cloud…\n`)
    cloud.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(
          `failed to stop cleanly: ${error instanceof Error ? error.message : String(error)}\n`,
        )
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Invalid configuration: ${error.message}\n`)
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    process.stderr.write(`The port is already in use; set LOCAL_CLOUD_PORT to another one.\n`)
  } else {
    process.stderr.write(
      `The local cloud failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
    )
  }
  process.exit(1)
})
