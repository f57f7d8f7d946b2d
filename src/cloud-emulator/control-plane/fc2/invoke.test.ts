import { describe, expect, it } from 'vitest'
import { deferred, outcome } from '../../testing/fake-runtime'
import { fc2Setup, functionsOf } from '../../testing/fc2'
import { zipOf } from '../../testing/harness'
import { crc64 } from '../fc3/crc64'

const INVOKE = `${functionsOf('svc')}/hello/invocations`
const text = (response: Response) => response.text()

describe('InvokeFunction POST /2016-08-15/services/{s}/functions/{f}/invocations', () => {
  it('Sync (default): 200 with the function bytes and the x-fc-* headers', async () => {
    const { call, createService, createFunction, fake } = fc2Setup()
    await createService('svc', { logConfig: { project: 'p', logstore: 'l' } })
    const zip = zipOf()
    await createFunction('svc', { code: { zipFile: zip.base64 }, memorySize: 256, timeout: 7 })
    const response = await call('POST', INVOKE, { body: '{"key1":"v"}' })
    expect(response.status).toBe(200)
    expect(await text(response)).toBe('{"key1":"v"}')
    expect(response.headers.get('content-type')).toBe('application/octet-stream')
    expect(response.headers.get('x-fc-request-id')).toMatch(/^1-/)
    expect(response.headers.get('x-fc-code-checksum')).toBe(crc64(zip.bytes))
    expect(response.headers.get('x-fc-error-type')).toBeNull()
    const request = fake.calls.invoke[0]!
    expect(request).toMatchObject({
      functionName: 'hello',
      handler: 'index.handler',
      runtime: 'nodejs20',
      memoryMb: 256,
      timeoutSec: 7,
      instanceGroup: 'fc2:svc/hello',
      service: { name: 'svc', logProject: 'p', logStore: 'l', qualifier: 'LATEST', versionId: '' },
    })
    expect(request.instanceKey).toMatch(/^fc2:svc\/hello#\d+$/)
    expect(Object.keys(await request.loadFiles())).toEqual(['index.js'])
  })

  it('a failed function: still 200, X-Fc-Error-Type and the error JSON; Tail gives the log', async () => {
    const { call, createService, createFunction, fake } = fc2Setup()
    await createService()
    await createFunction()
    const errorBody = new TextEncoder().encode('{"errorMessage":"oops","errorType":"Error","stackTrace":[]}')
    fake.respondWith((request) =>
      outcome(request, { status: 'handled', errorType: 'HandledInvocationError', body: errorBody }),
    )
    const response = await call('POST', INVOKE, { body: '', headers: { 'x-fc-log-type': 'Tail' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-fc-error-type')).toBe('HandledInvocationError')
    expect(JSON.parse(await text(response))).toMatchObject({ errorMessage: 'oops' })
    const log = atob(response.headers.get('x-fc-log-result') as string)
    expect(log).toContain('invoked hello')
  })

  it('Async: 202 at once, the run goes on in the background', async () => {
    const { call, createService, createFunction, fake, emulator } = fc2Setup()
    await createService()
    await createFunction()
    const gate = deferred<void>()
    fake.respondWith(async (request) => {
      await gate.promise
      return outcome(request)
    })
    const response = await call('POST', INVOKE, { body: 'e', headers: { 'x-fc-invocation-type': 'Async' } })
    expect(response.status).toBe(202)
    expect(await text(response)).toBe('')
    expect(fake.calls.invoke).toHaveLength(1)
    gate.resolve()
    await emulator.close()
  })

  it('InvalidArgument for bad invocation headers, EntityTooLarge for a big async event', async () => {
    const { json, createService, createFunction } = fc2Setup()
    await createService()
    await createFunction()
    expect(
      (await json('POST', INVOKE, { body: '', headers: { 'x-fc-invocation-type': 'Later' } })).body,
    ).toEqual({
      ErrorCode: 'InvalidArgument',
      ErrorMessage: "x-fc-invocation-type must be Sync or Async, not 'Later'.",
    })
    const big = await json('POST', INVOKE, {
      body: 'x'.repeat(128 * 1024 + 1),
      headers: { 'x-fc-invocation-type': 'Async' },
    })
    expect(big.status).toBe(400)
    expect(big.body.ErrorCode).toBe('EntityTooLarge')
  })

  it('ServiceNotFound, FunctionNotFound, VersionNotFound', async () => {
    const { json, createService } = fc2Setup()
    expect((await json('POST', INVOKE, { body: '' })).body.ErrorCode).toBe('ServiceNotFound')
    await createService()
    expect((await json('POST', INVOKE, { body: '' })).body.ErrorCode).toBe('FunctionNotFound')
    expect(
      (await json('POST', `${functionsOf('svc.1')}/hello/invocations`, { body: '' })).body.ErrorCode,
    ).toBe('FunctionNotFound')
  })

  it('a function behind an HTTP trigger can only be invoked through the trigger (funcraft#110)', async () => {
    const { json, createService, createFunction, createTrigger } = fc2Setup()
    await createService()
    await createFunction()
    await createTrigger('svc', 'hello', { triggerName: 'http-test' })
    const { status, body } = await json('POST', INVOKE, { body: '' })
    expect(status).toBe(400)
    expect(body).toEqual({
      ErrorCode: 'InvalidArgument',
      ErrorMessage: 'Function with http trigger(name: http-test) can only be invoked with http trigger URL',
    })
  })

  it('runtimes the emulator cannot run here answer as an unhandled function error that says why', async () => {
    const browser = fc2Setup({ runtimeMode: 'browser' })
    await browser.createService()
    await browser.createFunction('svc', { runtime: 'python3.10' })
    const python = await browser.call('POST', INVOKE, { body: '' })
    expect(python.status).toBe(200)
    expect(python.headers.get('x-fc-error-type')).toBe('UnhandledInvocationError')
    expect(JSON.parse(await text(python)).errorMessage).toMatch(/browser-only mode.*npm start/)
    expect(browser.fake.calls.invoke).toHaveLength(0)

    const node = fc2Setup()
    await node.createService()
    await node.createFunction('svc', { runtime: 'python3' })
    await node.createFunction('svc', { functionName: 'j', runtime: 'java8' })
    expect((await node.call('POST', INVOKE, { body: '' })).headers.get('x-fc-error-type')).toBeNull()
    const java = await node.call('POST', `${functionsOf('svc')}/j/invocations`, { body: '' })
    expect(JSON.parse(await text(java)).errorMessage).toContain('cannot run the java8 runtime')
  })
})
