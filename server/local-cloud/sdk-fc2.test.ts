/**
 * Function Compute 2016-08-15 signatures through the official `@alicloud/fc2` SDK against a started
 * local cloud: its `FC <ak>:<sig>` scheme (with the query signed on HTTP-trigger paths) is verified,
 * and a wrong secret comes back as the SDK surfaces SignatureNotMatch. Then the API of seed 004 through
 * the SDK's own methods, asserting what the SDK returns: services → a function from a zip → invoke sync
 * and async → lists with paging → conflicting deletes → If-Match mismatch → HTTP triggers → Python.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import FCClient from '@alicloud/fc2'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createNodeRuntime } from './runtime/node-runtime'
import { type LocalCloud, startLocalCloud } from './server'

const KEY = { accessKeyId: 'LTAI5tLocalCloudFc2', accessKeySecret: 'fc2-sdk-secret' }
const ACCOUNT = '1234567890123456'

let dataDir: string
let cloud: LocalCloud

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sdk-fc2-'))
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

const client = (secret = KEY.accessKeySecret, accessKeyID = KEY.accessKeyId) =>
  new FCClient(ACCOUNT, { accessKeyID, accessKeySecret: secret, region: 'cn-hangzhou', endpoint: cloud.url })

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as { code?: string; name: string; message: string },
  )

describe('@alicloud/fc2 against the local cloud', () => {
  it('a wrong secret: FCSignatureNotMatchError, 403', async () => {
    const error = await failure(client('wrong').request('GET', '/services', null, null))
    expect(error).toMatchObject({ code: 'SignatureNotMatch', name: 'FCSignatureNotMatchError' })
    expect(error?.message).toMatch(
      /^GET \/services failed with 403\. requestid: 1-[0-9a-f]{8}-[0-9a-f]{24}, message: The request signature we calculated does not match the signature you provided\. Check your access key and signing method\.$/,
    )
  })

  it('an unknown key: InvalidAccessKeyID', async () => {
    const error = await failure(
      client(KEY.accessKeySecret, 'LTAI5tNobody').request('GET', '/services', null, null),
    )
    expect(error?.code).toBe('InvalidAccessKeyID')
    expect(error?.message).toContain("invalid access key ID 'LTAI5tNobody'")
  })

  it.each([
    ['a JSON body', 'POST', '/services', null, { serviceName: 'demo' }],
    [
      'an HTTP-trigger path with a signed query',
      'GET',
      '/proxy/svc/fn/path/x.html',
      { q: 'x y', a: "!*'()" },
      null,
    ],
  ] as const)('the right secret with %s passes the signature check', async (_, method, path, query, body) => {
    const error = await failure(client().request(method, path, query ? { ...query } : null, body))
    // What matters here is that the signature was accepted (the proxy path names no service: 404).
    expect(error?.message ?? '').not.toMatch(
      /SignatureNotMatch|signature we calculated|InvalidAccessKeyID|RequestTimeTooSkewed/,
    )
    expect(error === null || /failed with 404/.test(error.message)).toBe(true)
  })
})

/** The SDK methods these scenarios use (server/official-sdks.d.ts types only `request`). */
interface Fc2Sdk {
  createService(name: string, options?: object, headers?: object): Promise<Answer>
  listServices(options?: object): Promise<Answer>
  getService(name: string): Promise<Answer>
  updateService(name: string, options: object, headers?: object): Promise<Answer>
  deleteService(name: string, headers?: object): Promise<Answer>
  createFunction(service: string, options: object): Promise<Answer>
  listFunctions(service: string, options?: object): Promise<Answer>
  getFunction(service: string, fn: string): Promise<Answer>
  getFunctionCode(service: string, fn: string): Promise<Answer>
  updateFunction(service: string, fn: string, options: object, headers?: object): Promise<Answer>
  deleteFunction(service: string, fn: string, options?: object, headers?: object): Promise<Answer>
  invokeFunction(service: string, fn: string, event: string, headers?: object): Promise<Answer>
  createTrigger(service: string, fn: string, options: object): Promise<Answer>
  listTriggers(service: string, fn: string, options?: object): Promise<Answer>
  deleteTrigger(
    service: string,
    fn: string,
    trigger: string,
    options?: object,
    headers?: object,
  ): Promise<Answer>
  request(
    method: string,
    path: string,
    query: object | null,
    body: unknown,
    headers?: object,
  ): Promise<Answer>
}
interface Answer {
  headers: Record<string, string>
  // biome-ignore lint/suspicious/noExplicitAny: whatever the SDK parsed (JSON object or text)
  data: any
}

const zipOf = (files: Record<string, string>) =>
  Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))).toString(
    'base64',
  )

const NODE_CODE = `exports.handler = (event, context, callback) => {
  const input = event.toString()
  console.log('got ' + input)
  if (input === 'fail') return callback('This is a handled error')
  callback(null, JSON.stringify({ input, service: context.service.name, fn: context.function.name }))
}
exports.http = (req, resp, context) => {
  resp.setStatusCode(200)
  resp.setHeader('content-type', 'application/json')
  resp.send(JSON.stringify({ path: req.path, queries: req.queries, method: req.method, body: req.body.toString() }))
}
`

describe('seed 004 API through @alicloud/fc2', () => {
  const sdk = () => client() as unknown as Fc2Sdk

  it('services, a function from a zip, sync and async invocations, GetFunctionCode', async () => {
    const fc = sdk()
    const created = await fc.createService('sdk-svc', { description: 'demo' })
    expect(created.data).toMatchObject({ serviceName: 'sdk-svc', description: 'demo', internetAccess: true })
    expect(created.headers.etag).toMatch(/^[0-9a-f]{32}$/)
    expect(created.data.createdTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/)
    const zipFile = zipOf({ 'index.js': NODE_CODE })
    const fn = await fc.createFunction('sdk-svc', {
      functionName: 'echo',
      runtime: 'nodejs20',
      handler: 'index.handler',
      code: { zipFile },
    })
    expect(fn.data).toMatchObject({ functionName: 'echo', memorySize: 128, timeout: 3, runtime: 'nodejs20' })

    const sync = await fc.invokeFunction('sdk-svc', 'echo', 'hello', { 'x-fc-log-type': 'Tail' })
    expect(JSON.parse(sync.data)).toEqual({ input: 'hello', service: 'sdk-svc', fn: 'echo' })
    expect(sync.headers['x-fc-request-id']).toMatch(/^1-/)
    expect(Buffer.from(sync.headers['x-fc-log-result'] ?? '', 'base64').toString()).toContain(
      'verbose got hello',
    )

    const handled = await fc.invokeFunction('sdk-svc', 'echo', 'fail')
    expect(handled.headers['x-fc-error-type']).toBe('HandledInvocationError')
    expect(JSON.parse(handled.data)).toEqual({ errorMessage: 'This is a handled error' })

    const async = await fc.invokeFunction('sdk-svc', 'echo', 'later', { 'x-fc-invocation-type': 'Async' })
    expect(async.data).toBe('')

    const code = await fc.getFunctionCode('sdk-svc', 'echo')
    expect(code.data.checksum).toBe(fn.data.codeChecksum)
    const zip = new Uint8Array(await (await fetch(code.data.url)).arrayBuffer())
    expect(new TextDecoder().decode(unzipSync(zip)['index.js'])).toBe(NODE_CODE)
  })

  it('lists with paging: limit, nextToken, prefix', async () => {
    const fc = sdk()
    for (const name of ['page-a', 'page-b', 'page-c']) await fc.createService(name)
    const first = await fc.listServices({ prefix: 'page-', limit: '2' })
    expect(first.data.services.map((s: { serviceName: string }) => s.serviceName)).toEqual([
      'page-a',
      'page-b',
    ])
    const second = await fc.listServices({ prefix: 'page-', limit: '2', nextToken: first.data.nextToken })
    expect(second.data.services.map((s: { serviceName: string }) => s.serviceName)).toEqual(['page-c'])
    expect(second.data.nextToken).toBeUndefined()
    const functions = await fc.listFunctions('sdk-svc', { limit: '1' })
    expect(functions.data.functions).toHaveLength(1)
    const tooMany = await failure(fc.listServices({ limit: '101' }))
    expect(tooMany).toMatchObject({ code: 'InvalidArgument', name: 'FCInvalidArgumentError' })
  })

  it('conflicting deletes: ServiceNotEmpty, FunctionNotEmpty; not found', async () => {
    const fc = sdk()
    await fc.createService('busy')
    await fc.createFunction('busy', {
      functionName: 'f',
      runtime: 'nodejs20',
      handler: 'index.handler',
      code: { zipFile: zipOf({ 'index.js': NODE_CODE }) },
    })
    await fc.createTrigger('busy', 'f', {
      triggerName: 't',
      triggerType: 'timer',
      triggerConfig: { cronExpression: '@every 5m', enable: false },
    })
    const service = await failure(fc.deleteService('busy'))
    expect(service).toMatchObject({ code: 'ServiceNotEmpty', name: 'FCServiceNotEmptyError' })
    expect(service?.message).toMatch(
      /^DELETE \/services\/busy failed with 409\. requestid: 1-\S+, message: service 'busy' has active functions\.$/,
    )
    expect(await failure(fc.deleteFunction('busy', 'f'))).toMatchObject({ code: 'FunctionNotEmpty' })
    await fc.deleteTrigger('busy', 'f', 't')
    await fc.deleteFunction('busy', 'f')
    await fc.deleteService('busy')
    expect(await failure(fc.getService('busy'))).toMatchObject({
      code: 'ServiceNotFound',
      name: 'FCServiceNotFoundError',
    })
    expect(await failure(fc.getFunction('sdk-svc', 'nope'))).toMatchObject({ code: 'FunctionNotFound' })
  })

  it('If-Match: a stale ETag is PreconditionFailed (412), the current one passes', async () => {
    const fc = sdk()
    const created = await fc.createService('etag-svc')
    const updated = await fc.updateService(
      'etag-svc',
      { description: 'v2' },
      { 'If-Match': created.headers.etag },
    )
    expect(updated.data.description).toBe('v2')
    const stale = await failure(
      fc.updateService('etag-svc', { description: 'v3' }, { 'If-Match': created.headers.etag }),
    )
    expect(stale).toMatchObject({ code: 'PreconditionFailed', name: 'FCPreconditionFailedError' })
    expect(stale?.message).toContain('failed with 412')
    expect(await failure(fc.deleteService('etag-svc', { 'If-Match': created.headers.etag }))).toMatchObject({
      code: 'PreconditionFailed',
    })
    await fc.deleteService('etag-svc', { 'If-Match': updated.headers.etag })
  })

  it('HTTP triggers: the SDK signs the query for authType function; anonymous needs no signature', async () => {
    const fc = sdk()
    await fc.createService('web')
    const code = { zipFile: zipOf({ 'index.js': NODE_CODE }) }
    await fc.createFunction('web', {
      functionName: 'signed',
      runtime: 'nodejs20',
      handler: 'index.http',
      code,
    })
    await fc.createFunction('web', { functionName: 'open', runtime: 'nodejs20', handler: 'index.http', code })
    const trigger = await fc.createTrigger('web', 'signed', {
      triggerName: 'h',
      triggerType: 'http',
      triggerConfig: { authType: 'function', methods: ['GET', 'POST'] },
    })
    expect(trigger.data.urlInternet).toBe(`${cloud.url}/2016-08-15/proxy/web/signed/`)
    await fc.createTrigger('web', 'open', {
      triggerName: 'h',
      triggerType: 'http',
      triggerConfig: { authType: 'anonymous', methods: ['GET'] },
    })

    const signed = await fc.request('GET', '/proxy/web/signed/a/b', { q: 'x y' }, null)
    expect(signed.data).toEqual({ path: '/a/b', queries: { q: 'x y' }, method: 'GET', body: '' })
    const unsigned = await fetch(`${cloud.url}/2016-08-15/proxy/web/signed/a`)
    expect(unsigned.status).toBe(400)
    const anonymous = await fetch(`${cloud.url}/2016-08-15/proxy/web/open/x?k=v`)
    expect(await anonymous.json()).toEqual({ path: '/x', queries: { k: 'v' }, method: 'GET', body: '' })
    expect(await failure(fc.invokeFunction('web', 'open', ''))).toMatchObject({ code: 'InvalidArgument' })
  })

  it('a Python 3 function runs in the local cloud', async () => {
    const fc = sdk()
    await fc.createService('py')
    await fc.createFunction('py', {
      functionName: 'hello',
      runtime: 'python3.10',
      handler: 'index.handler',
      code: {
        zipFile: zipOf({
          'index.py':
            "def handler(event, context):\n    return 'hello ' + event.decode() + ' from ' + context.service.name\n",
        }),
      },
    })
    const out = await fc.invokeFunction('py', 'hello', 'world')
    expect(out.data).toBe('hello world from py')
  })
})
