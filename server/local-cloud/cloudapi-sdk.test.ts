/**
 * The seed's event-function flow against the REAL local cloud (node:http, file persistence,
 * worker_threads, AccessKey signatures verified as `npm run cloud` does), driven by the official SDKs:
 * `@alicloud/fc20230330` creates the function, `@alicloud/cloudapi20160714` creates the group, the
 * FC_EVENT_V3 backend service and its RELEASE backend model, the API, and publishes it. Then a plain
 * `fetch` with the group's subdomain as Host reaches the function — issue 3's "curl with the group's
 * Host reaches the function and returns its answer".
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as $CloudAPI from '@alicloud/cloudapi20160714'
import * as $FC from '@alicloud/fc20230330'
import { $OpenApiUtil } from '@alicloud/openapi-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { zipOf } from '../../src/cloud-emulator/testing/harness'
import { DEFAULT_ACCESS_KEY_ID, DEFAULT_ACCESS_KEY_SECRET } from './config'
import { createNodeRuntime } from './runtime/node-runtime'
import { type LocalCloud, startLocalCloud } from './server'

// Both SDKs ship as CommonJS with `exports.default = Client`.
const CloudAPI = (($CloudAPI as unknown as { default: typeof $CloudAPI.default }).default ??
  $CloudAPI.default) as typeof $CloudAPI.default
const FC = (($FC as unknown as { default: typeof $FC.default }).default ?? $FC.default) as typeof $FC.default

const KEY = { accessKeyId: DEFAULT_ACCESS_KEY_ID, accessKeySecret: DEFAULT_ACCESS_KEY_SECRET }

/** The seed's function (Step 3), returning the fields of the event it received. */
const HANDLER = `module.exports.handler = function (event, context, callback) {
  var e = JSON.parse(event)
  callback(null, {
    isBase64Encoded: false,
    statusCode: '200',
    headers: { 'x-custom-header': 'header value' },
    body: { path: e.path, httpMethod: e.httpMethod, queryParameters: e.queryParameters, pathParameters: e.pathParameters, caHost: e.headers['CA-Host'], fn: context.function.name },
  })
}
`

interface SdkError {
  code: string
  statusCode?: number
  message: string
  data?: Record<string, unknown>
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as SdkError,
  )

let dataDir: string
let cloud: LocalCloud
let cloudApi: InstanceType<typeof CloudAPI>

const config = () =>
  new $OpenApiUtil.Config({
    ...KEY,
    endpoint: `127.0.0.1:${cloud.port}`,
    protocol: 'http',
    regionId: 'cn-hangzhou',
  })

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cloudapi-sdk-'))
  cloud = await startLocalCloud({
    runtime: createNodeRuntime(),
    dataDir,
    port: 0,
    credentials: [KEY],
    logLine: () => {},
  })
  cloudApi = new CloudAPI(config())
  await new FC(config()).createFunction(
    new $FC.CreateFunctionRequest({
      body: new $FC.CreateFunctionInput({
        functionName: 'apigw-event',
        runtime: 'nodejs20',
        handler: 'index.handler',
        code: new $FC.InputCodeLocation({ zipFile: zipOf({ 'index.js': HANDLER }).base64 }),
      }),
    }),
  )
})

afterAll(async () => {
  await cloud?.close()
  await rm(dataDir, { recursive: true, force: true })
})

/** curl-style: the local cloud's address, the group's subdomain as Host (fetch cannot set Host). */
function callWithHost(host: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{
    status: number
    headers: Record<string, string | string[] | undefined>
    body: string
  }>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: cloud.port, path, method: 'GET', headers: { host, ...headers } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end()
  })
}

describe('the seed’s event-function flow through @alicloud/cloudapi20160714', () => {
  let groupId = ''
  let subDomain = ''
  let apiId = ''

  it('creates group → FC_EVENT_V3 backend → RELEASE backend model → API → deploys it', async () => {
    const group = await cloudApi.createApiGroup(
      new $CloudAPI.CreateApiGroupRequest({ groupName: 'FC-Group', basePath: '/' }),
    )
    expect(group.statusCode).toBe(200)
    expect(group.body).toMatchObject({ groupName: 'FC-Group', instanceType: 'VPC_SHARED', tagStatus: false })
    groupId = group.body?.groupId ?? ''
    subDomain = group.body?.subDomain ?? ''
    expect(subDomain).toBe(`${groupId}-cn-hangzhou.alicloudapi.com`)
    expect(group.body?.requestId).toMatch(/^[0-9A-F-]{36}$/)

    const backend = await cloudApi.createBackend(
      new $CloudAPI.CreateBackendRequest({ backendName: 'fc_event_backend', backendType: 'FC_EVENT_V3' }),
    )
    const backendId = backend.body?.backendId ?? ''
    const model = await cloudApi.createBackendModel(
      new $CloudAPI.CreateBackendModelRequest({
        backendId,
        backendType: 'FC_EVENT_V3',
        stageName: 'RELEASE',
        backendModelData: JSON.stringify({
          Type: 'FC_EVENT_V3',
          FunctionComputeConfig: {
            FcRegionId: 'cn-hangzhou',
            FunctionName: 'apigw-event',
            FcVersion: '3.0',
            FcType: 'FCEvent',
          },
        }),
        description: 'Production',
      }),
    )
    expect(model.body?.backendModelId).toMatch(/^[0-9a-f]{32}$/)
    const info = await cloudApi.describeBackendInfo(new $CloudAPI.DescribeBackendInfoRequest({ backendId }))
    expect(
      info.body?.backendInfo?.backendModels?.[0]?.backendConfig?.functionComputeConfig?.functionName,
    ).toBe('apigw-event')

    const api = await cloudApi.createApi(
      new $CloudAPI.CreateApiRequest({
        groupId,
        apiName: 'event_api',
        visibility: 'PUBLIC',
        authType: 'ANONYMOUS',
        requestConfig: JSON.stringify({
          RequestProtocol: 'HTTP,HTTPS',
          RequestHttpMethod: 'GET',
          RequestPath: '/users/[userId]',
          RequestMode: 'PASSTHROUGH',
        }),
        serviceConfig: JSON.stringify({ ServiceProtocol: 'FunctionCompute', ServiceTimeout: 10000 }),
        requestParameters: JSON.stringify([
          { ApiParameterName: 'userId', Location: 'PATH', Required: 'REQUIRED' },
        ]),
        backendEnable: true,
        backendId,
        resultType: 'JSON',
      }),
    )
    apiId = api.body?.apiId ?? ''
    expect(apiId).toMatch(/^[0-9a-f]{32}$/)

    const deployed = await cloudApi.deployApi(
      new $CloudAPI.DeployApiRequest({
        groupId,
        apiId,
        stageName: 'RELEASE',
        description: 'deployed by the SDK test',
      }),
    )
    expect(deployed.body?.requestId).toBeTruthy()

    const snapshot = await cloudApi.describeDeployedApi(
      new $CloudAPI.DescribeDeployedApiRequest({ groupId, apiId, stageName: 'RELEASE' }),
    )
    expect(snapshot.body).toMatchObject({
      apiName: 'event_api',
      stageName: 'RELEASE',
      requestConfig: { requestPath: '/users/[userId]', requestHttpMethod: 'GET' },
      requestParameters: { requestParameter: [{ apiParameterName: 'userId', location: 'PATH' }] },
    })
    const apis = await cloudApi.describeApis(new $CloudAPI.DescribeApisRequest({ groupId }))
    expect(apis.body?.apiSummarys?.apiSummary?.[0]?.deployedInfos?.deployedInfo?.[0]).toMatchObject({
      stageName: 'RELEASE',
      deployedStatus: 'DEPLOYED',
    })
  })

  it('a call with the group’s Host reaches the function and returns its answer', async () => {
    const response = await callWithHost(subDomain, '/users/42?lang=en')
    expect(response.status).toBe(200)
    expect(response.headers['x-custom-header']).toBe('header value')
    expect(response.headers['x-ca-request-id']).toMatch(/^[0-9A-F-]{36}$/)
    expect(JSON.parse(response.body)).toEqual({
      path: '/users/42',
      httpMethod: 'GET',
      queryParameters: { lang: 'en' },
      pathParameters: { userId: '42' },
      caHost: subDomain,
      fn: 'apigw-event',
    })
    const missing = await callWithHost(subDomain, '/nowhere')
    expect(missing.status).toBe(404)
    expect(missing.headers['x-ca-error-message']).toBe('API not found with `GET /nowhere`')
    const preStage = await callWithHost(subDomain, '/users/42', { 'X-Ca-Stage': 'PRE' })
    expect(preStage.status).toBe(404)
  })

  it('hands the SDK the cloud’s errors: code, status, message and RequestId', async () => {
    const repeated = await failure(
      cloudApi.createApiGroup(new $CloudAPI.CreateApiGroupRequest({ groupName: 'FC-Group' })),
    )
    expect(repeated).toMatchObject({ code: 'RepeatedGroupName', statusCode: 400 })
    expect(repeated?.data).toMatchObject({
      Code: 'RepeatedGroupName',
      HostId: 'apigateway.cn-hangzhou.aliyuncs.com',
    })

    const badName = await failure(
      cloudApi.createApiGroup(new $CloudAPI.CreateApiGroupRequest({ groupName: 'ab' })),
    )
    expect(badName).toMatchObject({ code: 'InvalidGroupName', statusCode: 400 })
    expect(badName?.message).toContain('The specified parameter GroupName value is not valid.')

    const unknown = await failure(
      cloudApi.describeApi(new $CloudAPI.DescribeApiRequest({ apiId: 'f'.repeat(32) })),
    )
    expect(unknown).toMatchObject({ code: 'NotFoundApi', statusCode: 400 })

    const busy = await failure(cloudApi.deleteApiGroup(new $CloudAPI.DeleteApiGroupRequest({ groupId })))
    expect(busy).toMatchObject({ code: 'InvalidGroupId' })
    expect(busy?.message).toContain('still contains 1 API(s)')

    const published = await failure(cloudApi.deleteApi(new $CloudAPI.DeleteApiRequest({ groupId, apiId })))
    expect(published?.message).toContain('published to RELEASE')

    const noModel = await failure(
      cloudApi.deployApi(
        new $CloudAPI.DeployApiRequest({ groupId, apiId, stageName: 'TEST', description: 'x' }),
      ),
    )
    expect(noModel).toMatchObject({ code: 'NotFoundBackendModel', statusCode: 400 })
  })

  it('state survives a restart: the published API still answers', async () => {
    await cloud.close()
    cloud = await startLocalCloud({
      runtime: createNodeRuntime(),
      dataDir,
      port: 0,
      credentials: [KEY],
      logLine: () => {},
    })
    cloudApi = new CloudAPI(config())
    const groups = await cloudApi.describeApiGroups(new $CloudAPI.DescribeApiGroupsRequest({}))
    expect(groups.body?.apiGroupAttributes?.apiGroupAttribute?.map((g) => g.groupName)).toEqual(['FC-Group'])
    const response = await callWithHost(subDomain, '/users/7')
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toMatchObject({ pathParameters: { userId: '7' } })
  })
})
