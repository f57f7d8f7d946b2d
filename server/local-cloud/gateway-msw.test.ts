/**
 * The browser-only mode's path to API Gateway: the console's `/api/cloudapi/…`, `/api/gateway/<group
 * subdomain>/…` and `/api/emulator/gateway-traces` calls through the MSW adapter (src/mocks, decision
 * 002) reach the same CloudAPI actions and data plane as the local cloud, with real function code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLOUDAPI_VERSION, type GatewayTrace, toRpcParams } from '../../src/cloud-api/cloudapi'
import { zipOf } from '../../src/cloud-emulator/testing/harness'
import { setupMockServer } from '../../src/mocks/node'
import { createNodeRuntime } from './runtime/node-runtime'

const ORIGIN = 'http://localhost'
const HANDLER = `exports.handler = async (event) => {
  const e = JSON.parse(event.toString())
  return { isBase64Encoded: false, statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: e.pathParameters.name }) }
}
`

const { server, emulator } = setupMockServer({ runtime: createNodeRuntime(), runtimeMode: 'node' })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(async () => {
  server.close()
  await emulator.close()
})

/** What the console's API client sends: the RPC parameters in the query of `/api/cloudapi/`. */
async function cloudApi(action: string, params: Record<string, unknown>) {
  const query = new URLSearchParams(toRpcParams({ Action: action, Version: CLOUDAPI_VERSION, ...params }))
  const response = await fetch(`${ORIGIN}/api/cloudapi/?${query}`, { method: 'POST' })
  const body = (await response.json()) as Record<string, string>
  if (response.status !== 200) throw new Error(`${action}: ${JSON.stringify(body)}`)
  return body
}

describe('API Gateway through the MSW adapter', () => {
  it('runs the flow over /api/cloudapi and calls the API over /api/gateway/<subdomain>/…', async () => {
    const created = await fetch(`${ORIGIN}/api/fc/2023-03-30/functions`, {
      method: 'POST',
      body: JSON.stringify({
        functionName: 'greeter',
        runtime: 'nodejs20',
        handler: 'index.handler',
        code: { zipFile: zipOf({ 'index.js': HANDLER }).base64 },
      }),
    })
    expect(created.status).toBe(200)
    const { BackendId } = await cloudApi('CreateBackend', {
      BackendName: 'greeter_backend',
      BackendType: 'FC_EVENT_V3',
    })
    await cloudApi('CreateBackendModel', {
      BackendId,
      BackendType: 'FC_EVENT_V3',
      StageName: 'RELEASE',
      BackendModelData: { FunctionComputeConfig: { FcRegionId: 'cn-hangzhou', FunctionName: 'greeter' } },
    })
    const { GroupId, SubDomain } = await cloudApi('CreateApiGroup', { GroupName: 'msw_group' })
    const { ApiId } = await cloudApi('CreateApi', {
      GroupId,
      ApiName: 'greet',
      Visibility: 'PUBLIC',
      AuthType: 'ANONYMOUS',
      RequestConfig: { RequestHttpMethod: 'GET', RequestPath: '/greet/[name]', RequestMode: 'PASSTHROUGH' },
      ServiceConfig: { ServiceProtocol: 'FunctionCompute', ServiceTimeout: 10000 },
      BackendEnable: true,
      BackendId,
    })
    await cloudApi('DeployApi', { GroupId, ApiId, StageName: 'RELEASE', Description: 'msw' })

    const response = await fetch(`${ORIGIN}/api/gateway/${SubDomain}/greet/ada`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ name: 'ada' })
    const requestId = response.headers.get('x-ca-request-id')
    expect(requestId).toMatch(/^[0-9A-F-]{36}$/)

    const trace = (await (
      await fetch(`${ORIGIN}/api/emulator/gateway-traces?requestId=${requestId}`)
    ).json()) as GatewayTrace
    expect(trace).toMatchObject({
      apiId: ApiId,
      event: { path: '/greet/ada', pathParameters: { name: 'ada' } },
      functionResult: { functionName: 'greeter', status: 'success' },
      response: { status: 200 },
    })
  }, 30_000)
})
