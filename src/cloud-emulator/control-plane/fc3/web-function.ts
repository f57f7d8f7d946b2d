/**
 * A web function (an FC 3.0 function on a custom runtime, reference §3.4–3.5) as the web-function port
 * runs it: its start command, port and environment. FC starts the code's HTTP server with
 * `customRuntimeConfig.command` + `args` (without one, the code's `bootstrap` file) and tells it its
 * port in `FC_SERVER_PORT`; the system variables are those FC sets for every runtime (seed 004 list).
 */
import { CUSTOM_RUNTIME_DEFAULT_PORT } from '../../../cloud-api/fc3'
import type { OpContext } from '../../context'
import type { WebFunctionSpec } from '../../runtime/web-functions'
import type { DeepReadonly, FunctionRecord } from '../../store/state'
import { instanceKey } from '../invocation'
import { base64ToBytes, unzipFiles } from './code'

export function webFunctionSpec(ctx: OpContext, fn: DeepReadonly<FunctionRecord>): WebFunctionSpec {
  // Captured now: an UpdateFunction racing this call must not change the code under it.
  const zipFile = ctx.store.read().fc3.code[fn.codeChecksum]
  if (zipFile === undefined) throw new Error(`code ${fn.codeChecksum} of '${fn.functionName}' is missing`)
  const config = fn.customRuntimeConfig ?? {}
  const port = config.port ?? CUSTOM_RUNTIME_DEFAULT_PORT
  return {
    functionName: fn.functionName,
    // The start command is part of the configuration: a change must start a new server.
    instanceKey: `${instanceKey(fn)}#${JSON.stringify([config.command ?? [], config.args ?? [], port])}`,
    runtime: fn.runtime,
    command: [...(config.command ?? [])],
    args: [...(config.args ?? [])],
    port,
    memoryMb: fn.memorySize,
    timeoutSec: fn.timeout,
    environment: {
      ...fn.environmentVariables,
      FC_FUNCTION_NAME: fn.functionName,
      FC_FUNCTION_HANDLER: fn.handler,
      FC_FUNCTION_MEMORY_SIZE: String(fn.memorySize),
      FC_REGION: ctx.region,
      FC_ACCOUNT_ID: ctx.accountId,
      FC_QUALIFIER: 'LATEST',
      FC_RUNTIME: fn.runtime,
      FC_SERVER_PORT: String(port),
      FC_CUSTOM_LISTEN_PORT: String(port),
    },
    loadFiles: async () => unzipFiles(base64ToBytes(zipFile)),
  }
}
