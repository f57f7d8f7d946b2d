/**
 * Seed 002's second flow end to end in the local cloud, with the official SDKs: a web function (custom
 * runtime, its code a real HTTP server) with an HTTP trigger → a backend service of type FC_HTTP_V3
 * naming the trigger's internal endpoint → an app-authenticated API at `/` in group FC-Group → an app
 * `fcApp` authorized in RELEASE → `curl -H 'Authorization: APPCODE …'`. The raw request must reach the
 * user's server, and its answer come back. And the same flow in the browser-only mode (MSW) answers
 * plainly that web functions need the local cloud.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as $CloudAPI from '@alicloud/cloudapi20160714'
import * as $FC from '@alicloud/fc20230330'
import { $OpenApiUtil } from '@alicloud/openapi-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLOUDAPI_VERSION, toRpcParams } from '../../src/cloud-api/cloudapi'
import { zipOf } from '../../src/cloud-emulator/testing/harness'
import { WEB_SERVER_SOURCE } from '../../src/cloud-emulator/testing/web'
import { setupMockServer } from '../../src/mocks/node'
import { createNodeRuntime } from './runtime/node-runtime'
import { type LocalCloud, startLocalCloud } from './server'

const defaultOf = <T>(module: { default: T }) =>
  ((module as unknown as { default: { default?: T } }).default.default ?? module.default) as T
const CloudAPI = defaultOf($CloudAPI)
const FC = defaultOf($FC)
const KEY = { accessKeyId: 'LTAI5tLocalCloudWeb', accessKeySecret: 'web-script-secret' }

let dataDir: string
let cloud: LocalCloud

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'web-fn-'))
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

function curl(
  host: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
) {
  return new Promise<{ status: number; headers: Record<string, string>; body: string }>((done, fail) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: cloud.port,
        path,
        method: init.method ?? 'GET',
        headers: { host, ...init.headers },
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, body }),
        )
      },
    )
    req.on('error', fail)
    req.end(init.body)
  })
}

describe('a web function behind API Gateway in the local cloud (seed 002, Steps 1–5)', () => {
  it('forwards the raw HTTP request to the user’s HTTP server and answers what it answered', async () => {
    const config = new $OpenApiUtil.Config({
      ...KEY,
      endpoint: `127.0.0.1:${cloud.port}`,
      protocol: 'http',
      regionId: 'cn-hangzhou',
    })
    const fc = new FC(config)
    // Step 1: a web function; an HTTP trigger; its internal endpoint.
    await fc.createFunction(
      new $FC.CreateFunctionRequest({
        body: new $FC.CreateFunctionInput({
          functionName: 'web-fn',
          runtime: 'custom.debian10',
          handler: 'index.handler',
          customRuntimeConfig: new $FC.CustomRuntimeConfig({
            command: ['node'],
            args: ['index.js'],
            port: 9000,
          }),
          code: new $FC.InputCodeLocation({ zipFile: zipOf({ 'index.js': WEB_SERVER_SOURCE }).base64 }),
        }),
      }),
    )
    const trigger = await fc.createTrigger(
      'web-fn',
      new $FC.CreateTriggerRequest({
        body: new $FC.CreateTriggerInput({
          triggerName: 'defaultTrigger',
          triggerType: 'http',
          triggerConfig: JSON.stringify({ authType: 'anonymous', methods: ['GET', 'POST', 'PUT', 'DELETE'] }),
        }),
      }),
    )
    const internal = trigger.body!.httpTrigger!.urlIntranet!
    expect(internal).toMatch(/^https:\/\/web-fn-[0-9a-f]{10}\.cn-hangzhou-vpc\.fcapp\.run$/)
    const listed = await fc.listTriggers('web-fn', new $FC.ListTriggersRequest({}))
    expect(listed.body!.triggers!.map((t) => t.triggerName)).toEqual(['defaultTrigger'])

    // Step 2: the backend service, with the internal endpoint for Production.
    const api = new CloudAPI(config)
    const backend = await api.createBackend(
      new $CloudAPI.CreateBackendRequest({ backendName: 'web_backend', backendType: 'FC_HTTP_V3' }),
    )
    const backendId = backend.body!.backendId!
    await api.createBackendModel(
      new $CloudAPI.CreateBackendModelRequest({
        backendId,
        backendType: 'FC_HTTP_V3',
        stageName: 'RELEASE',
        backendModelData: JSON.stringify({
          Type: 'FC_HTTP_V3',
          FunctionComputeConfig: {
            FcBaseUrl: internal,
            FcRegionId: 'cn-hangzhou',
            FcType: 'HttpTrigger',
            FcVersion: '3.0',
          },
        }),
      }),
    )
    // Step 3: group FC-Group, an API at `/` with app authentication, published.
    const group = await api.createApiGroup(
      new $CloudAPI.CreateApiGroupRequest({ groupName: 'FC-Group', basePath: '/' }),
    )
    const { groupId, subDomain } = group.body!
    const created = await api.createApi(
      new $CloudAPI.CreateApiRequest({
        groupId,
        apiName: 'web_api',
        visibility: 'PUBLIC',
        authType: 'APP',
        appCodeAuthType: 'HEADER', // Step 5's curl sends `Authorization: APPCODE …`
        requestConfig: JSON.stringify({
          RequestProtocol: 'HTTP',
          RequestHttpMethod: 'ANY',
          RequestPath: '/',
          RequestMode: 'PASSTHROUGH',
        }),
        serviceConfig: JSON.stringify({ ServiceProtocol: 'FunctionCompute', ServiceTimeout: 10000 }),
        backendEnable: true,
        backendId,
      }),
    )
    const apiId = created.body!.apiId!
    await api.deployApi(
      new $CloudAPI.DeployApiRequest({ groupId, apiId, stageName: 'RELEASE', description: 'seed 002' }),
    )
    // Step 4: the app fcApp, authorized in Production.
    const app = await api.createApp(new $CloudAPI.CreateAppRequest({ appName: 'fcApp' }))
    const { appCode } = (
      await api.describeAppSecurity(new $CloudAPI.DescribeAppSecurityRequest({ appId: app.body!.appId }))
    ).body!
    await api.setApisAuthorities(
      new $CloudAPI.SetApisAuthoritiesRequest({
        appId: app.body!.appId,
        stageName: 'RELEASE',
        apiIds: apiId,
        groupId,
      }),
    )

    // Step 5: curl -i -X GET "http://<subdomain>" -H "Authorization:APPCODE <code>"
    const answer = await curl(subDomain!, '/?x=1&x=2', {
      method: 'POST',
      headers: { Authorization: `APPCODE ${appCode}`, 'content-type': 'text/plain', 'x-custom': 'c' },
      body: 'the raw body',
    })
    expect(answer.status).toBe(200)
    expect(answer.headers['x-web']).toBe('yes')
    expect(answer.headers['x-ca-request-id']).toMatch(/^[0-9A-F-]{36}$/)
    const seen = JSON.parse(answer.body) as {
      method: string
      url: string
      headers: Record<string, string>
      body: string
    }
    expect(seen).toMatchObject({ method: 'POST', url: '/?x=1&x=2', body: 'the raw body' })
    expect(seen.headers).toMatchObject({
      'content-type': 'text/plain',
      'x-custom': 'c',
      'x-forwarded-for': '127.0.0.1',
      host: new URL(internal).host,
    })
    expect(seen.headers['x-ca-api-gateway']).toBe(answer.headers['x-ca-request-id'])

    const unauthorized = await curl(subDomain!, '/', { headers: { Authorization: 'APPCODE nope' } })
    expect(unauthorized.status).toBe(401)

    // Deleting the function needs its trigger gone first (FunctionNotEmpty); then the server stops.
    const refused = await fc.deleteFunction('web-fn').catch((e: { code?: string }) => e)
    expect((refused as { code?: string }).code).toBe('FunctionNotEmpty')
    await fc.deleteTrigger('web-fn', 'defaultTrigger')
    await fc.deleteFunction('web-fn')
  }, 60_000)
})

describe('the same flow in the browser-only mode (MSW)', () => {
  it('answers 501 X501NS: web functions need the local cloud (`npm start`)', async () => {
    const { server, emulator } = setupMockServer({ runtime: createNodeRuntime(), runtimeMode: 'browser' })
    server.listen({ onUnhandledRequest: 'error' })
    try {
      const origin = 'http://localhost'
      const fcCall = (path: string, body: unknown) =>
        fetch(`${origin}/api/fc/2023-03-30${path}`, { method: 'POST', body: JSON.stringify(body) }).then(
          (r) => r.json(),
        )
      const cloudApi = async (action: string, params: Record<string, unknown>) => {
        const query = new URLSearchParams(
          toRpcParams({ Action: action, Version: CLOUDAPI_VERSION, ...params }),
        )
        return (await (await fetch(`${origin}/api/cloudapi/?${query}`, { method: 'POST' })).json()) as Record<
          string,
          string
        >
      }
      await fcCall('/functions', {
        functionName: 'web-fn',
        runtime: 'custom.debian10',
        handler: 'index.handler',
        customRuntimeConfig: { command: ['node'], args: ['index.js'] },
        code: { zipFile: zipOf({ 'index.js': WEB_SERVER_SOURCE }).base64 },
      })
      const trigger = (await fcCall('/functions/web-fn/triggers', {
        triggerName: 'defaultTrigger',
        triggerType: 'http',
        triggerConfig: JSON.stringify({ authType: 'anonymous', methods: ['GET'] }),
      })) as { httpTrigger: { urlIntranet: string } }
      const { BackendId } = await cloudApi('CreateBackend', {
        BackendName: 'web_backend',
        BackendType: 'FC_HTTP_V3',
      })
      await cloudApi('CreateBackendModel', {
        BackendId,
        BackendType: 'FC_HTTP_V3',
        StageName: 'RELEASE',
        BackendModelData: { FunctionComputeConfig: { FcBaseUrl: trigger.httpTrigger.urlIntranet } },
      })
      const { GroupId, SubDomain } = await cloudApi('CreateApiGroup', { GroupName: 'FC-Group' })
      const { ApiId } = await cloudApi('CreateApi', {
        GroupId,
        ApiName: 'web_api',
        Visibility: 'PUBLIC',
        AuthType: 'ANONYMOUS',
        RequestConfig: { RequestHttpMethod: 'GET', RequestPath: '/', RequestMode: 'PASSTHROUGH' },
        ServiceConfig: { ServiceProtocol: 'FunctionCompute', ServiceTimeout: 10000 },
        BackendEnable: true,
        BackendId,
      })
      await cloudApi('DeployApi', { GroupId, ApiId, StageName: 'RELEASE', Description: 'msw' })
      const response = await fetch(`${origin}/api/gateway/${SubDomain}/`)
      expect(response.status).toBe(501)
      expect(response.headers.get('x-ca-error-code')).toBe('X501NS')
      expect(response.headers.get('x-ca-error-message')).toContain('npm start')
    } finally {
      server.close()
      await emulator.close()
    }
  }, 30_000)
})
