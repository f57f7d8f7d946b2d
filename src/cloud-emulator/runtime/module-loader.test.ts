import { describe, expect, test } from 'vitest'
import { createModuleLoader, moduleNotFound } from './module-loader'

const utf8 = (s: string) => new TextEncoder().encode(s)

function loader(files: Record<string, string>, externals: Record<string, unknown> = {}) {
  return createModuleLoader({
    files: Object.fromEntries(Object.entries(files).map(([p, s]) => [p, utf8(s)])),
    requireExternal: (id) => {
      if (id in externals) return externals[id]
      throw moduleNotFound(id)
    },
  })
}

function run(files: Record<string, string>, externals?: Record<string, unknown>): unknown {
  const l = loader(files, externals)
  return l.loadMain(l.resolveFile('/code/index')!)
}

describe('createModuleLoader (CommonJS over /code/)', () => {
  test('resolves the handler file with Node extension and directory rules', () => {
    const l = loader({
      'index.js': '',
      'lib/': '',
      'lib/index.js': '',
      'pkg/package.json': '{"main":"./main"}',
      'pkg/main.js': '',
    })
    expect(l.resolveFile('/code/index')).toBe('/code/index.js')
    expect(l.resolveFile('/code/lib')).toBe('/code/lib/index.js')
    expect(l.resolveFile('/code/pkg')).toBe('/code/pkg/main.js')
    expect(l.resolveFile('/code/nope')).toBeUndefined()
  })

  test('module wrapper: exports, module.exports, __filename, __dirname, this', () => {
    const exported = run({
      'index.js':
        'module.exports = { file: __filename, dir: __dirname, same: this === exports, id: module.id }',
    }) as Record<string, unknown>
    expect(exported).toEqual({ file: '/code/index.js', dir: '/code', same: true, id: '.' })
  })

  test('relative, parent, JSON and node_modules requires; each module runs once', () => {
    const exported = run({
      'index.js': `const a = require('./lib/a'); const again = require('./lib/a.js')
module.exports = [a.value, a === again, require('./data.json').n, require('dep').name, require.resolve('dep')]`,
      'lib/a.js': "exports.value = require('../shared').v + 1",
      'shared.js': 'exports.v = 1',
      'data.json': '{"n": 5}',
      'node_modules/dep/index.js': "exports.name = 'dep'",
    })
    expect(exported).toEqual([2, true, 5, 'dep', '/code/node_modules/dep/index.js'])
  })

  test('circular requires see partial exports, like Node', () => {
    const exported = run({
      'index.js': "exports.early = true; const b = require('./b'); exports.b = b.sawEarly",
      'b.js': "exports.sawEarly = require('./index').early",
    })
    expect(exported).toEqual({ early: true, b: true })
  })

  test('bare names fall back to the environment; unknown ones say Cannot find module with the require stack', () => {
    expect(run({ 'index.js': "module.exports = require('util').tag" }, { util: { tag: 'u' } })).toBe('u')
    expect(() => run({ 'index.js': "require('crypto')" })).toThrow(
      "Cannot find module 'crypto'\nRequire stack:\n- /code/index.js",
    )
    expect(() => run({ 'index.js': "require('./missing')" })).toThrow("Cannot find module './missing'")
  })

  test('line numbers of user code are preserved in stack frames', () => {
    const error = run({ 'index.js': "\n\nmodule.exports = new Error('here')" }) as Error
    expect(error.stack).toContain('/code/index.js:3:18')
  })

  test('a syntax error names the file', () => {
    expect(() => run({ 'index.js': 'exports.x = (' })).toThrow(SyntaxError)
    try {
      run({ 'index.js': 'exports.x = (' })
    } catch (error) {
      expect((error as Error).stack).toMatch(/^SyntaxError: .*\n {4}at \/code\/index\.js$/)
    }
  })

  test('a module that throws is not cached, so a later require retries', () => {
    const l = loader({
      'index.js': "globalThis.__tries = (globalThis.__tries ?? 0) + 1; throw new Error('t')",
    })
    expect(() => l.loadMain('/code/index.js')).toThrow('t')
    expect(() => l.loadMain('/code/index.js')).toThrow('t')
    expect((globalThis as { __tries?: number }).__tries).toBe(2)
    delete (globalThis as { __tries?: number }).__tries
  })

  test('a shebang line and a BOM are ignored', () => {
    expect(run({ 'index.js': '\ufeff#!/usr/bin/env node\nmodule.exports = 1' })).toBe(1)
  })
})
