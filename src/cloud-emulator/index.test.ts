import { describe, expect, it } from 'vitest'
import { memoryPersistence, type PersistencePort } from './store/persistence'
import { createInput, ORIGIN, setup } from './testing/harness'

describe('createEmulator / handle routing', () => {
  it.each([
    ['GET', '/2023-03-30/unknown', "'GET' against '/2023-03-30/unknown' is not supported"],
    [
      'PATCH',
      '/2023-03-30/functions/hello',
      "'PATCH' against '/2023-03-30/functions/hello' is not supported",
    ],
    [
      'GET',
      '/2023-03-30/functions/hello/invocations',
      "'GET' against '/2023-03-30/functions/hello/invocations' is not supported",
    ],
    ['GET', '/', "'GET' against '/' is not supported"],
    ['GET', '/2099-01-01/functions', "'GET' against '/2099-01-01/functions' is not supported"],
    ['GET', '/__emulator/nope', "'GET' against '/__emulator/nope' is not supported"],
  ])('answers %s %s with PathNotSupported', async (method, path, message) => {
    const { json } = setup()
    const { status, body, response } = await json(method, path)
    expect(status).toBe(400)
    expect(body).toEqual({
      Code: 'PathNotSupported',
      Message: message,
      RequestId: response.headers.get('x-fc-request-id'),
    })
  })

  it('tolerates a trailing slash and percent-encoded names', async () => {
    const { json, createFunction } = setup()
    await createFunction({ functionName: 'my-fn_1' })
    expect((await json('GET', '/2023-03-30/functions/')).status).toBe(200)
    expect((await json('GET', '/2023-03-30/functions/my%2Dfn_1')).status).toBe(200)
  })

  it('gives every response its own FC request id: 1-<epoch seconds hex>-<24 hex>', async () => {
    const { call } = setup()
    const a = (await call('GET', '/2023-03-30/functions')).headers.get('x-fc-request-id')
    const b = (await call('GET', '/2023-03-30/functions')).headers.get('x-fc-request-id')
    const seconds = Math.floor(Date.UTC(2026, 0, 2, 3, 4, 5) / 1000).toString(16)
    expect(a).toMatch(new RegExp(`^1-${seconds}-[0-9a-f]{24}$`))
    expect(a).not.toBe(b)
  })

  it('uses the configured account and region', async () => {
    const { createFunction, json } = setup({ accountId: '99', region: 'cn-shanghai' })
    expect((await createFunction()).functionArn).toBe('acs:fc:cn-shanghai:99:functions/hello')
    expect((await json('GET', '/__emulator/health')).body).toMatchObject({
      accountId: '99',
      region: 'cn-shanghai',
    })
  })

  it('keeps state across emulators that share a persistence port (a restart)', async () => {
    const persistence = memoryPersistence()
    await setup({ persistence }).createFunction()
    const restarted = setup({ persistence })
    await restarted.emulator.ready
    expect((await restarted.json('GET', '/2023-03-30/functions/hello')).status).toBe(200)
  })

  it('answers 500 with a way out when the stored state cannot be loaded; reset recovers', async () => {
    const { json, emulator, logs } = setup({ persistence: memoryPersistence({ version: 1, fc3: 'garbage' }) })
    await expect(emulator.ready).rejects.toThrow()
    const { status, body } = await json('GET', '/2023-03-30/functions')
    expect(status).toBe(500)
    expect(body.Code).toBe('InternalServerError')
    expect(body.Message).toContain('POST /__emulator/reset')
    expect(logs[0]).toMatchObject({ level: 'error' })
    expect((await json('GET', '/__emulator/health')).status).toBe(200)
    expect((await json('POST', '/__emulator/reset')).status).toBe(200)
    expect((await json('GET', '/2023-03-30/functions')).status).toBe(200)
  })

  it('answers a failed save with InternalServerError and commits nothing', async () => {
    const inner = memoryPersistence()
    const failing: PersistencePort = { load: inner.load, save: async () => Promise.reject(new Error('EIO')) }
    const { json } = setup({ persistence: failing })
    const { status, body } = await json('POST', '/2023-03-30/functions', { body: createInput() })
    expect(status).toBe(500)
    expect(body.Code).toBe('InternalServerError')
    expect(JSON.stringify(body)).not.toContain('EIO')
    expect((await json('GET', '/2023-03-30/functions/hello')).status).toBe(404)
  })

  it('serialises concurrent writes: every create lands, a contested name is created exactly once', async () => {
    const persistence = memoryPersistence()
    const { json } = setup({ persistence })
    const distinct = Array.from({ length: 15 }, (_, i) =>
      json('POST', '/2023-03-30/functions', { body: createInput({ functionName: `f${i}` }) }),
    )
    const contested = Array.from({ length: 5 }, () =>
      json('POST', '/2023-03-30/functions', { body: createInput({ functionName: 'same' }) }),
    )
    const results = await Promise.all([...distinct, ...contested])
    expect(results.slice(0, 15).every((r) => r.status === 200)).toBe(true)
    expect(
      results
        .slice(15)
        .map((r) => r.status)
        .sort(),
    ).toEqual([200, 409, 409, 409, 409])
    const saved = persistence.saved() as { fc3: { functions: Record<string, unknown> } }
    expect(Object.keys(saved.fc3.functions)).toHaveLength(16)
  })

  it('never throws, even for a request whose body cannot be read', async () => {
    const { emulator } = setup()
    const request = new Request(`${ORIGIN}/2023-03-30/functions`, { method: 'POST', body: 'x' })
    await request.text() // body already used
    const response = await emulator.handle(request)
    expect(response.status).toBe(500)
  })

  it('refuses work after close()', async () => {
    const { emulator, json, fake } = setup()
    await emulator.close()
    expect(fake.calls.shutdown).toBe(1)
    expect((await json('GET', '/2023-03-30/functions')).status).toBe(500)
  })
})
