import { describe, expect, it } from 'vitest'
import { memoryPersistence } from './store/persistence'
import { emptyState } from './store/state'
import { setup, zipOf } from './testing/harness'

describe('/__emulator control endpoint', () => {
  it('reports health', async () => {
    const { json } = setup()
    const { status, body } = await json('GET', '/__emulator/health')
    expect(status).toBe(200)
    expect(body).toEqual({
      ok: true,
      emulator: 'apigw-fc',
      runtimeMode: 'node',
      accountId: '1234567890123456',
      region: 'cn-hangzhou',
    })
  })

  it('reports where SDKs and curl reach it when the adapter says (the local cloud), read on each call', async () => {
    let origin: string | undefined
    const { json } = setup({ endpoint: () => origin })
    expect((await json('GET', '/__emulator/health')).body).not.toHaveProperty('endpoint')
    origin = 'http://127.0.0.1:9391'
    expect((await json('GET', '/__emulator/health')).body).toMatchObject({
      endpoint: 'http://127.0.0.1:9391',
    })
  })

  it('returns the committed state', async () => {
    const { json, createFunction } = setup()
    const fn = await createFunction()
    const { body } = await json<{ version: number; fc3: { functions: Record<string, unknown> } }>(
      'GET',
      '/__emulator/state',
    )
    expect(body.version).toBe(1)
    expect(body.fc3.functions).toEqual({ hello: fn })
  })

  it('resets to an empty state, persists it and stops every instance', async () => {
    const persistence = memoryPersistence()
    const { json, createFunction, fake } = setup({ persistence })
    await createFunction()
    const { status } = await json('POST', '/__emulator/reset')
    expect(status).toBe(200)
    expect(persistence.saved()).toEqual(emptyState())
    expect(fake.calls.shutdown).toBe(1)
    expect((await json('GET', '/2023-03-30/functions/hello')).status).toBe(404)
  })

  it('emulator.reset() does the same', async () => {
    const { json, createFunction, emulator } = setup()
    await createFunction()
    await emulator.reset()
    expect((await json<{ functions: unknown[] }>('GET', '/2023-03-30/functions')).body.functions).toEqual([])
  })

  it('seeds a state that the FC API then serves', async () => {
    const source = setup()
    const fn = await source.createFunction()
    const snapshot = (await source.json('GET', '/__emulator/state')).body

    const { json, fake } = setup()
    const { status, body } = await json('POST', '/__emulator/seed', { body: snapshot })
    expect(status).toBe(200)
    expect(body).toEqual({ ok: true, functions: 1 })
    expect(fake.calls.shutdown).toBe(1)
    expect((await json('GET', '/2023-03-30/functions/hello')).body).toEqual(fn)
  })

  it('accepts a seed without service tables (they default to empty)', async () => {
    const { json } = setup()
    expect((await json('POST', '/__emulator/seed', { body: { version: 1 } })).status).toBe(200)
  })

  it.each([
    ['a wrong version', { version: 2 }, /^seed: version: /],
    [
      'a malformed function',
      { version: 1, fc3: { functions: { a: { functionName: 'a' } } } },
      /^seed: fc3\.functions\.a\./,
    ],
  ])('rejects %s with InvalidArgument and keeps the state', async (_, seed, message) => {
    const { json, createFunction } = setup()
    await createFunction()
    const { status, body } = await json('POST', '/__emulator/seed', { body: seed })
    expect(status).toBe(400)
    expect(body.Code).toBe('InvalidArgument')
    expect(body.Message).toMatch(message)
    expect((await json('GET', '/2023-03-30/functions/hello')).status).toBe(200)
  })

  it('rejects a seed whose function refers to missing code', async () => {
    const source = setup()
    const fn = await source.createFunction()
    const { json } = setup()
    const { status, body } = await json('POST', '/__emulator/seed', {
      body: { version: 1, fc3: { functions: { hello: fn }, code: {} } },
    })
    expect(status).toBe(400)
    expect(body.Message).toContain(`no code stored under checksum ${fn.codeChecksum}`)
  })

  it('serves a function zip by checksum', async () => {
    const { call, createFunction } = setup()
    const fn = await createFunction()
    const response = await call('GET', `/__emulator/code/hello?checksum=${fn.codeChecksum}`)
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(zipOf().bytes)
  })
})
