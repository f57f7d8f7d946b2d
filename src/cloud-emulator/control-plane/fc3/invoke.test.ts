import { strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { deferred, outcome } from '../../testing/fake-runtime'
import { setup, zipOf } from '../../testing/harness'
import { LOG_TAIL_BYTES } from './invoke'

const INVOKE = '/2023-03-30/functions/hello/invocations'

describe('InvokeFunction POST /2023-03-30/functions/{name}/invocations (Sync)', () => {
  it('answers 200 with the bytes the function returned and FC headers', async () => {
    const { call, createFunction, fake } = setup({
      responder: (request) =>
        outcome(request, { body: new TextEncoder().encode('{"ok":true}'), initDurationMs: 80.6 }),
    })
    const fn = await createFunction()
    const response = await call('POST', INVOKE, { body: '{"key":"value"}' })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('{"ok":true}')
    const headers = Object.fromEntries(response.headers)
    expect(headers).toMatchObject({
      'content-type': 'application/octet-stream',
      'x-fc-code-checksum': fn.codeChecksum,
      'x-fc-invocation-duration': '12',
      'x-fc-max-memory-usage': '48.12',
      'x-fc-init-duration': '81',
    })
    expect(headers['x-fc-instance-id']).toBe(`instance-${fake.calls.invoke[0]?.instanceKey}`)
    expect(headers['x-fc-request-id']).toBe(fake.calls.invoke[0]?.requestId)
    expect(headers).not.toHaveProperty('x-fc-error-type')
    expect(headers).not.toHaveProperty('x-fc-log-result')
  })

  it('hands the runtime the raw event bytes, the configuration, the unzipped code and fake STS credentials', async () => {
    const { call, createFunction, fake } = setup()
    await createFunction({ memorySize: 256, timeout: 7, environmentVariables: { STAGE: 'test' } })
    const event = new Uint8Array([0, 255, 1, 254])
    const response = await call('POST', INVOKE, { body: event })
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(event)
    const request = fake.calls.invoke[0]!
    expect(request).toMatchObject({
      functionName: 'hello',
      handler: 'index.handler',
      runtime: 'nodejs20',
      memoryMb: 256,
      timeoutSec: 7,
      environmentVariables: { STAGE: 'test' },
      accountId: '1234567890123456',
      region: 'cn-hangzhou',
    })
    expect(request.event).toEqual(event)
    expect(request.requestId).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/)
    const credentials = request.credentials()
    expect(credentials.accessKeyId).toMatch(/^STS\./)
    expect(credentials.securityToken).toMatch(/^CAIS/)
    const files = await request.loadFiles()
    expect(Object.keys(files)).toEqual(['index.js'])
    expect(strFromU8(files['index.js']!)).toContain('exports.handler')
  })

  it('keeps the instance key across calls and changes it when code or configuration change', async () => {
    const { call, json, createFunction, fake } = setup()
    await createFunction()
    await call('POST', INVOKE)
    await call('POST', INVOKE)
    await json('PUT', '/2023-03-30/functions/hello', { body: { timeout: 9 } })
    await call('POST', INVOKE)
    await json('PUT', '/2023-03-30/functions/hello', {
      body: { code: { zipFile: zipOf({ 'index.js': '//2' }).base64 } },
    })
    await call('POST', INVOKE)
    const keys = fake.calls.invoke.map((r) => r.instanceKey)
    expect(keys[0]).toBe(keys[1])
    expect(new Set(keys).size).toBe(3)
    expect(keys.every((key) => key.startsWith('hello#'))).toBe(true)
  })

  it.each([
    ['handled', 'HandledInvocationError'],
    ['unhandled', 'UnhandledInvocationError'],
  ] as const)(
    'reports a %s error with HTTP 200, x-fc-error-type and the error JSON',
    async (status, errorType) => {
      const errorJson = '{"errorMessage":"oops","errorType":"Error","stackTrace":["Error: oops"]}'
      const { call, createFunction } = setup({
        responder: (request) =>
          outcome(request, { status, errorType, body: new TextEncoder().encode(errorJson) }),
      })
      await createFunction()
      const response = await call('POST', INVOKE)
      expect(response.status).toBe(200)
      expect(response.headers.get('x-fc-error-type')).toBe(errorType)
      expect(await response.text()).toBe(errorJson)
    },
  )

  it('returns the log tail in x-fc-log-result (base64) when x-fc-log-type is Tail', async () => {
    const logs = ['2026-01-01T00:00:00.000Z 1-x [INFO] one', '2026-01-01T00:00:00.001Z 1-x [WARN] two']
    const { call, createFunction } = setup({ responder: (request) => outcome(request, { logs }) })
    await createFunction()
    const response = await call('POST', INVOKE, { headers: { 'x-fc-log-type': 'Tail' } })
    expect(atob(response.headers.get('x-fc-log-result')!)).toBe(`${logs.join('\n')}\n`)
  })

  it('keeps only the last 4 KB of a long log (FC rule)', async () => {
    const logs = Array.from({ length: 200 }, (_, i) => `line ${String(i).padStart(3, '0')} ${'x'.repeat(40)}`)
    const { call, createFunction } = setup({ responder: (request) => outcome(request, { logs }) })
    await createFunction()
    const response = await call('POST', INVOKE, { headers: { 'x-fc-log-type': 'Tail' } })
    const tail = atob(response.headers.get('x-fc-log-result')!)
    const full = `${logs.join('\n')}\n`
    expect(tail.length).toBe(LOG_TAIL_BYTES)
    expect(full.endsWith(tail)).toBe(true)
    expect(tail.endsWith('line 199 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n')).toBe(true)
  })

  it.each([
    ['x-fc-invocation-type', 'Later', 'x-fc-invocation-type must be Sync or Async'],
    ['x-fc-log-type', 'Everything', 'x-fc-log-type must be None or Tail'],
  ])('rejects %s: %s with InvalidArgument', async (header, value, message) => {
    const { json, createFunction } = setup()
    await createFunction()
    const { status, body } = await json('POST', INVOKE, { headers: { [header]: value } })
    expect(status).toBe(400)
    expect(body.Message).toContain(message)
  })

  it('answers an unknown function with FunctionNotFound 404 without running anything', async () => {
    const { json, fake } = setup()
    const { status, body } = await json('POST', '/2023-03-30/functions/nope/invocations')
    expect(status).toBe(404)
    expect(body).toMatchObject({ Code: 'FunctionNotFound', Message: "function 'nope' does not exist" })
    expect(fake.calls.invoke).toEqual([])
  })

  it('turns a runtime failure into InternalServerError 500 without a stack trace, and logs it', async () => {
    const { json, createFunction, logs } = setup({
      responder: () => {
        throw new Error('worker pool exploded at /secret/path.js:1:1')
      },
    })
    await createFunction()
    const { status, body, response } = await json('POST', INVOKE)
    expect(status).toBe(500)
    expect(body).toEqual({
      Code: 'InternalServerError',
      Message: 'an internal error has occurred. Please retry.',
      RequestId: response.headers.get('x-fc-request-id'),
    })
    expect(logs).toEqual([expect.objectContaining({ level: 'error', requestId: body.RequestId })])
  })
})

describe('InvokeFunction (Async)', () => {
  it('answers 202 at once while the function keeps running, and swallows its failure into the log', async () => {
    const finished = deferred<void>()
    const gate = deferred<void>()
    const { call, createFunction, emulator, logs, fake } = setup({
      responder: async (request) => {
        await gate.promise
        finished.resolve()
        return outcome(request, {
          status: 'unhandled',
          errorType: 'UnhandledInvocationError',
          body: new TextEncoder().encode('{"errorMessage":"late"}'),
        })
      },
    })
    await createFunction()
    const response = await call('POST', INVOKE, { headers: { 'x-fc-invocation-type': 'Async' }, body: 'e' })
    expect(response.status).toBe(202)
    expect(await response.text()).toBe('')
    expect(response.headers.get('x-fc-request-id')).toBe(fake.calls.invoke[0]?.requestId)
    expect(logs).toEqual([])

    gate.resolve()
    await finished.promise
    await emulator.close() // waits for background work
    expect(logs).toEqual([
      expect.objectContaining({ level: 'warn', message: expect.stringContaining('late') }),
    ])
  })

  it('logs an async run whose runtime call rejects, without failing anything', async () => {
    const { call, createFunction, emulator, logs } = setup({
      responder: () => Promise.reject(new Error('boom')),
    })
    await createFunction()
    expect((await call('POST', INVOKE, { headers: { 'x-fc-invocation-type': 'Async' } })).status).toBe(202)
    await emulator.close()
    expect(logs).toEqual([expect.objectContaining({ level: 'error', error: expect.any(Error) })])
  })

  it('rejects an async payload above 128 KB with EntityTooLarge', async () => {
    const { json, createFunction } = setup()
    await createFunction()
    const { status, body } = await json('POST', INVOKE, {
      headers: { 'x-fc-invocation-type': 'Async' },
      body: new Uint8Array(128 * 1024 + 1),
    })
    expect(status).toBe(400)
    expect(body).toMatchObject({
      Code: 'EntityTooLarge',
      Message: 'payload size exceeds maximum allowed size (131072 bytes)',
    })
  })
})
