import { describe, expect, test } from 'vitest'
import { errorBodyFrom, runtimeErrors, userStackTrace } from './error-json'

describe('userStackTrace', () => {
  test('keeps the header and the /code/ frames, drops runtime and Node frames (V8)', () => {
    const stack = [
      'Error: oops',
      '    at exports.handler (/code/index.js:2:12)',
      '    at invoke (file:///work/main/src/cloud-emulator/runtime/bootstrap.ts:180:24)',
      '    at /code/lib/a.js:3:1',
      '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
      '    at handler (file:///code/index.mjs:2:9)',
    ].join('\n')
    expect(userStackTrace({ name: 'Error', message: 'oops', stack })).toEqual([
      'Error: oops',
      '    at exports.handler (/code/index.js:2:12)',
      '    at /code/lib/a.js:3:1',
      '    at handler (file:///code/index.mjs:2:9)',
    ])
  })

  test('a path that merely contains /code/ is not a user frame', () => {
    const stack = 'Error: x\n    at run (/home/me/code/project/src/cloud-emulator/runtime/bootstrap.ts:1:1)'
    expect(userStackTrace({ name: 'Error', message: 'x', stack })).toEqual(['Error: x'])
  })

  test('multi-line messages keep every header line', () => {
    const stack =
      "Error: Cannot find module 'x'\nRequire stack:\n- /code/index.js\n    at Object.<anonymous> (/code/index.js:1:1)"
    expect(userStackTrace({ name: 'Error', message: '', stack })).toEqual([
      "Error: Cannot find module 'x'",
      'Require stack:',
      '- /code/index.js',
      '    at Object.<anonymous> (/code/index.js:1:1)',
    ])
  })

  test('SpiderMonkey-style stacks get a header and V8-style frames', () => {
    const stack = 'exports.handler@/code/index.js:2:12\nrun@http://localhost:5173/src/bootstrap.ts:9:9\n'
    expect(userStackTrace({ name: 'Error', message: 'oops', stack })).toEqual([
      'Error: oops',
      '    at exports.handler@/code/index.js:2:12',
    ])
  })
})

describe('errorBodyFrom (seed 004 "Error message")', () => {
  test('an Error gives message, type and stack', () => {
    const error = new TypeError('bad')
    const body = errorBodyFrom(error)
    expect(body.errorMessage).toBe('bad')
    expect(body.errorType).toBe('TypeError')
    expect(body.stackTrace?.[0]).toBe('TypeError: bad')
  })

  test('a non-Error gives only errorMessage', () => {
    expect(errorBodyFrom('oops')).toEqual({ errorMessage: 'oops' })
    expect(errorBodyFrom({ code: 1 })).toEqual({ errorMessage: '{"code":1}' })
    expect(errorBodyFrom(42)).toEqual({ errorMessage: '42' })
  })

  test('error-shaped objects from another realm count as errors', () => {
    const foreign = { name: 'Error', message: 'x', stack: 'Error: x\n    at f (/code/index.js:1:1)' }
    expect(errorBodyFrom(foreign)).toEqual({
      errorMessage: 'x',
      errorType: 'Error',
      stackTrace: ['Error: x', '    at f (/code/index.js:1:1)'],
    })
  })
})

describe('runtime error messages ("Typical error scenarios")', () => {
  test('wording', () => {
    expect(runtimeErrors.moduleNotFound('indexx')).toEqual({
      errorMessage: "Cannot find module '/code/indexx.js'",
    })
    expect(runtimeErrors.handlerMissing('h', 'index')).toEqual({
      errorMessage: "Handler 'h' missing on module 'index'",
    })
    expect(runtimeErrors.timeout(3)).toEqual({ errorMessage: 'Task timed out after 3 seconds' })
    expect(runtimeErrors.processExited(6.4, 48.6)).toEqual({
      errorMessage:
        'Process exited unexpectedly before completing request (duration: 6ms, maxMemoryUsage: 49MB)',
    })
  })
})
