import { describe, expect, it } from 'vitest'
import {
  FUNCTION_NAME_MESSAGE,
  FunctionSchema,
  MEMORY_MESSAGE,
  TIMEOUT_MESSAGE,
} from '../../../cloud-api/fc3'
import { memoryPersistence } from '../../store/persistence'
import { createInput, setup, zipOf } from '../../testing/harness'
import { crc64 } from './crc64'

const FUNCTIONS = '/2023-03-30/functions'

describe('CreateFunction POST /2023-03-30/functions', () => {
  it('creates a function with FC defaults and returns the Function model', async () => {
    const { json } = setup()
    const zip = zipOf()
    const { status, body, response } = await json('POST', FUNCTIONS, {
      body: createInput({ code: { zipFile: zip.base64 } }),
    })
    expect(status).toBe(200)
    expect(FunctionSchema.parse(body)).toEqual(body)
    expect(body).toMatchObject({
      functionName: 'hello',
      functionArn: 'acs:fc:cn-hangzhou:1234567890123456:functions/hello',
      runtime: 'nodejs20',
      handler: 'index.handler',
      memorySize: 512,
      timeout: 3,
      cpu: 0.35,
      diskSize: 512,
      instanceConcurrency: 1,
      description: '',
      environmentVariables: {},
      codeSize: zip.bytes.length,
      codeChecksum: crc64(zip.bytes),
      createdTime: '2026-01-02T03:04:05Z',
      lastModifiedTime: '2026-01-02T03:04:05Z',
      state: 'Active',
      lastUpdateStatus: 'Successful',
      internetAccess: true,
    })
    expect(body.functionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    expect(response.headers.get('x-fc-request-id')).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/)
  })

  it('keeps the given configuration', async () => {
    const { json } = setup()
    const { body } = await json('POST', FUNCTIONS, {
      body: createInput({
        memorySize: 1024,
        timeout: 60,
        description: 'd',
        environmentVariables: { A: '1' },
      }),
    })
    expect(body).toMatchObject({
      memorySize: 1024,
      timeout: 60,
      description: 'd',
      environmentVariables: { A: '1' },
    })
  })

  it('commits the function and its code through the persistence port', async () => {
    const persistence = memoryPersistence()
    const { createFunction } = setup({ persistence })
    const fn = await createFunction()
    const saved = persistence.saved() as {
      fc3: { functions: Record<string, unknown>; code: Record<string, string> }
    }
    expect(saved.fc3.functions.hello).toEqual(fn)
    expect(saved.fc3.code[fn.codeChecksum as string]).toBe(zipOf().base64)
  })

  it('accepts a package whose handler file does not exist (the invocation fails later, like FC)', async () => {
    const { json } = setup()
    const { status } = await json('POST', FUNCTIONS, {
      body: createInput({ code: { zipFile: zipOf({ 'other.js': '' }).base64 } }),
    })
    expect(status).toBe(200)
  })

  it('answers a duplicate name with FunctionAlreadyExists 409', async () => {
    const { json, createFunction } = setup()
    await createFunction()
    const { status, body, response } = await json('POST', FUNCTIONS, { body: createInput() })
    expect(status).toBe(409)
    expect(body).toEqual({
      Code: 'FunctionAlreadyExists',
      Message: "function 'hello' already exists",
      RequestId: response.headers.get('x-fc-request-id'),
    })
  })

  it.each([
    ['a bad name', { functionName: '1abc' }, `functionName: ${FUNCTION_NAME_MESSAGE}`],
    ['a too long name', { functionName: 'a'.repeat(65) }, `functionName: ${FUNCTION_NAME_MESSAGE}`],
    ['memory off the 64 MB grid', { memorySize: 100 }, `memorySize: ${MEMORY_MESSAGE}`],
    ['memory above the maximum', { memorySize: 32832 }, `memorySize: ${MEMORY_MESSAGE}`],
    ['a zero timeout', { timeout: 0 }, `timeout: ${TIMEOUT_MESSAGE}`],
    ['a timeout above a day', { timeout: 86401 }, `timeout: ${TIMEOUT_MESSAGE}`],
    ['a string timeout', { timeout: '3' }, 'timeout must be a number.'],
    ['a missing handler', { handler: undefined }, 'handler is required.'],
    ['a missing runtime', { runtime: undefined }, 'runtime is required.'],
    ['a missing name', { functionName: undefined }, 'functionName is required.'],
    [
      'an unknown runtime',
      { runtime: 'python3.10' },
      'runtime: Runtime must be one of: nodejs20, nodejs18, custom.debian10, custom.debian11, custom.debian12, custom.',
    ],
    [
      'a handler without export',
      { handler: 'index' },
      'handler: The handler must look like <file>.<export>, e.g. index.handler.',
    ],
    [
      'a non-string env value',
      { environmentVariables: { A: 1 } },
      'environmentVariables.A must be a string.',
    ],
  ])('rejects %s with InvalidArgument naming the field and the rule', async (_, overrides, message) => {
    const { json } = setup()
    const { status, body } = await json('POST', FUNCTIONS, { body: createInput(overrides) })
    expect(status).toBe(400)
    expect(body).toMatchObject({ Code: 'InvalidArgument', Message: message })
  })

  it.each([
    ['no code', { code: undefined }, /code\.zipFile is required/],
    [
      'an OSS location',
      { code: { ossBucketName: 'b', ossObjectName: 'o.zip' } },
      /only accepts code\.zipFile/,
    ],
    ['code that is not base64', { code: { zipFile: 'not base64!' } }, /code\.zipFile must be base64-encoded/],
    ['base64 that is not a zip', { code: { zipFile: btoa('hello world') } }, /not a valid zip file/],
    [
      'a wrong checksum',
      { code: { zipFile: zipOf().base64, checksum: '1' } },
      /code\.checksum: the CRC-64 of the code package is \d+, not 1/,
    ],
  ])('rejects %s with InvalidArgument', async (_, overrides, message) => {
    const { json } = setup()
    const { status, body } = await json('POST', FUNCTIONS, { body: createInput(overrides) })
    expect(status).toBe(400)
    expect(body.Code).toBe('InvalidArgument')
    expect(body.Message).toMatch(message)
  })

  it.each([
    ['malformed JSON', '{"functionName":', 'The request body is not valid JSON.'],
    ['an empty body', '', 'The request body is empty; a JSON object is required.'],
    ['a JSON array', '[]', 'The request body must be an object.'],
  ])('rejects %s with InvalidArgument', async (_, raw, message) => {
    const { json } = setup()
    const { status, body } = await json('POST', FUNCTIONS, { body: raw })
    expect(status).toBe(400)
    expect(body).toMatchObject({ Code: 'InvalidArgument', Message: message })
  })
})

describe('GetFunction GET /2023-03-30/functions/{name}', () => {
  it('returns what CreateFunction returned', async () => {
    const { json, createFunction } = setup()
    const created = await createFunction()
    const { status, body } = await json('GET', `${FUNCTIONS}/hello`)
    expect(status).toBe(200)
    expect(body).toEqual(created)
  })

  it('answers an unknown function with FunctionNotFound 404 and the request id in body and header', async () => {
    const { json } = setup()
    const { status, body, response } = await json('GET', `${FUNCTIONS}/nope`)
    expect(status).toBe(404)
    expect(body).toEqual({
      Code: 'FunctionNotFound',
      Message: "function 'nope' does not exist",
      RequestId: response.headers.get('x-fc-request-id'),
    })
  })

  it('accepts qualifier LATEST and reports other qualifiers as missing versions / aliases', async () => {
    const { json, createFunction } = setup()
    await createFunction()
    expect((await json('GET', `${FUNCTIONS}/hello?qualifier=LATEST`)).status).toBe(200)
    expect((await json('GET', `${FUNCTIONS}/hello?qualifier=1`)).body).toMatchObject({
      Code: 'VersionNotFound',
    })
    expect((await json('GET', `${FUNCTIONS}/hello?qualifier=prod`)).body).toMatchObject({
      Code: 'AliasNotFound',
    })
  })
})

describe('UpdateFunction PUT /2023-03-30/functions/{name}', () => {
  it('changes only the given fields, bumps lastModifiedTime and evicts warm instances', async () => {
    const { json, createFunction, clock, fake } = setup()
    const created = await createFunction({ description: 'before', environmentVariables: { A: '1' } })
    clock.advance(61_000)
    const { status, body } = await json('PUT', `${FUNCTIONS}/hello`, { body: { timeout: 10 } })
    expect(status).toBe(200)
    expect(body).toEqual({ ...created, timeout: 10, lastModifiedTime: '2026-01-02T03:05:06Z' })
    expect(fake.calls.evict).toEqual(['hello'])
    expect((await json('GET', `${FUNCTIONS}/hello`)).body).toEqual(body)
  })

  it('stores new code under its new checksum and drops the old package', async () => {
    const { json, createFunction } = setup()
    const created = await createFunction()
    const zip = zipOf({ 'index.js': 'exports.handler = async () => "v2"' })
    const { body } = await json('PUT', `${FUNCTIONS}/hello`, { body: { code: { zipFile: zip.base64 } } })
    expect(body).toMatchObject({ codeChecksum: crc64(zip.bytes), codeSize: zip.bytes.length })
    expect(body.codeChecksum).not.toBe(created.codeChecksum)
    const state = (await json<{ fc3: { code: Record<string, string> } }>('GET', '/__emulator/state')).body
    expect(Object.keys(state.fc3.code)).toEqual([body.codeChecksum])
  })

  it('validates like CreateFunction and leaves the function unchanged on error', async () => {
    const { json, createFunction } = setup()
    const created = await createFunction()
    const { status, body } = await json('PUT', `${FUNCTIONS}/hello`, { body: { memorySize: 130 } })
    expect(status).toBe(400)
    expect(body).toMatchObject({ Code: 'InvalidArgument', Message: `memorySize: ${MEMORY_MESSAGE}` })
    expect((await json('GET', `${FUNCTIONS}/hello`)).body).toEqual(created)
  })

  it('answers an unknown function with FunctionNotFound', async () => {
    const { json } = setup()
    const { status, body } = await json('PUT', `${FUNCTIONS}/nope`, { body: { timeout: 5 } })
    expect(status).toBe(404)
    expect(body.Code).toBe('FunctionNotFound')
  })
})

describe('DeleteFunction DELETE /2023-03-30/functions/{name}', () => {
  it('answers 204 without a body, forgets the function and its code, evicts its instances', async () => {
    const { call, json, createFunction, fake } = setup()
    await createFunction()
    const response = await call('DELETE', `${FUNCTIONS}/hello`)
    expect(response.status).toBe(204)
    expect(await response.text()).toBe('')
    expect(response.headers.get('x-fc-request-id')).toBeTruthy()
    expect(fake.calls.evict).toEqual(['hello'])
    expect((await json('GET', `${FUNCTIONS}/hello`)).status).toBe(404)
    const state = (await json<{ fc3: { code: Record<string, string> } }>('GET', '/__emulator/state')).body
    expect(state.fc3.code).toEqual({})
  })

  it('keeps a code package another function still uses', async () => {
    const { json, createFunction, call } = setup()
    await createFunction({ functionName: 'a' })
    const b = await createFunction({ functionName: 'b' })
    await call('DELETE', `${FUNCTIONS}/a`)
    const state = (await json<{ fc3: { code: Record<string, string> } }>('GET', '/__emulator/state')).body
    expect(Object.keys(state.fc3.code)).toEqual([b.codeChecksum])
  })

  it('answers an unknown function with FunctionNotFound', async () => {
    const { json } = setup()
    expect((await json('DELETE', `${FUNCTIONS}/nope`)).body).toMatchObject({ Code: 'FunctionNotFound' })
  })
})
