/**
 * The gateway data plane with function code really running (the worker_threads runtime), through
 * `emulator.handle(new Request(...))`: the seed's own Node.js sample behind an API, base64 request
 * bodies, and the two timeouts of the seeds' FAQ (the function's own vs the gateway's ServiceTimeout).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GatewayTrace } from '../../src/cloud-api/cloudapi'
import { createEmulator, type Emulator } from '../../src/cloud-emulator/index'
import { memoryPersistence } from '../../src/cloud-emulator/store/persistence'
import { cloudApiClient, gatewayCall } from '../../src/cloud-emulator/testing/cloudapi'
import { zipOf } from '../../src/cloud-emulator/testing/harness'
import { createNodeRuntime } from './runtime/node-runtime'

/** Seed 000/002 "Step 3/4: Write the function code", Node.js, as printed (statusCode '200', object body). */
const SEED_SAMPLE = `module.exports.handler = function(event, context, callback) {
var event = JSON.parse(event);
var content = {
path: event.path,
method: event.method,
headers: event.headers,
queryParameters: event.queryParameters,
pathParameters: event.pathParameters,
body: event.body
// You can write your own logic here.
}
var response = {
isBase64Encoded: false,
statusCode: '200',
headers: {
'x-custom-header': 'header value'
},
body: content
};
callback(null, response)
};
`

const DECODER = `exports.handler = async (event) => {
  const e = JSON.parse(event.toString())
  const body = e.isBase64Encoded ? Buffer.from(e.body, 'base64').toString('utf8') : e.body
  console.log('received', body)
  return { isBase64Encoded: true, statusCode: 201, headers: { 'content-type': 'text/plain' }, body: Buffer.from('got ' + body).toString('base64') }
}
exports.slow = async () => { await new Promise((r) => setTimeout(r, 1500)); return { isBase64Encoded: false, statusCode: 200, headers: {}, body: 'late' } }
exports.broken = async () => 'just text'
`

let emulator: Emulator

beforeAll(async () => {
  emulator = createEmulator({
    persistence: memoryPersistence(),
    runtime: createNodeRuntime(),
    runtimeMode: 'node',
  })
  await emulator.ready
  const fc = (body: unknown) =>
    emulator.handle(
      new Request('https://1234567890123456.cn-hangzhou.fc.aliyuncs.com/2023-03-30/functions', {
        method: 'POST',
        body: JSON.stringify(body),
      }),
    )
  const create = async (functionName: string, source: string, handler: string, timeout = 3) => {
    const response = await fc({
      functionName,
      runtime: 'nodejs20',
      handler,
      timeout,
      code: { zipFile: zipOf({ 'index.js': source }).base64 },
    })
    if (response.status !== 200) throw new Error(await response.text())
  }
  await create('seed-sample', SEED_SAMPLE, 'index.handler')
  await create('decoder', DECODER, 'index.handler')
  await create('slow-gateway', DECODER, 'index.slow', 10)
  await create('slow-function', DECODER, 'index.slow', 1)
  await create('broken', DECODER, 'index.broken')
})

afterAll(async () => {
  await emulator?.close()
})

async function publish(functionName: string, api: Record<string, unknown> = {}) {
  const client = cloudApiClient(emulator)
  const backendId = await client.createEventBackend(
    functionName,
    ['RELEASE'],
    `be_${functionName.replace('-', '_')}`,
  )
  const group = await client.createGroup(`grp_${functionName.replace('-', '_')}`)
  const apiId = await client.createApi(group.GroupId, backendId, api)
  await client.deploy(group.GroupId, apiId)
  return (path: string, init?: RequestInit) => gatewayCall(emulator, group.SubDomain, path, init)
}

describe('the gateway with real function code (worker_threads)', () => {
  it('runs the seed’s Node.js sample: statusCode "200" and the object body reach the caller', async () => {
    const call = await publish('seed-sample', { RequestConfig: { RequestPath: '/echo/[text]' } })
    const response = await call('/echo/phone?a=1', { headers: { 'X-Custom': 'yes' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-custom-header')).toBe('header value')
    const body = (await response.json()) as Record<string, unknown>
    expect(body).toMatchObject({
      path: '/echo/phone',
      queryParameters: { a: '1' },
      pathParameters: { text: 'phone' },
      headers: { 'X-Custom': 'yes', 'X-Ca-Api-Gateway': response.headers.get('x-ca-request-id') },
      body: '',
    })
    // The sample reads event.method, which the event does not have (it is httpMethod): faithfully undefined.
    expect(body).not.toHaveProperty('method')
  }, 30_000)

  it('hands the function a base64 body and decodes its base64 answer', async () => {
    const call = await publish('decoder', {
      RequestConfig: { RequestHttpMethod: 'POST', RequestPath: '/decode' },
    })
    const response = await call('/decode', { method: 'POST', body: 'héllo' })
    expect(response.status).toBe(201)
    expect(await response.text()).toBe('got héllo')
    const trace = (await (
      await emulator.handle(
        new Request(
          `http://127.0.0.1/__emulator/gateway-traces?requestId=${response.headers.get('x-ca-request-id')}`,
        ),
      )
    ).json()) as GatewayTrace
    expect(trace.event).toMatchObject({
      isBase64Encoded: true,
      body: Buffer.from('héllo').toString('base64'),
    })
    expect(trace.functionResult?.logs.join('\n')).toContain('received héllo')
  }, 30_000)

  it('a function timeout shorter than ServiceTimeout: FC’s "Task timed out" is a 502 D502FC', async () => {
    const call = await publish('slow-function')
    const response = await call('/hello')
    expect(response.status).toBe(502)
    expect(response.headers.get('x-ca-error-code')).toBe('D502FC')
    expect(response.headers.get('x-ca-error-message')).toContain('Task timed out after 1 seconds')
  }, 30_000)

  it('a ServiceTimeout shorter than the function (cold start included): 504 D504TO', async () => {
    const call = await publish('slow-gateway', { ServiceConfig: { ServiceTimeout: 500 } })
    const response = await call('/hello')
    expect(response.status).toBe(504)
    expect(response.headers.get('x-ca-error-code')).toBe('D504TO')
    expect(response.headers.get('x-ca-error-message')).toContain('Backend service request timeout')
  }, 30_000)

  it('a function that returns plain text: 502 D502FC naming the problem', async () => {
    const call = await publish('broken')
    const response = await call('/hello')
    expect(response.status).toBe(502)
    expect(response.headers.get('x-ca-error-message')).toBe(
      'Invalid Function Compute response: the function returned "just text", which is not a JSON object (expected {isBase64Encoded, statusCode, headers, body})',
    )
  }, 30_000)
})
