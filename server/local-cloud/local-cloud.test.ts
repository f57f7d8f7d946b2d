/**
 * The local cloud end to end: the real node:http server, the real file persistence, the real
 * worker_threads runtime, driven by the official FC 3.0 SDK (`@alicloud/fc20230330`) and by plain
 * HTTP; then the same wire scenario through MSW, to prove both adapters speak the same.
 * The local cloud holds an AccessKey pair, as `npm start` does, so every SDK call here is verified with
 * the SDK's own V3 signature; plain-HTTP calls sign through ./testing/signed-fetch.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import * as $FC from '@alicloud/fc20230330'
import { $OpenApiUtil } from '@alicloud/openapi-core'
import * as $dara from '@darabonba/typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { zipOf } from '../../src/cloud-emulator/testing/harness'
import { runWireScenario } from '../../src/cloud-emulator/testing/wire-scenario'
import { setupMockServer } from '../../src/mocks/node'
import { createNodeRuntime } from './runtime/node-runtime'
import { type LocalCloud, startLocalCloud } from './server'
import { signedFetch } from './testing/signed-fetch'

// The SDK ships as CommonJS with `exports.default = Client`.
const Client = (($FC as unknown as { default: typeof $FC.default }).default ??
  $FC.default) as typeof $FC.default

const HANDLER = `exports.handler = (event, context, callback) => {
  const input = JSON.parse(event.toString())
  console.log('greeting', input.name)
  callback(null, JSON.stringify({ greeting: 'hello ' + input.name, fn: context.function.name, timeout: context.function.timeout }))
}
exports.fails = (event, context, callback) => callback(new Error('oops'))
`

async function readAll(stream: Readable | undefined): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream ?? []) chunks.push(Buffer.from(chunk as Uint8Array))
  return Buffer.concat(chunks).toString('utf8')
}

// Local credentials, as LOCAL_CLOUD_ACCESS_KEY_ID / _SECRET would give them.
const KEY = { accessKeyId: 'LTAI5tLocalCloudTest', accessKeySecret: 'local-cloud-test-secret' }

let dataDir: string
let cloud: LocalCloud
const logLines: string[] = []

async function start() {
  return startLocalCloud({
    runtime: createNodeRuntime(),
    dataDir,
    port: 0,
    credentials: [KEY],
    logLine: (line) => logLines.push(line),
  })
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'local-cloud-'))
  cloud = await start()
})

afterAll(async () => {
  await cloud?.close()
  await rm(dataDir, { recursive: true, force: true })
})

function sdk(secret = KEY.accessKeySecret) {
  return new Client(
    new $OpenApiUtil.Config({
      accessKeyId: KEY.accessKeyId,
      accessKeySecret: secret,
      endpoint: `127.0.0.1:${cloud.port}`,
      protocol: 'http',
    }),
  )
}

describe('local cloud + official SDK @alicloud/fc20230330', () => {
  it('creates, gets, lists, updates, invokes and deletes functions', async () => {
    const client = sdk()
    const zip = zipOf({ 'index.js': HANDLER })
    const input = (functionName: string) =>
      new $FC.CreateFunctionInput({
        functionName,
        runtime: 'nodejs20',
        handler: 'index.handler',
        memorySize: 256,
        timeout: 10,
        code: new $FC.InputCodeLocation({ zipFile: zip.base64 }),
      })

    // CreateFunction
    const created = await client.createFunction(new $FC.CreateFunctionRequest({ body: input('sdk-greeter') }))
    expect(created.statusCode).toBe(200)
    expect(created.body).toMatchObject({
      functionName: 'sdk-greeter',
      functionArn: 'acs:fc:cn-hangzhou:1234567890123456:functions/sdk-greeter',
      memorySize: 256,
      timeout: 10,
      codeSize: zip.bytes.length,
      state: 'Active',
    })
    await client.createFunction(new $FC.CreateFunctionRequest({ body: input('sdk-second') }))
    await client.createFunction(new $FC.CreateFunctionRequest({ body: input('other') }))

    // GetFunction
    const got = await client.getFunction('sdk-greeter', new $FC.GetFunctionRequest({}))
    expect(got.body?.codeChecksum).toBe(created.body?.codeChecksum)

    // ListFunctions with prefix / limit / nextToken
    const page1 = await client.listFunctions(new $FC.ListFunctionsRequest({ prefix: 'sdk-', limit: 1 }))
    expect(page1.body?.functions?.map((f) => f.functionName)).toEqual(['sdk-greeter'])
    expect(page1.body?.nextToken).toBeTruthy()
    const page2 = await client.listFunctions(
      new $FC.ListFunctionsRequest({ prefix: 'sdk-', limit: 1, nextToken: page1.body?.nextToken }),
    )
    expect(page2.body?.functions?.map((f) => f.functionName)).toEqual(['sdk-second'])
    expect(page2.body?.nextToken).toBeUndefined()

    // UpdateFunction
    const updated = await client.updateFunction(
      'sdk-greeter',
      new $FC.UpdateFunctionRequest({
        body: new $FC.UpdateFunctionInput({ timeout: 20, description: 'updated' }),
      }),
    )
    expect(updated.body).toMatchObject({ timeout: 20, description: 'updated', memorySize: 256 })

    // InvokeFunction, sync, with the log tail
    const invoked = await client.invokeFunctionWithOptions(
      'sdk-greeter',
      new $FC.InvokeFunctionRequest({ body: Readable.from([Buffer.from(JSON.stringify({ name: 'sdk' }))]) }),
      new $FC.InvokeFunctionHeaders({ xFcLogType: 'Tail' }),
      new $dara.RuntimeOptions({}),
    )
    expect(invoked.statusCode).toBe(200)
    expect(JSON.parse(await readAll(invoked.body))).toEqual({
      greeting: 'hello sdk',
      fn: 'sdk-greeter',
      timeout: 20,
    })
    expect(invoked.headers?.['x-fc-error-type']).toBeUndefined()
    expect(invoked.headers?.['x-fc-code-checksum']).toBe(created.body?.codeChecksum)
    const requestId = invoked.headers?.['x-fc-request-id']
    const log = Buffer.from(invoked.headers?.['x-fc-log-result'] ?? '', 'base64').toString('utf8')
    expect(log).toContain(`FC Invoke Start RequestId: ${requestId}`)
    expect(log).toMatch(new RegExp(`^\\S+ ${requestId} \\S+ greeting sdk$`, 'm')) // the level word is the runtime's
    expect(log).toContain(`FC Invoke End RequestId: ${requestId}`)

    // A handled error: HTTP 200 with x-fc-error-type and the error JSON
    await client.updateFunction(
      'sdk-greeter',
      new $FC.UpdateFunctionRequest({ body: new $FC.UpdateFunctionInput({ handler: 'index.fails' }) }),
    )
    const failed = await client.invokeFunction(
      'sdk-greeter',
      new $FC.InvokeFunctionRequest({ body: Readable.from([Buffer.from('{}')]) }),
    )
    expect(failed.statusCode).toBe(200)
    expect(failed.headers?.['x-fc-error-type']).toBe('HandledInvocationError')
    expect(JSON.parse(await readAll(failed.body))).toMatchObject({ errorMessage: 'oops', errorType: 'Error' })

    // DeleteFunction
    const deleted = await client.deleteFunction('sdk-greeter')
    expect(deleted.statusCode).toBe(204)
    await client.deleteFunction('sdk-second')
    await client.deleteFunction('other')
  })

  it('surfaces FunctionNotFound as the SDK error with code, statusCode and request id', async () => {
    const error = await sdk()
      .getFunction('does-not-exist', new $FC.GetFunctionRequest({}))
      .then(
        () => null,
        (e: unknown) =>
          e as { code: string; statusCode: number; data: Record<string, string>; message: string },
      )
    expect(error).not.toBeNull()
    expect(error?.code).toBe('FunctionNotFound')
    expect(error?.statusCode).toBe(404)
    expect(error?.data).toMatchObject({
      Code: 'FunctionNotFound',
      Message: "function 'does-not-exist' does not exist",
    })
    expect(error?.data.RequestId).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/)
  })

  it('refuses a wrong secret with SignatureNotMatch, as the SDK surfaces it', async () => {
    const error = await sdk('not-the-secret')
      .listFunctions(new $FC.ListFunctionsRequest({}))
      .then(
        () => null,
        (e: unknown) =>
          e as { code: string; statusCode: number; data: Record<string, string>; message: string },
      )
    expect(error?.code).toBe('SignatureNotMatch')
    expect(error?.statusCode).toBe(403)
    expect(error?.message).toMatch(
      /^SignatureNotMatch: code: 403, The request signature we calculated does not match/,
    )
    expect(error?.data.RequestId).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/)
  })

  it("reports its own origin in /__emulator/health, for the console's curl lines (no secret in it)", async () => {
    const res = await fetch(`${cloud.url}/__emulator/health`)
    const body = (await res.json()) as Record<string, unknown>
    expect(body).toMatchObject({ runtimeMode: 'node', endpoint: cloud.url })
    expect(cloud.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(JSON.stringify(body)).not.toContain(KEY.accessKeySecret)
  })

  it('bound to every interface (0.0.0.0), reports the loopback: an address curl can call', async () => {
    const wide = await startLocalCloud({
      runtime: createNodeRuntime(),
      dataDir: join(dataDir, 'wide'),
      host: '0.0.0.0',
      port: 0,
      credentials: [KEY],
      webFunctions: false,
      logLine: () => {},
    })
    try {
      expect(wide.url).toBe(`http://127.0.0.1:${wide.port}`)
      const body = (await (await fetch(`${wide.url}/__emulator/health`)).json()) as Record<string, unknown>
      expect(body.endpoint).toBe(wide.url)
    } finally {
      await wide.close()
    }
  })

  it('logs one line per request: method, path, status, duration, request id — no query, no body', async () => {
    logLines.length = 0
    await signedFetch(KEY)(`${cloud.url}/2023-03-30/functions?prefix=secret-looking`)
    expect(logLines).toHaveLength(1)
    expect(logLines[0]).toMatch(/^GET \/2023-03-30\/functions 200 \d+ms 1-[0-9a-f]{8}-[0-9a-f]{24}$/)
  })

  it('answers a body above the limit with EntityTooLarge', async () => {
    const small = await startLocalCloud({
      runtime: createNodeRuntime(),
      dataDir: join(dataDir, 'small'),
      port: 0,
      bodyLimitBytes: 1024,
      logLine: () => {},
    })
    try {
      const response = await fetch(`${small.url}/2023-03-30/functions`, {
        method: 'POST',
        body: 'x'.repeat(4096),
      })
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ Code: 'EntityTooLarge' })
    } finally {
      await small.close()
    }
  })

  it('keeps its state across a restart (state.json in the data dir)', async () => {
    const client = sdk()
    await client.createFunction(
      new $FC.CreateFunctionRequest({
        body: new $FC.CreateFunctionInput({
          functionName: 'survivor',
          runtime: 'nodejs20',
          handler: 'index.handler',
          code: new $FC.InputCodeLocation({ zipFile: zipOf({ 'index.js': HANDLER }).base64 }),
        }),
      }),
    )
    await cloud.close()
    cloud = await start()
    const got = await sdk().getFunction('survivor', new $FC.GetFunctionRequest({}))
    expect(got.body?.functionName).toBe('survivor')
    await sdk().deleteFunction('survivor')
  })
})

describe('both adapters speak the same wire', () => {
  it('gives the same transcript through the local cloud and through MSW', async () => {
    const overHttp = await runWireScenario({
      fcBase: cloud.url,
      codeUrl: (url) => url,
      fetch: signedFetch(KEY),
    })

    const { server, emulator } = setupMockServer({ runtime: createNodeRuntime(), runtimeMode: 'node' })
    server.listen({ onUnhandledRequest: 'error' })
    try {
      const overMsw = await runWireScenario({
        fcBase: 'http://localhost/api/fc',
        // the console's mapping of GetFunctionCode's url: /__emulator/ → /api/emulator/
        codeUrl: (url) =>
          `http://localhost/api/emulator${new URL(url).pathname.replace('/__emulator', '')}${new URL(url).search}`,
        fetch,
      })
      expect(overMsw).toEqual(overHttp)
    } finally {
      server.close()
      await emulator.close()
    }

    const steps = Object.fromEntries(overHttp.map((s) => [s.step, s]))
    expect(steps['create duplicate']?.status).toBe(409)
    expect(steps['create invalid memory']?.status).toBe(400)
    expect(steps['invoke wire-a']).toMatchObject({
      status: 200,
      body: { hello: 'wire', fn: 'wire-a', memory: 256 },
    })
    expect(steps['invoke log tail']?.body).toBe(true)
    expect(steps['download code']).toMatchObject({ status: 200 })
    expect(steps['get deleted']?.status).toBe(404)
    expect(steps['unknown path']).toMatchObject({ status: 400, body: { Code: 'PathNotSupported' } })
  })
})
