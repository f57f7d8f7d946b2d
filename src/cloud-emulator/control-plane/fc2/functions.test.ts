import { describe, expect, it } from 'vitest'
import {
  FUNCTION_NAME_MESSAGE,
  FunctionResponseSchema,
  MEMORY_MESSAGE,
  RUNTIME_MESSAGE,
  TIMEOUT_MESSAGE,
} from '../../../cloud-api/fc2'
import { fc2Setup, functionInput, functionsOf, triggersOf } from '../../testing/fc2'
import { zipOf } from '../../testing/harness'
import { crc64 } from '../fc3/crc64'

const FNS = functionsOf('svc')

describe('CreateFunction POST /2016-08-15/services/{s}/functions', () => {
  it('creates the function with the seed defaults (memory 128 MB, timeout 3 s), crc64 and size', async () => {
    const { json, createService } = fc2Setup()
    await createService()
    const zip = zipOf()
    const { status, body, response } = await json('POST', FNS, {
      body: functionInput({ code: { zipFile: zip.base64 } }),
    })
    expect(status).toBe(200)
    expect(FunctionResponseSchema.strict().parse(body)).toEqual(body)
    expect(body).toMatchObject({
      functionName: 'hello',
      description: '',
      runtime: 'nodejs20',
      handler: 'index.handler',
      memorySize: 128,
      timeout: 3,
      codeSize: zip.bytes.length,
      codeChecksum: crc64(zip.bytes),
      environmentVariables: {},
      createdTime: '2026-01-02T03:04:05.678+0000',
    })
    expect(response.headers.get('etag')).toMatch(/^[0-9a-f]{32}$/)
  })

  it('accepts the edges of the limits and every runtime of the seed', async () => {
    const { json, createService } = fc2Setup()
    await createService()
    const edges = [
      { functionName: 'a', memorySize: 128, timeout: 1, runtime: 'nodejs6' },
      { functionName: 'b', memorySize: 3072, timeout: 300, runtime: 'python3' },
      { functionName: `c${'d'.repeat(63)}`, memorySize: 192, runtime: 'java8' },
      { functionName: 'e', runtime: 'python2.7' },
      { functionName: 'f', runtime: 'python3.10', handler: 'hello_world.main' },
    ]
    for (const edge of edges)
      expect((await json('POST', FNS, { body: functionInput(edge) })).status).toBe(200)
  })

  it.each([
    [{ memorySize: 64 }, `memorySize: ${MEMORY_MESSAGE}`],
    [{ memorySize: 3136 }, `memorySize: ${MEMORY_MESSAGE}`],
    [{ memorySize: 130 }, `memorySize: ${MEMORY_MESSAGE}`],
    [{ timeout: 0 }, `timeout: ${TIMEOUT_MESSAGE}`],
    [{ timeout: 301 }, `timeout: ${TIMEOUT_MESSAGE}`],
    [{ timeout: 2.5 }, `timeout: ${TIMEOUT_MESSAGE}`],
    [{ runtime: 'nodejs4.4' }, `runtime: ${RUNTIME_MESSAGE}`],
    [{ functionName: '-x' }, `functionName: ${FUNCTION_NAME_MESSAGE}`],
    [{ functionName: 'a'.repeat(65) }, `functionName: ${FUNCTION_NAME_MESSAGE}`],
    [{ handler: 'index' }, 'handler: The handler must look like <file>.<function>, e.g. index.handler.'],
    [{ code: undefined }, 'code is required.'],
    [{ code: {} }, 'code.zipFile is required: the emulator only accepts code as a base64-encoded zip.'],
    [{ code: { zipFile: 'bm90IGEgemlw' } }, 'code.zipFile is not a valid zip file.'],
    [
      { code: { ossBucketName: 'b', ossObjectName: 'o' } },
      'code: the emulator only accepts code.zipFile (a base64-encoded zip); ossBucketName/ossObjectName are not supported.',
    ],
  ])('InvalidArgument for %j', async (overrides, message) => {
    const { json, createService } = fc2Setup()
    await createService()
    const { status, body } = await json('POST', FNS, { body: functionInput(overrides) })
    expect(status).toBe(400)
    expect(body).toEqual({ ErrorCode: 'InvalidArgument', ErrorMessage: message })
  })

  it('ServiceNotFound (404) and FunctionAlreadyExists (409) with the documented templates', async () => {
    const { json, createService, createFunction } = fc2Setup()
    expect((await json('POST', FNS, { body: functionInput() })).body).toEqual({
      ErrorCode: 'ServiceNotFound',
      ErrorMessage: "service 'svc' does not exist",
    })
    await createService()
    await createFunction()
    const dup = await json('POST', FNS, { body: functionInput() })
    expect(dup.status).toBe(409)
    expect(dup.body).toEqual({
      ErrorCode: 'FunctionAlreadyExists',
      ErrorMessage: "function 'hello' already exists in service 'svc'",
    })
  })

  it('the same function name may exist in two services', async () => {
    const { createService, createFunction } = fc2Setup()
    await createService('a')
    await createService('b')
    await createFunction('a')
    await createFunction('b')
  })
})

describe('GetFunction, ListFunctions', () => {
  it('GetFunction with its ETag; FunctionNotFound names the service', async () => {
    const { json, createService, createFunction } = fc2Setup()
    await createService()
    const created = await createFunction()
    const got = await json('GET', `${FNS}/hello`)
    expect(got.body).toEqual(created.body)
    expect(got.response.headers.get('etag')).toBe(created.response.headers.get('etag'))
    expect((await json('GET', `${functionsOf('svc.LATEST')}/hello`)).status).toBe(200)
    expect((await json('GET', `${FNS}/nope`)).body).toEqual({
      ErrorCode: 'FunctionNotFound',
      ErrorMessage: "function 'nope' does not exist in service 'svc'",
    })
    expect((await json('GET', `${functionsOf('other')}/hello`)).body.ErrorCode).toBe('ServiceNotFound')
  })

  it('ListFunctions pages with limit / nextToken / prefix / startKey', async () => {
    const { json, createService, createFunction } = fc2Setup()
    await createService()
    for (const name of ['b', 'a', 'c', 'ab']) await createFunction('svc', { functionName: name })
    const page = await json<{ functions: { functionName: string }[]; nextToken?: string }>(
      'GET',
      `${FNS}?limit=2`,
    )
    expect(page.body.functions.map((f) => f.functionName)).toEqual(['a', 'ab'])
    expect(page.body.nextToken).toBe('b')
    const next = await json<{ functions: { functionName: string }[]; nextToken?: string }>(
      'GET',
      `${FNS}?limit=2&nextToken=b`,
    )
    expect(next.body.functions.map((f) => f.functionName)).toEqual(['b', 'c'])
    expect(next.body.nextToken).toBeUndefined()
    const prefixed = await json<{ functions: { functionName: string }[] }>(
      'GET',
      `${FNS}?prefix=a&startKey=ab`,
    )
    expect(prefixed.body.functions.map((f) => f.functionName)).toEqual(['ab'])
    expect((await json('GET', `${FNS}?limit=101`)).status).toBe(400)
    expect((await json('GET', `${functionsOf('none')}`)).status).toBe(404)
  })
})

describe('UpdateFunction', () => {
  it('changes only what is given; new code gets a new checksum; warm instances are evicted', async () => {
    const { json, createService, createFunction, fake } = fc2Setup()
    await createService()
    const created = await createFunction('svc', { environmentVariables: { A: '1' } })
    const zip = zipOf({ 'index.js': 'exports.handler = (e, c, cb) => cb(null, 2)\n' })
    const { status, body, response } = await json('PUT', `${FNS}/hello`, {
      body: { memorySize: 256, timeout: 10, code: { zipFile: zip.base64 } },
    })
    expect(status).toBe(200)
    expect(body).toMatchObject({
      memorySize: 256,
      timeout: 10,
      runtime: 'nodejs20',
      environmentVariables: { A: '1' },
      codeChecksum: crc64(zip.bytes),
      codeSize: zip.bytes.length,
      functionId: created.body.functionId,
    })
    expect(response.headers.get('etag')).not.toBe(created.response.headers.get('etag'))
    expect(fake.calls.evict).toEqual(['fc2:svc/hello'])
  })

  it('validates like CreateFunction and honours If-Match', async () => {
    const { json, createService, createFunction } = fc2Setup()
    await createService()
    const created = await createFunction()
    expect((await json('PUT', `${FNS}/hello`, { body: { timeout: 301 } })).body).toEqual({
      ErrorCode: 'InvalidArgument',
      ErrorMessage: `timeout: ${TIMEOUT_MESSAGE}`,
    })
    const stale = await json('PUT', `${FNS}/hello`, { body: {}, headers: { 'if-match': 'old' } })
    expect(stale.status).toBe(412)
    const etag = created.response.headers.get('etag') as string
    expect((await json('PUT', `${FNS}/hello`, { body: {}, headers: { 'if-match': etag } })).status).toBe(200)
    expect((await json('PUT', `${FNS}/nope`, { body: {} })).status).toBe(404)
  })
})

describe('DeleteFunction', () => {
  it('204, evicts, drops unused code; FunctionNotEmpty (409) while it has a trigger', async () => {
    const { call, json, createService, createFunction, createTrigger, fake, emulator } = fc2Setup()
    await createService()
    await createFunction()
    await createTrigger()
    const blocked = await json('DELETE', `${FNS}/hello`)
    expect(blocked.status).toBe(409)
    expect(blocked.body).toEqual({
      ErrorCode: 'FunctionNotEmpty',
      ErrorMessage: "function 'hello' has active triggers",
    })
    expect((await call('DELETE', `${triggersOf('svc', 'hello')}/http`)).status).toBe(204)
    const deleted = await call('DELETE', `${FNS}/hello`)
    expect(deleted.status).toBe(204)
    expect(fake.calls.evict).toContain('fc2:svc/hello')
    const state = await (await emulator.handle(new Request('http://x/__emulator/state'))).json()
    expect(state.fc2.code).toEqual({})
  })

  it('If-Match mismatch is PreconditionFailed; FunctionNotFound', async () => {
    const { json, createService, createFunction } = fc2Setup()
    await createService()
    await createFunction()
    expect((await json('DELETE', `${FNS}/hello`, { headers: { 'if-match': 'x' } })).status).toBe(412)
    expect((await json('DELETE', `${FNS}/nope`)).status).toBe(404)
  })
})

describe('GetFunctionCode', () => {
  it('answers a working url and the crc64 checksum; the url serves the zip', async () => {
    const { json, createService, createFunction, call } = fc2Setup()
    await createService()
    const zip = zipOf()
    await createFunction('svc', { code: { zipFile: zip.base64 } })
    const { status, body } = await json('GET', `${FNS}/hello/code`)
    expect(status).toBe(200)
    expect(body).toEqual({
      url: `https://1234567890123456.cn-hangzhou.fc.aliyuncs.com/__emulator/fc2/code/svc/hello?checksum=${crc64(zip.bytes)}`,
      checksum: crc64(zip.bytes),
    })
    const download = await call(
      'GET',
      new URL(body.url as string).pathname + new URL(body.url as string).search,
    )
    expect(download.headers.get('content-type')).toBe('application/zip')
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(zip.bytes)
    const stale = await call('GET', '/__emulator/fc2/code/svc/hello?checksum=1')
    expect(stale.status).toBe(404)
    expect((await json('GET', `${FNS}/nope/code`)).status).toBe(404)
  })
})
