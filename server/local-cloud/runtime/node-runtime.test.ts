/**
 * The Node runtime end to end: real worker threads running the shared bootstrap over in-memory code.
 * Every case of seed 004 (handler styles, callback semantics, context, error JSON, log format) and of
 * issue 2 part 5 has a test here or in node-runtime.isolation.test.ts (timeout, crash, OOM, warm instances).
 */
import { afterAll, describe, expect, test } from 'vitest'
import { createNodeRuntime } from './node-runtime'
import { again, json, request, text, utf8 } from './testing'

const runtime = createNodeRuntime()
afterAll(() => runtime.shutdown())

describe('handler styles and callback semantics (seed 004 "Callback usage")', () => {
  const modes = `exports.handler = function (event, context, callback) {
  switch (event.toString()) {
    case 'none': return callback()
    case 'null': return callback(null)
    case 'nullnull': return callback(null, null)
    case 'string': return callback(null, 'success')
    case 'object': return callback(null, { a: [1, 'b'] })
    case 'buffer': return callback(null, Buffer.from([0, 255, 1]))
    case 'uint8': return callback(null, new Uint8Array([7, 8]))
    case 'twice': callback(null, 'first'); return callback(null, 'second')
    case 'error-ignores-result': return callback(new Error('error'), 'ignored message')
  }
}`
  const cases: Array<[string, number[] | string]> = [
    ['none', ''],
    ['null', ''],
    ['nullnull', ''],
    ['string', 'success'],
    ['object', '{"a":[1,"b"]}'],
    ['buffer', [0, 255, 1]],
    ['uint8', [7, 8]],
    ['twice', 'first'],
  ]
  const base = request({ 'index.js': modes })
  test.each(cases)('callback mode %s', async (mode, expected) => {
    const out = await runtime.invoke(again(base, { event: utf8(mode) }))
    expect(out.status).toBe('success')
    expect(out.errorType).toBeUndefined()
    if (typeof expected === 'string') expect(text(out.body)).toBe(expected)
    else expect([...out.body]).toEqual(expected)
  })

  test('callback(err, result) ignores the result', async () => {
    const out = await runtime.invoke(again(base, { event: utf8('error-ignores-result') }))
    expect(out.status).toBe('handled')
    expect(json(out).errorMessage).toBe('error')
  })

  test('async handler, promise-returning handler and thenable', async () => {
    const code = `exports.asyncFn = async (event) => ({ got: JSON.parse(event).key })
exports.promiseFn = () => new Promise((resolve) => setTimeout(() => resolve('later'), 5))
exports.thenable = () => ({ then: (ok) => ok('thenable') })`
    const req = request({ 'index.js': code }, { event: utf8('{"key":"v"}'), handler: 'index.asyncFn' })
    expect(text((await runtime.invoke(req)).body)).toBe('{"got":"v"}')
    expect(
      text((await runtime.invoke(request({ 'index.js': code }, { handler: 'index.promiseFn' }))).body),
    ).toBe('later')
    expect(
      text((await runtime.invoke(request({ 'index.js': code }, { handler: 'index.thenable' }))).body),
    ).toBe('thenable')
  })

  test('the first of callback and promise settles the invocation', async () => {
    const code = `exports.cbFirst = async (e, c, callback) => { callback(null, 'cb'); return 'returned' }
exports.promiseFirst = async (e, c, callback) => { setTimeout(() => callback(null, 'late'), 5) }`
    const cbFirst = await runtime.invoke(request({ 'index.js': code }, { handler: 'index.cbFirst' }))
    expect(text(cbFirst.body)).toBe('cb')
    const promiseFirst = await runtime.invoke(
      request({ 'index.js': code }, { handler: 'index.promiseFirst' }),
    )
    expect(promiseFirst.status).toBe('success')
    expect(promiseFirst.body.byteLength).toBe(0)
  })

  test('a plain handler that never calls back runs until the timeout', async () => {
    const req = request(
      { 'index.js': 'exports.handler = (event, context, callback) => {}' },
      { timeoutSec: 1 },
    )
    const out = await runtime.invoke(req)
    expect(out.status).toBe('unhandled')
    expect(out.errorType).toBe('UnhandledInvocationError')
    expect(json(out)).toEqual({ errorMessage: 'Task timed out after 1 seconds' })
    expect(out.durationMs).toBeGreaterThanOrEqual(990)
  })
})

describe('event, context and environment (seed 004 "Handler", "Context")', () => {
  test('event is a Buffer that JSON.parse and toString accept', async () => {
    const code = `exports.handler = (event, context, callback) =>
  callback(null, [Buffer.isBuffer(event), JSON.parse(event).key1, event.toString(), event.length])`
    const out = await runtime.invoke(request({ 'index.js': code }, { event: utf8('{"key1":"é"}') }))
    expect(JSON.parse(text(out.body))).toEqual([true, 'é', '{"key1":"é"}', 13])
  })

  test('context has exactly the seed fields plus region and accountId, read-only', async () => {
    const code = `'use strict'
exports.handler = (event, context, callback) => {
  let writable = true
  try { context.requestId = 'x'; context.function.memory = 1 } catch { writable = false }
  callback(null, { context, writable, frozen: Object.isFrozen(context.credentials) })
}`
    const req = request({ 'index.js': code }, { functionName: 'ctx-fn', memoryMb: 256, timeoutSec: 7 })
    const out = await runtime.invoke(req)
    expect(JSON.parse(text(out.body))).toEqual({
      context: {
        requestId: req.requestId,
        credentials: { accessKeyId: 'STS.ak', accessKeySecret: 'sk', securityToken: 'token' },
        function: { name: 'ctx-fn', handler: 'index.handler', memory: 256, timeout: 7 },
        region: 'cn-hangzhou',
        accountId: '1234567890123456',
      },
      writable: false,
      frozen: true,
    })
  })

  test("process.env holds the function's variables and FC's, never the server's", async () => {
    const code = `exports.handler = async () => ({ mine: process.env.GREETING, region: process.env.FC_REGION,
  name: process.env.FC_FUNCTION_NAME, path: process.env.PATH ?? null, secret: process.env.SERVER_SECRET ?? null })`
    process.env.SERVER_SECRET = 'must-not-leak'
    const out = await runtime.invoke(
      request({ 'index.js': code }, { functionName: 'env-fn', environmentVariables: { GREETING: 'hello' } }),
    )
    delete process.env.SERVER_SECRET
    expect(JSON.parse(text(out.body))).toEqual({
      mine: 'hello',
      region: 'cn-hangzhou',
      name: 'env-fn',
      path: null,
      secret: null,
    })
  })

  test('CommonJS: relative files, JSON, node_modules packages and Node builtins', async () => {
    const files = {
      'index.js': `const util = require('./lib/util')
const data = require('./data.json')
const pad = require('left-pad')
const crypto = require('crypto')
exports.handler = async () => [util.double(21), data.v, pad('7', 3), crypto.createHash('md5').update('a').digest('hex'), __filename]`,
      'lib/util.js': 'exports.double = (n) => n * 2',
      'data.json': '{"v":"json"}',
      'node_modules/left-pad/package.json': '{"main":"lib/main.js"}',
      'node_modules/left-pad/lib/main.js': "module.exports = (s, n) => s.padStart(n, '0')",
    }
    const out = await runtime.invoke(request(files))
    expect(JSON.parse(text(out.body))).toEqual([
      42,
      'json',
      '007',
      '0cc175b9c0f1b6a831c399e269772661',
      '/code/index.js',
    ])
  })
})

describe('error JSON (seed 004 "Error message", reference §3.3)', () => {
  test('callback(new Error) is a handled error with the user frames of the stack', async () => {
    const code = "exports.handler = function (event, context, callback) {\n  callback(new Error('oops'))\n}"
    const out = await runtime.invoke(request({ 'index.js': code }))
    expect(out.status).toBe('handled')
    expect(out.errorType).toBe('HandledInvocationError')
    expect(json(out)).toEqual({
      errorMessage: 'oops',
      errorType: 'Error',
      stackTrace: ['Error: oops', '    at exports.handler (/code/index.js:2:12)'],
    })
  })

  test('callback(non-Error) is a handled error with the message only', async () => {
    const code = "exports.handler = (event, context, callback) => callback('oops')"
    const out = await runtime.invoke(request({ 'index.js': code }))
    expect(out.errorType).toBe('HandledInvocationError')
    expect(json(out)).toEqual({ errorMessage: 'oops' })
  })

  test('a throw and a rejected promise are unhandled errors', async () => {
    const code =
      "exports.handler = function () {\n  throw new TypeError('bad')\n}\nexports.rejects = async () => { throw new RangeError('far') }"
    const thrown = await runtime.invoke(request({ 'index.js': code }))
    expect(thrown.errorType).toBe('UnhandledInvocationError')
    expect(json(thrown)).toEqual({
      errorMessage: 'bad',
      errorType: 'TypeError',
      stackTrace: ['TypeError: bad', '    at exports.handler (/code/index.js:2:9)'],
    })
    const rejected = await runtime.invoke(request({ 'index.js': code }, { handler: 'index.rejects' }))
    expect(rejected.errorType).toBe('UnhandledInvocationError')
    expect(json(rejected)).toMatchObject({ errorMessage: 'far', errorType: 'RangeError' })
    expect((json(rejected).stackTrace as string[])[1]).toMatch(/^ {4}at .*\/code\/index\.js:4:\d+\)?$/)
  })

  test('missing file, missing export, syntax error and a failing require', async () => {
    const ok = { 'index.js': 'exports.handler = async () => 1' }
    const noFile = await runtime.invoke(request(ok, { handler: 'indexx.handler' }))
    expect(noFile.errorType).toBe('UnhandledInvocationError')
    expect(json(noFile)).toEqual({ errorMessage: "Cannot find module '/code/indexx.js'" })
    const noExport = await runtime.invoke(request(ok, { handler: 'index.nope' }))
    expect(json(noExport)).toEqual({ errorMessage: "Handler 'nope' missing on module 'index'" })
    const syntax = await runtime.invoke(request({ 'index.js': 'exports.handler = (' }))
    expect(syntax.errorType).toBe('UnhandledInvocationError')
    expect(json(syntax)).toMatchObject({ errorType: 'SyntaxError' })
    expect(json(syntax).stackTrace).toContain('    at /code/index.js')
    const badRequire = await runtime.invoke(
      request({ 'index.js': "require('left-pad')\nexports.handler = () => 1" }),
    )
    expect(json(badRequire)).toMatchObject({ errorType: 'Error' })
    expect(json(badRequire).errorMessage).toMatch(
      /^Cannot find module 'left-pad'\nRequire stack:\n- \/code\/index.js$/,
    )
  })

  test('a module that failed to load is retried on the next call (new instance)', async () => {
    const first = request({ 'index.js': "throw new Error('init failed')" })
    const a = await runtime.invoke(first)
    const b = await runtime.invoke(again(first))
    expect(json(a).errorMessage).toBe('init failed')
    expect(b.initDurationMs).toBeDefined()
    expect(b.instanceId).not.toBe(a.instanceId)
  })
})

describe('logs (seed 004 "Logging")', () => {
  test('console.* lines are `<ISO time> <requestId> <level> <message>`, framed like the FC log tail', async () => {
    const code = `console.log('loading')
exports.handler = async () => {
  console.log('%s=%d', 'a', 1, { b: [2] })
  console.info('info'); console.warn('warn'); console.error('error'); console.debug('debug')
  return 'ok'
}`
    const first = request({ 'index.js': code })
    const cold = await runtime.invoke(first)
    const id = first.requestId
    const at = (level: string, message: string) =>
      new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z ${id} ${level} ${message}$`)
    expect(cold.logs[0]).toBe('FunctionCompute nodejs20 runtime inited.')
    expect(cold.logs[1]).toBe(`FC Invoke Start RequestId: ${id}`)
    const lines = cold.logs.slice(2, -1)
    const expected = [
      at('verbose', 'loading'),
      at('verbose', 'a=1 \\{ b: \\[ 2 \\] \\}'),
      at('info', 'info'),
      at('warn', 'warn'),
      at('error', 'error'),
      at('debug', 'debug'),
    ]
    expect(lines).toHaveLength(expected.length)
    for (const [i, line] of lines.entries()) expect(line).toMatch(expected[i]!)
    expect(cold.logs.at(-1)).toBe(`FC Invoke End RequestId: ${id}`)

    const next = again(first)
    const warm = await runtime.invoke(next)
    expect(warm.logs[0]).toBe(`FC Invoke Start RequestId: ${next.requestId}`)
    expect(warm.logs.some((l) => l.includes('loading'))).toBe(false)
    expect(warm.logs).toHaveLength(7)
  })

  test('lines written after the callback are dropped, not misattributed, and do not crash', async () => {
    const code = `exports.handler = (event, context, callback) => {
  callback(null, 'done')
  console.log('same tick')
  setTimeout(() => console.log('late ' + context.requestId), 0)
}`
    const first = request({ 'index.js': code })
    const a = await runtime.invoke(first)
    const b = await runtime.invoke(again(first))
    expect(a.logs.some((l) => l.endsWith('verbose same tick'))).toBe(true)
    expect([...a.logs, ...b.logs].some((l) => l.includes('late'))).toBe(false)
    expect(text(b.body)).toBe('done')
    expect(b.instanceId).toBe(a.instanceId)
  })

  test('huge output is capped at about 1 MiB with a final truncation line', async () => {
    const code = `exports.handler = async () => {
  for (let i = 0; i < 200000; i++) console.log('x'.repeat(100))
  return 'survived'
}`
    const out = await runtime.invoke(request({ 'index.js': code }))
    expect(text(out.body)).toBe('survived')
    const chars = out.logs.reduce((n, l) => n + l.length + 1, 0)
    expect(chars).toBeLessThan(1024 * 1024 + 4096)
    expect(chars).toBeGreaterThan(1000 * 1024)
    expect(out.logs.at(-2)).toMatch(/warn Truncated by FunctionCompute/)
  })
})
