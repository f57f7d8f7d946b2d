/**
 * Issue 4's "done when", as a new user's script would do it against the started local cloud with the
 * official SDKs only: `@alicloud/fc20230330` creates the function, `@alicloud/cloudapi20160714` publishes
 * an app-authenticated API, creates an app, authorizes it and adds IP / traffic control, and the calls
 * are signed by `aliyun-api-gateway` (the official client) or carry `Authorization: APPCODE …` as curl
 * would. The local cloud sees the connection's address (127.0.0.1), whatever X-Forwarded-For says.
 */

import { mkdtemp, rm } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
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
const KEY = { accessKeyId: 'LTAI5tLocalCloudApps', accessKeySecret: 'apps-script-secret' }

const HANDLER = `exports.handler = (event, context, callback) => {
  const e = JSON.parse(event.toString())
  callback(null, { isBase64Encoded: false, statusCode: 200, headers: { 'content-type': 'text/plain' }, body: 'hello ' + (e.queryParameters.name || 'app') + ' from ' + e.headers.app })
}
`

let dataDir: string
let cloud: LocalCloud
let api: InstanceType<typeof CloudAPI>
let host: string
let groupId: string
let apiId: string
let credentials: { appId: number; appKey: string; appSecret: string; appCode: string }

/** curl: connect to the local cloud, name the group in Host. */
function curl(path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string>; body: string }>((done, fail) => {
    const url = new URL(path, cloud.url)
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, headers: { host, ...headers } },
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
    req.end()
  })
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sdk-apps-'))
  cloud = await startLocalCloud({
    runtime: createNodeRuntime(),
    dataDir,
    port: 0,
    credentials: [KEY],
    logLine: () => {},
  })
  const config = new $OpenApiUtil.Config({
    ...KEY,
    endpoint: `127.0.0.1:${cloud.port}`,
    protocol: 'http',
    regionId: 'cn-hangzhou',
  })
  await new FC(config).createFunction(
    new $FC.CreateFunctionRequest({
      body: new $FC.CreateFunctionInput({
        functionName: 'app-hello',
        runtime: 'nodejs20',
        handler: 'index.handler',
        code: new $FC.InputCodeLocation({ zipFile: zipOf({ 'index.js': HANDLER }).base64 }),
      }),
    }),
  )
  api = new CloudAPI(config)
  const group = await api.createApiGroup(new $CloudAPI.CreateApiGroupRequest({ groupName: 'apps_group' }))
  groupId = group.body!.groupId!
  host = group.body!.subDomain!
  const created = await api.createApi(
    new $CloudAPI.CreateApiRequest({
      groupId,
      apiName: 'app_hello',
      visibility: 'PUBLIC',
      authType: 'APP',
      // the AppCode in the header, as seed 002 Step 5 calls; DEFAULT would refuse it (doc 115437)
      appCodeAuthType: 'HEADER',
      requestConfig: JSON.stringify({
        RequestProtocol: 'HTTP',
        RequestHttpMethod: 'ANY',
        RequestPath: '/hello',
        RequestMode: 'PASSTHROUGH',
      }),
      serviceConfig: JSON.stringify({
        ServiceProtocol: 'FunctionCompute',
        ServiceTimeout: 10000,
        FunctionComputeConfig: { FcRegionId: 'cn-hangzhou', FunctionName: 'app-hello', FcVersion: '3.0' },
      }),
      systemParameters: JSON.stringify([
        { ParameterName: 'CaAppId', ServiceParameterName: 'app', Location: 'HEAD' },
      ]),
    }),
  )
  apiId = created.body!.apiId!
  await api.deployApi(
    new $CloudAPI.DeployApiRequest({ groupId, apiId, stageName: 'RELEASE', description: 'sdk' }),
  )
  const app = await api.createApp(new $CloudAPI.CreateAppRequest({ appName: 'fcApp' }))
  const security = await api.describeAppSecurity(
    new $CloudAPI.DescribeAppSecurityRequest({ appId: app.body!.appId }),
  )
  credentials = {
    appId: app.body!.appId!,
    appKey: security.body!.appKey!,
    appSecret: security.body!.appSecret!,
    appCode: security.body!.appCode!,
  }
  await api.setApisAuthorities(
    new $CloudAPI.SetApisAuthoritiesRequest({
      appId: credentials.appId,
      stageName: 'RELEASE',
      apiIds: apiId,
      groupId,
    }),
  )
}, 60_000)

afterAll(async () => {
  await cloud?.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('an app-authenticated API in the local cloud, with the official SDKs', () => {
  it('answers a request signed by aliyun-api-gateway (the official client) and passes the app id to the function', async () => {
    const client = new GatewayClient(credentials.appKey, credentials.appSecret)
    const answer = await client.get(`${cloud.url}/hello?name=sdk`, {
      headers: { host, accept: 'text/plain' },
    })
    expect(String(answer)).toBe(`hello sdk from ${credentials.appId}`)
    const authorized = await api.describeAuthorizedApis(
      new $CloudAPI.DescribeAuthorizedApisRequest({ appId: credentials.appId }),
    )
    expect(authorized.body!.authorizedApis!.authorizedApi![0]).toMatchObject({
      apiId,
      stageName: 'RELEASE',
      apiName: 'app_hello',
    })
  })

  it('answers the official client’s signed POSTs: JSON (Content-MD5) and form (fields in the string)', async () => {
    const client = new GatewayClient(credentials.appKey, credentials.appSecret)
    const json = await client.post(`${cloud.url}/hello?name=json`, {
      headers: { host, accept: 'text/plain', 'content-type': 'application/json' },
      data: { a: 1 },
    })
    expect(String(json)).toBe(`hello json from ${credentials.appId}`)
    const form = await client.post(`${cloud.url}/hello?name=form`, {
      headers: {
        host,
        accept: 'text/plain',
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      },
      data: { b: 'x y', c: '+' },
    })
    expect(String(form)).toBe(`hello form from ${credentials.appId}`)
  })

  it('rejects a wrong secret with the server’s StringToSign (what the client signed, `#` for line feeds)', async () => {
    const client = new GatewayClient(credentials.appKey, 'not-the-secret')
    const error = (await client
      .get(`${cloud.url}/hello?name=x`, { headers: { host, accept: 'text/plain' } })
      .catch((e: unknown) => e)) as Error & {
      code: number
      data: { headers: Record<string, string> }
    }
    expect(error.code).toBe(403)
    const message = error.data.headers['x-ca-error-message']!
    expect(error.data.headers['x-ca-error-code']).toBe('A403IS')
    expect(message).toMatch(/^Invalid Signature, Server StringToSign:`GET#text\/plain####x-ca-key:/)
    expect(message).toContain('#/hello?name=x`')
    // The client's own string (what buildStringToSign gives for those headers) is the server's, `#`-joined.
    const client2 = new GatewayClient(credentials.appKey, credentials.appSecret)
    const sts: string = client2.buildStringToSign('GET', { accept: 'text/plain' }, 'x-ca-key:k', {
      pathname: '/hello',
      query: { name: 'x' },
    } as never)
    expect(sts).toBe('GET\ntext/plain\n\n\n\nx-ca-key:k\n/hello?name=x')
    expect(error.message).toContain('failed width code(403)')
  })

  it('answers a curl with `Authorization: APPCODE <AppCode>` (seed 002 Step 5) and refuses a wrong one', async () => {
    const ok = await curl('/hello?name=curl', { Authorization: `APPCODE ${credentials.appCode}` })
    expect(ok.status).toBe(200)
    expect(ok.body).toBe(`hello curl from ${credentials.appId}`)
    const wrong = await curl('/hello', { Authorization: 'APPCODE 0000' })
    expect(wrong).toMatchObject({
      status: 401,
      headers: { 'x-ca-error-code': 'A401AC', 'x-ca-error-message': 'Invalid AppCode' },
    })
  })

  it('an IP REFUSE rule takes effect on the next call (the connection’s 127.0.0.1; X-Forwarded-For does not help)', async () => {
    const { body } = await api.createIpControl(
      new $CloudAPI.CreateIpControlRequest({
        ipControlName: 'no_loopback',
        ipControlType: 'REFUSE',
        ipControlPolicys: [new $CloudAPI.CreateIpControlRequestIpControlPolicys({ cidrIp: '127.0.0.0/8' })],
      }),
    )
    await api.setIpControlApis(
      new $CloudAPI.SetIpControlApisRequest({
        ipControlId: body!.ipControlId,
        groupId,
        apiIds: apiId,
        stageName: 'RELEASE',
      }),
    )
    const refused = await curl('/hello', {
      Authorization: `APPCODE ${credentials.appCode}`,
      'X-Forwarded-For': '8.8.8.8',
    })
    expect(refused.status).toBe(403)
    expect(refused.headers['x-ca-error-code']).toBe('A403IP')
    expect(refused.headers['x-ca-error-message']).toContain('127.0.0.1 is in the deny list')
    await api.removeIpControlApis(
      new $CloudAPI.RemoveIpControlApisRequest({
        ipControlId: body!.ipControlId,
        groupId,
        apiIds: apiId,
        stageName: 'RELEASE',
      }),
    )
    expect((await curl('/hello', { Authorization: `APPCODE ${credentials.appCode}` })).status).toBe(200)
  })

  it('a throttling limit takes effect on the next call: 429 `Throttled by API Flow Control`', async () => {
    const { body } = await api.createTrafficControl(
      new $CloudAPI.CreateTrafficControlRequest({
        trafficControlName: 'one_per_day',
        trafficControlUnit: 'DAY',
        apiDefault: 1,
      }),
    )
    await api.setTrafficControlApis(
      new $CloudAPI.SetTrafficControlApisRequest({
        trafficControlId: body!.trafficControlId,
        groupId,
        apiIds: apiId,
        stageName: 'RELEASE',
      }),
    )
    expect((await curl('/hello', { Authorization: `APPCODE ${credentials.appCode}` })).status).toBe(200)
    const throttled = await curl('/hello', { Authorization: `APPCODE ${credentials.appCode}` })
    expect(throttled.status).toBe(429)
    expect(throttled.headers).toMatchObject({
      'x-ca-error-code': 'T429PA',
      'x-ca-error-message': 'Throttled by API Flow Control',
    })
    const listed = await api.describeTrafficControls(
      new $CloudAPI.DescribeTrafficControlsRequest({ groupId, apiId, stageName: 'RELEASE' }),
    )
    expect(listed.body!.trafficControls!.trafficControl![0]).toMatchObject({
      trafficControlName: 'one_per_day',
      apiDefault: 1,
    })
  })

  it('edits take effect on the next call: ModifyTrafficControl, the IP control item actions, ModifyIpControl', async () => {
    // The throttling policy of the previous test is still bound (1 a day, used up): raise it.
    const [limit] = (
      await api.describeTrafficControls(
        new $CloudAPI.DescribeTrafficControlsRequest({ groupId, apiId, stageName: 'RELEASE' }),
      )
    ).body!.trafficControls!.trafficControl!
    await api.modifyTrafficControl(
      new $CloudAPI.ModifyTrafficControlRequest({
        trafficControlId: limit!.trafficControlId,
        apiDefault: 100,
      }),
    )
    expect((await curl('/hello', { Authorization: `APPCODE ${credentials.appCode}` })).status).toBe(200)

    // An ALLOW list without the caller's address, then its entries edited one by one.
    const { body } = await api.createIpControl(
      new $CloudAPI.CreateIpControlRequest({
        ipControlName: 'office_only',
        ipControlType: 'ALLOW',
        ipControlPolicys: [new $CloudAPI.CreateIpControlRequestIpControlPolicys({ cidrIp: '10.0.0.0/8' })],
      }),
    )
    const ipControlId = body!.ipControlId!
    await api.setIpControlApis(
      new $CloudAPI.SetIpControlApisRequest({ ipControlId, groupId, apiIds: apiId, stageName: 'RELEASE' }),
    )
    const call = async () =>
      (await curl('/hello', { Authorization: `APPCODE ${credentials.appCode}` })).status
    expect(await call()).toBe(403)
    const added = await api.addIpControlPolicyItem(
      new $CloudAPI.AddIpControlPolicyItemRequest({
        ipControlId,
        cidrIp: '127.0.0.1',
        appId: String(credentials.appId),
      }),
    )
    const policyItemId = added.body!.policyItemId!
    expect(await call()).toBe(200)
    await api.modifyIpControlPolicyItem(
      new $CloudAPI.ModifyIpControlPolicyItemRequest({ ipControlId, policyItemId, cidrIp: '192.0.2.1' }),
    )
    expect(await call()).toBe(403)
    const listed = await api.describeIpControlPolicyItems(
      new $CloudAPI.DescribeIpControlPolicyItemsRequest({ ipControlId }),
    )
    expect(listed.body!.ipControlPolicyItems!.ipControlPolicyItem!.map((i) => i.cidrIp)).toEqual([
      '10.0.0.0/8',
      '192.0.2.1',
    ])
    await api.removeIpControlPolicyItem(
      new $CloudAPI.RemoveIpControlPolicyItemRequest({ ipControlId, policyItemIds: policyItemId }),
    )
    await api.modifyIpControl(
      new $CloudAPI.ModifyIpControlRequest({
        ipControlId,
        ipControlName: 'office_only_v2',
        description: 'edited',
      }),
    )
    const info = await api.describeIpControls(new $CloudAPI.DescribeIpControlsRequest({ ipControlId }))
    expect(info.body!.ipControlInfos!.ipControlInfo![0]).toMatchObject({
      ipControlName: 'office_only_v2',
      description: 'edited',
    })
    await api.removeIpControlApis(
      new $CloudAPI.RemoveIpControlApisRequest({ ipControlId, groupId, apiIds: apiId, stageName: 'RELEASE' }),
    )
    expect(await call()).toBe(200)
  })
})
