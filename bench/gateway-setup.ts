/**
 * Publishes a GET /hello API on an event function, with app authentication (AuthType APP) and BENCH_APP
 * authorized for it, through the emulator's own CloudAPI and FC 3.0 wire APIs (in-process, as the adapters
 * call them), for the data-plane and soak cases: every call's X-Ca signature is checked, its nonce
 * remembered, the app's authorization looked up — the work a signed call costs the gateway.
 */
import { createNodeRuntime } from '../server/local-cloud/runtime/node-runtime.ts'
import { startLocalCloud } from '../server/local-cloud/server.ts'
import { installNodeCrypto } from '../server/node-crypto.ts'
import type { Emulator } from '../src/cloud-emulator/index.ts'
import { memoryPersistence } from '../src/cloud-emulator/store/persistence.ts'
import { createFunction } from './fixtures.ts'

/**
 * The local cloud the data-plane cases and tools measure: node:crypto signing (as server/start.ts
 * installs it), memory persistence, real worker_threads instances, a free port, no request log.
 */
export function startBenchCloud() {
  installNodeCrypto()
  return startLocalCloud({
    runtime: createNodeRuntime(),
    persistence: memoryPersistence(),
    port: 0,
    logLine: () => undefined,
  })
}

/** What both the function (through the gateway) and the bare reference server answer. */
export const HELLO_JSON = '{"hello":"world"}'

const HELLO_HANDLER = `exports.handler = (event, context, callback) =>
  callback(null, { isBase64Encoded: false, statusCode: 200, headers: { 'content-type': 'application/json' }, body: ${JSON.stringify(HELLO_JSON)} })
`

async function rpc(emulator: Emulator, action: string, params: Record<string, string>) {
  const query = new URLSearchParams({ Action: action, Version: '2016-07-14', ...params })
  const response = await emulator.handle(
    new Request(`https://apigateway.cn-hangzhou.aliyuncs.com/?${query}`, { method: 'POST' }),
  )
  const text = await response.text()
  if (response.status !== 200) throw new Error(`${action}: ${response.status} ${text}`)
  return JSON.parse(text) as Record<string, string>
}

/** Returns the group's domain (the Host to call the API with). */
export async function publishHello(
  emulator: Emulator,
  { functionName = 'bench-hello', auth = 'APP' }: { functionName?: string; auth?: 'APP' | 'ANONYMOUS' } = {},
): Promise<string> {
  await createFunction(emulator, functionName, HELLO_HANDLER)
  const { BackendId } = await rpc(emulator, 'CreateBackend', {
    BackendName: 'bench_fc',
    BackendType: 'FC_EVENT_V3',
  })
  await rpc(emulator, 'CreateBackendModel', {
    BackendId: BackendId!,
    BackendType: 'FC_EVENT_V3',
    StageName: 'RELEASE',
    BackendModelData: JSON.stringify({
      Type: 'FC_EVENT_V3',
      FunctionComputeConfig: {
        FcRegionId: 'cn-hangzhou',
        FunctionName: functionName,
        FcVersion: '3.0',
        FcType: 'FCEvent',
      },
    }),
  })
  const group = await rpc(emulator, 'CreateApiGroup', { GroupName: 'bench_group' })
  const api = await rpc(emulator, 'CreateApi', {
    GroupId: group.GroupId!,
    ApiName: 'bench_hello',
    Visibility: 'PUBLIC',
    AuthType: auth,
    RequestConfig: JSON.stringify({
      RequestProtocol: 'HTTP',
      RequestHttpMethod: 'GET',
      RequestPath: '/hello',
      RequestMode: 'PASSTHROUGH',
    }),
    ServiceConfig: JSON.stringify({ ServiceProtocol: 'FunctionCompute', ServiceTimeout: 10000 }),
    BackendEnable: 'true',
    BackendId: BackendId!,
    ResultType: 'JSON',
    ResultSample: HELLO_JSON,
  })
  if (auth === 'APP') await authorizeBenchApp(emulator, group.GroupId!, api.ApiId!)
  await rpc(emulator, 'DeployApi', {
    GroupId: group.GroupId!,
    ApiId: api.ApiId!,
    StageName: 'RELEASE',
    Description: 'bench',
  })
  return group.SubDomain!
}

/** The app the load client signs with, authorized for the API. */
export const BENCH_APP = {
  appKey: '203000001',
  appSecret: 'bench-app-secret-0123456789abcdef',
  stage: 'RELEASE',
}

/** Creates BENCH_APP (with its known AppKey and AppSecret) and authorizes it for the API in RELEASE. */
async function authorizeBenchApp(emulator: Emulator, groupId: string, apiId: string) {
  const app = await rpc(emulator, 'CreateApp', {
    AppName: 'bench_app',
    AppKey: BENCH_APP.appKey,
    AppSecret: BENCH_APP.appSecret,
  })
  await rpc(emulator, 'SetApisAuthorities', {
    GroupId: groupId,
    ApiIds: apiId,
    AppId: String(app.AppId),
    StageName: 'RELEASE',
  })
}
