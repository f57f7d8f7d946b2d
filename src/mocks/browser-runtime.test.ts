/**
 * The browser runtime's own wiring (browser-runtime.ts + runtime-worker.ts), run in Node: each "Web Worker"
 * is a worker thread behind a `self` shim (runtime-worker.node-shim.mjs). The shared semantics are tested in
 * server/local-cloud/runtime/node-runtime.test.ts; a real-browser run is part of the e2e suite.
 */
import { Worker } from 'node:worker_threads'
import { afterAll, describe, expect, test } from 'vitest'
import type { InvokeRequest } from '../cloud-emulator/runtime/types'
import { createBrowserRuntime, type WebWorkerLike } from './browser-runtime'

const utf8 = (s: string) => new TextEncoder().encode(s)
const text = (b: Uint8Array) => new TextDecoder().decode(b)

function nodeWebWorker(): WebWorkerLike {
  const worker = new Worker(new URL('./runtime-worker.node-shim.mjs', import.meta.url), {
    env: {},
    stdout: true,
    stderr: true,
  })
  worker.stdout.resume()
  worker.stderr.resume()
  return {
    postMessage: (message: unknown) => worker.postMessage(message),
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      if (type === 'message') worker.on('message', (data) => listener({ data }))
      else worker.on('error', (error) => listener({ message: error.message, preventDefault() {} }))
    },
    terminate: () => void worker.terminate(),
  } as WebWorkerLike
}

const runtime = createBrowserRuntime({ createWorker: nodeWebWorker })
afterAll(() => runtime.shutdown())

let seq = 0
function request(code: string, overrides: Partial<InvokeRequest> = {}): InvokeRequest {
  seq += 1
  return {
    requestId: `1-65000000-${String(seq).padStart(24, '0')}`,
    instanceKey: `browser-${seq}`,
    functionName: 'f',
    handler: 'index.handler',
    runtime: 'nodejs20',
    memoryMb: 128,
    timeoutSec: 3,
    environmentVariables: { GREETING: 'hi' },
    loadFiles: async () => ({ 'index.js': utf8(code) }),
    event: utf8('{"key1":"v"}'),
    accountId: '1',
    region: 'cn-hangzhou',
    credentials: () => ({ accessKeyId: 'a', accessKeySecret: 'b', securityToken: 'c' }),
    ...overrides,
  }
}

const CRASH =
  /^Process exited unexpectedly before completing request \(duration: \d+ms, maxMemoryUsage: \d+MB\)$/

describe('browser runtime wiring', () => {
  test('Buffer event, process.env, console capture and the error JSON', async () => {
    const code = `exports.handler = function (event, context, callback) {
  console.log('%s', process.env.GREETING, Buffer.isBuffer(event), JSON.parse(event).key1, process.cwd())
  callback(new Error('oops'))
}`
    const out = await runtime.invoke(request(code))
    expect(out.errorType).toBe('HandledInvocationError')
    expect(JSON.parse(text(out.body))).toEqual({
      errorMessage: 'oops',
      errorType: 'Error',
      stackTrace: ['Error: oops', '    at exports.handler (/code/index.js:3:12)'],
    })
    expect(out.logs[2]).toMatch(/ verbose hi true v \/code$/)
  })

  test('builtins other than buffer are missing, as in a browser', async () => {
    const code =
      "exports.handler = async () => [typeof require('buffer').Buffer, (() => { try { require('crypto') } catch (e) { return e.message.split('\\n')[0] } })()]"
    const out = await runtime.invoke(request(code))
    expect(JSON.parse(text(out.body))).toEqual(['function', "Cannot find module 'crypto'"])
  })

  test('process.exit ends the instance like a crash; the next call cold-starts', async () => {
    const req = request(
      "let n = 0\nexports.handler = async (event) => { if (String(event) === 'exit') process.exit(1); return ++n }",
    )
    await runtime.invoke(req)
    const crashed = await runtime.invoke({ ...req, requestId: 'r-exit', event: utf8('exit') })
    expect(crashed.errorType).toBe('UnhandledInvocationError')
    expect(JSON.parse(text(crashed.body)).errorMessage).toMatch(CRASH)
    const next = await runtime.invoke({ ...req, requestId: 'r-next', event: utf8('') })
    expect(text(next.body)).toBe('1')
    expect(next.initDurationMs).toBeDefined()
  })

  test('an uncaught error and an unhandled rejection end the instance like a crash', async () => {
    const thrown = await runtime.invoke(
      request("exports.handler = () => { setTimeout(() => { throw new Error('late') }) }"),
    )
    expect(JSON.parse(text(thrown.body)).errorMessage).toMatch(CRASH)
    expect(thrown.logs.join('\n')).toContain('Error: late')
    const rejected = await runtime.invoke(
      request("exports.handler = () => { Promise.reject(new Error('nope')) }"),
    )
    expect(JSON.parse(text(rejected.body)).errorMessage).toMatch(CRASH)
  })
})
