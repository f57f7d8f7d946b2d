/**
 * The expected strings are what Node 20's `util.format` prints for the same arguments (checked once against
 * `node:util`, which this pure module may not import), so browser logs read like the Node runtime's.
 */
import { describe, expect, test } from 'vitest'
import { formatArgs } from './format'

class Foo {
  a = 1
}
const circular: Record<string, unknown> = { name: 'c' }
circular.self = circular

const cases: Array<[string, unknown[], string]> = [
  ['plain strings', ['hello', 'world'], 'hello world'],
  ['placeholders then the rest inspected', ['%s=%d', 'a', 1, { b: [2] }], 'a=1 { b: [ 2 ] }'],
  ['%i %f %j', ['%i %f %j', '42.9', '1.5', { x: 1 }], '42 1.5 {"x":1}'],
  ['a lone percent', ['100%', 5], '100% 5'],
  ['a placeholder without argument stays', ['%s'], '%s'],
  ['%% escapes', ['%%s %s', 'x'], '%s x'],
  ['%s on a plain object inspects it', ['%s', { a: 1 }], '{ a: 1 }'],
  ['%s on an array inspects it', ['%s', [1, 2]], '[ 1, 2 ]'],
  ['%s uses a user-defined toString', ['%s', { toString: () => 'mine' }], 'mine'],
  ['%d parses hex strings', ['%d', '0x10'], '16'],
  ['%o quotes strings', ['%o', 'str'], "'str'"],
  [
    'depth 2 then [Object]',
    [{ a: 1, b: 'two', c: [1, 2, 3], d: { e: { f: { g: 1 } } } }],
    "{ a: 1, b: 'two', c: [ 1, 2, 3 ], d: { e: { f: [Object] } } }",
  ],
  ['[Array] past depth 2', [{ nested: [{ a: [{ b: 1 }] }] }], '{ nested: [ { a: [Array] } ] }'],
  ['arrays of primitives', [[1, 'a', null, undefined, true]], "[ 1, 'a', null, undefined, true ]"],
  // biome-ignore lint/suspicious/noSparseArray: the hole is what is being printed
  ['holes', [[1, , 3]], '[ 1, <1 empty item>, 3 ]'],
  ['Map and Set', [new Map([['k', 1]]), new Set([1, 2])], "Map(1) { 'k' => 1 } Set(2) { 1, 2 }"],
  ['class instances', [new Foo()], 'Foo { a: 1 }'],
  ['null prototype', [Object.create(null)], '[Object: null prototype] {}'],
  ['circular references', [circular], "<ref *1> { name: 'c', self: [Circular *1] }"],
  [
    'functions and classes',
    [function named() {}, () => 1, class K {}],
    '[Function: named] [Function (anonymous)] [class K]',
  ],
  ['symbol, bigint, -0, NaN', [Symbol('s'), 10n, -0, Number.NaN], 'Symbol(s) 10n -0 NaN'],
  ['Uint8Array', [new Uint8Array([1, 2])], 'Uint8Array(2) [ 1, 2 ]'],
  ['Date and RegExp', [new Date(0), /re/g], '1970-01-01T00:00:00.000Z /re/g'],
  ['odd keys', [{ 'a-b': 1, [Symbol('k')]: 2 }], "{ 'a-b': 1, [Symbol(k)]: 2 }"],
  ['quotes chosen like Node', [{ s: "it's" }], `{ s: "it's" }`],
  [
    'getters',
    [
      {
        get g() {
          return 1
        },
      },
    ],
    '{ g: [Getter] }',
  ],
  ['boxed primitives', [new Number(3), new String('s')], "[Number: 3] [String: 's']"],
  ['ArrayBuffer', [new ArrayBuffer(2)], 'ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }'],
  ['empty containers', [[], {}], '[] {}'],
  ['multi-line strings as they are', ['a\nb'], 'a\nb'],
  [
    'long objects break into lines',
    [{ long: 'x'.repeat(60), other: 'y'.repeat(20) }],
    `{\n  long: '${'x'.repeat(60)}',\n  other: '${'y'.repeat(20)}'\n}`,
  ],
]

describe('formatArgs (util.format look-alike)', () => {
  test.each(cases)('%s', (_name, args, expected) => {
    expect(formatArgs(args)).toBe(expected)
  })

  test('a Buffer-named Uint8Array prints like a Node Buffer', () => {
    class Buffer extends Uint8Array {}
    expect(formatArgs([new Buffer([0x68, 0x69])])).toBe('<Buffer 68 69>')
  })

  test('errors print their stack', () => {
    const error = new Error('boom')
    expect(formatArgs([error])).toBe(error.stack)
  })
})
