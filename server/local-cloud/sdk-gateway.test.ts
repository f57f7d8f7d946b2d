/**
 * The "done when", as a user's script would do it with the official SDKs only and the local
 * credentials — no code of ours on the client side: `@alicloud/fc20230330` creates an event function,
 * `@alicloud/cloudapi20160714` creates the backend, the group and an anonymous API and publishes it, and
 * `aliyun-api-gateway` calls the published API through the group's domain.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as $CloudAPI from '@alicloud/cloudapi20160714'
import * as $FC from '@alicloud/fc20230330'
import { $OpenApiUtil } from '@alicloud/openapi-core'
import { Client as GatewayClient } from 'aliyun-api-gateway'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { zipOf } from '../../src/cloud-emulator/testing/harness'
import { createNodeRuntime } from './runtime/node-runtime'
import { type LocalCloud, startLocalCloud } from './server'

const defaultOf = <T>(module: { default: T }) =>
  ((module as unknown as { default: { default?: T } }).default.default ?? module.default) as T
const CloudAPI = defaultOf($CloudAPI)
const FC = defaultOf($FC)

const KEY = { accessKeyId: 'LTAI5tLocalCloudDemo', accessKeySecret: 'demo-script-secret' }

const HANDLER = `exports.handler = (event, context, callback) => {
  const e = JSON.parse(event.toString())
  callback(null, { isBase64Encoded: false, statusCode: 200, headers: { 'x-from': 'fc' }, body: 'hello ' + e.queryParameters.name })
}
`

let dataDir: string
let cloud: LocalCloud

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sdk-gateway-'))
  cloud = await startLocalCloud({
    runtime: createNodeRuntime(),
    dataDir,
    port: 0,
    credentials: [KEY],
    logLine: () => {},
  })
})

afterAll(async () => {
  await cloud?.close()
  await rm(dataDir, { recursive: true, force: true })
})

const config = () =>
  new $OpenApiUtil.Config({
    ...KEY,
    endpoint: `127.0.0.1:${cloud.port}`,
    protocol: 'http',
    regionId: 'cn-hangzhou',
  })

describe('official SDKs end to end: function → API → publish → call', () => {
  it('creates a function and a group, publishes an anonymous API and calls it with aliyun-api-gateway', async () => {
    const fc = new FC(config())
    await fc.createFunction(
      new $FC.CreateFunctionRequest({
        body: new $FC.CreateFunctionInput({
          functionName: 'sdk-hello',
          runtime: 'nodejs20',
          handler: 'index.handler',
          code: new $FC.InputCodeLocation({ zipFile: zipOf({ 'index.js': HANDLER }).base64 }),
        }),
      }),
    )

    const api = new CloudAPI(config())
    const backend = await api.createBackend(
      new $CloudAPI.CreateBackendRequest({ backendName: 'sdk_backend', backendType: 'FC_EVENT_V3' }),
    )
    const backendId = backend.body!.backendId!
    await api.createBackendModel(
      new $CloudAPI.CreateBackendModelRequest({
        backendId,
        backendType: 'FC_EVENT_V3',
        stageName: 'RELEASE',
        backendModelData: JSON.stringify({
          Type: 'FC_EVENT_V3',
          FunctionComputeConfig: {
            FcRegionId: 'cn-hangzhou',
            FunctionName: 'sdk-hello',
            FcVersion: '3.0',
            FcType: 'FCEvent',
          },
        }),
      }),
    )
    const group = await api.createApiGroup(new $CloudAPI.CreateApiGroupRequest({ groupName: 'sdk_group' }))
    const { groupId, subDomain } = group.body!
    expect(subDomain).toMatch(/^[0-9a-f]{32}-cn-hangzhou\.alicloudapi\.com$/)
    const created = await api.createApi(
      new $CloudAPI.CreateApiRequest({
        groupId,
        apiName: 'sdk_hello',
        visibility: 'PUBLIC',
        authType: 'ANONYMOUS',
        requestConfig: JSON.stringify({
          RequestProtocol: 'HTTP',
          RequestHttpMethod: 'GET',
          RequestPath: '/hello',
          RequestMode: 'PASSTHROUGH',
        }),
        serviceConfig: JSON.stringify({ ServiceProtocol: 'FunctionCompute', ServiceTimeout: 10000 }),
        backendEnable: true,
        backendId,
        resultType: 'PASSTHROUGH',
        resultSample: 'hello',
      }),
    )
    await api.deployApi(
      new $CloudAPI.DeployApiRequest({
        groupId,
        apiId: created.body!.apiId,
        stageName: 'RELEASE',
        description: 'sdk',
      }),
    )

    // The group's domain does not resolve here: connect to the local cloud, name the group in Host —
    // the gateway routes by Host, and the app signature does not cover it.
    const client = new GatewayClient('203000000', 'anonymous-api-needs-no-app')
    const answer = await client.get(`${cloud.url}/hello?name=sdk`, {
      headers: { host: subDomain!, accept: 'text/plain' },
    })
    expect(String(answer)).toBe('hello sdk')
  })
})
