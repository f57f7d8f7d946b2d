/**
 * Host-side behaviour of the pool that a well-behaved worker never shows: scripted fake workers stand in
 * for the bootstrap (the real thing is tested in server/local-cloud/runtime/node-runtime.test.ts).
 */
import { describe, expect, test } from 'vitest'
import { sequentialIds } from '../ids'
import { createInstancePool, type WorkerExit, type WorkerHandle } from './pool'
import type { HostMessage, WorkerMessage } from './protocol'
import type { InvokeRequest } from './types'

const utf8 = (s: string) => new TextEncoder().encode(s)
const text = (b: Uint8Array) => new TextDecoder().decode(b)

type Script = (message: HostMessage, worker: FakeWorker) => void

class FakeWorker implements WorkerHandle {
  readonly posted: HostMessage[] = []
  terminated = false
  private listener: ((m: unknown) => void) | undefined
  private exitListener: ((e: WorkerExit) => void) | undefined
  constructor(private readonly script: Script) {
    queueMicrotask(() => this.emit({ type: 'ready', memoryMb: 1 }))
  }
  emit(message: WorkerMessage | unknown) {
    this.listener?.(message)
  }
  exit(info: WorkerExit) {
    this.exitListener?.(info)
  }
  post(message: HostMessage) {
    this.posted.push(message)
    queueMicrotask(() => this.script(message, this))
  }
  onMessage(listener: (m: unknown) => void) {
    this.listener = listener
  }
  onExit(listener: (e: WorkerExit) => void) {
    this.exitListener = listener
  }
  terminate() {
    this.terminated = true
  }
}

/** A worker that loads fine and answers every invoke with `answer`. */
const answering =
  (answer: (m: Extract<HostMessage, { type: 'invoke' }>, w: FakeWorker) => void): Script =>
  (message, worker) => {
    if (message.type === 'init') worker.emit({ type: 'init-done', memoryMb: 2 })
    else answer(message, worker)
  }

function setup(script: Script, options: Parameters<typeof createInstancePool>[1] = {}) {
  const workers: FakeWorker[] = []
  const pool = createInstancePool(
    {
      createWorker: () => {
        const w = new FakeWorker(script)
        workers.push(w)
        return w
      },
    },
    { ids: sequentialIds(), ...options },
  )
  return { pool, workers }
}

const request = (overrides: Partial<InvokeRequest> = {}): InvokeRequest => ({
  requestId: 'r1',
  instanceKey: 'k',
  functionName: 'f',
  handler: 'index.handler',
  runtime: 'nodejs20',
  memoryMb: 128,
  timeoutSec: 1,
  environmentVariables: { MINE: '1' },
  loadFiles: async () => ({ 'index.js': utf8('') }),
  event: utf8('e'),
  accountId: '123',
  region: 'cn-shanghai',
  credentials: () => ({ accessKeyId: 'a', accessKeySecret: 'b', securityToken: 'c' }),
  ...overrides,
})

const ok = (m: { requestId: string }, w: FakeWorker) =>
  w.emit({
    type: 'result',
    requestId: m.requestId,
    status: 'success',
    body: utf8('ok'),
    durationMs: 1,
    memoryMb: 3,
  })

describe('instance pool (host side)', () => {
  test('init carries the code, the handler, the limits and FC built-in variables after the function ones', async () => {
    const { pool, workers } = setup(answering(ok))
    const out = await pool.invoke(request())
    expect(text(out.body)).toBe('ok')
    const init = workers[0]!.posted[0]!
    expect(init).toMatchObject({
      type: 'init',
      requestId: 'r1',
      handler: 'index.handler',
      limits: { logChars: 1024 * 1024, bodyBytes: 16 * 1024 * 1024 },
      env: {
        MINE: '1',
        FC_FUNCTION_NAME: 'f',
        FC_REGION: 'cn-shanghai',
        FC_ACCOUNT_ID: '123',
        FC_INSTANCE_ID: out.instanceId,
      },
    })
  })

  test('a call takes the most recently used idle instance, so a steady load keeps the same few warm', async () => {
    const { pool } = setup(answering(ok))
    // Two at once: two instances.
    const [a, b] = await Promise.all([
      pool.invoke(request({ requestId: 'a' })),
      pool.invoke(request({ requestId: 'b' })),
    ])
    expect(a.instanceId).not.toBe(b.instanceId)
    // One at a time from now on: always the instance that finished last (b answered after a).
    const next = await pool.invoke(request({ requestId: 'c' }))
    expect(next.initDurationMs).toBeUndefined()
    expect(next.instanceId).toBe(b.instanceId)
    const again = await pool.invoke(request({ requestId: 'd' }))
    expect(again.instanceId).toBe(next.instanceId)
  })

  test('malformed messages and other requests’ logs are ignored', async () => {
    const { pool } = setup(
      answering((m, w) => {
        w.emit({ type: 'log', requestId: 'someone-else', line: 'not mine' })
        w.emit({ type: 'result', requestId: m.requestId, status: 'bogus', body: 'x' })
        w.emit('garbage')
        w.emit({ type: 'log', requestId: m.requestId, line: 'mine' })
        ok(m, w)
      }),
    )
    const out = await pool.invoke(request())
    expect(out.logs).toEqual([
      'FunctionCompute nodejs20 runtime inited.',
      'FC Invoke Start RequestId: r1',
      'mine',
      'FC Invoke End RequestId: r1',
    ])
  })

  test('the host caps logs even if the worker ignores its budget', async () => {
    const { pool } = setup(
      answering((m, w) => {
        for (let i = 0; i < 100; i++) w.emit({ type: 'log', requestId: m.requestId, line: 'x'.repeat(100) })
        ok(m, w)
      }),
      { limits: { logChars: 1000 } },
    )
    const out = await pool.invoke(request())
    expect(out.logs.length).toBeLessThan(25)
    expect(out.logs.at(-2)).toMatch(/Truncated by FunctionCompute/)
  })

  test('the host re-checks the body limit', async () => {
    const { pool } = setup(
      answering((m, w) =>
        w.emit({
          type: 'result',
          requestId: m.requestId,
          status: 'success',
          body: new Uint8Array(11),
          durationMs: 1,
          memoryMb: 1,
        }),
      ),
      { limits: { bodyBytes: 10 } },
    )
    const out = await pool.invoke(request())
    expect(out.errorType).toBe('UnhandledInvocationError')
    expect(JSON.parse(text(out.body)).errorMessage).toMatch(
      /^Response payload size 11 bytes exceeds the limit of 10 bytes/,
    )
  })

  test('an `exit` message (browser process.exit) terminates the instance as a crash', async () => {
    const { pool, workers } = setup(answering((_m, w) => w.emit({ type: 'exit', code: 2 })))
    const out = await pool.invoke(request())
    expect(JSON.parse(text(out.body)).errorMessage).toMatch(
      /^Process exited unexpectedly before completing request/,
    )
    expect(workers[0]!.terminated).toBe(true)
    await pool.invoke(request({ requestId: 'r2' }))
    expect(workers).toHaveLength(2)
  })

  test('a worker that dies while idle is dropped from the pool', async () => {
    const { pool, workers } = setup(answering(ok))
    await pool.invoke(request())
    workers[0]!.exit({ code: 1 })
    const next = await pool.invoke(request({ requestId: 'r2' }))
    expect(next.initDurationMs).toBeDefined()
    expect(workers).toHaveLength(2)
  })

  test('failures around the worker never throw: createWorker, boot, loadFiles', async () => {
    const throwing = createInstancePool({
      createWorker: () => {
        throw new Error('no workers here')
      },
    })
    const a = await throwing.invoke(request())
    expect(a.errorType).toBe('UnhandledInvocationError')
    expect(a.logs).toContain('Error: no workers here')

    const silent = createInstancePool(
      {
        createWorker: () => ({ post() {}, onMessage() {}, onExit() {}, terminate() {} }),
      },
      { bootTimeoutMs: 10 },
    )
    expect(JSON.parse(text((await silent.invoke(request())).body)).errorMessage).toMatch(
      /^Process exited unexpectedly/,
    )

    const { pool } = setup(answering(ok))
    const broken = await pool.invoke(request({ loadFiles: () => Promise.reject(new Error('bad zip')) }))
    expect(JSON.parse(text(broken.body))).toEqual({
      errorMessage: 'Failed to load the code package: bad zip',
    })
  })
})
