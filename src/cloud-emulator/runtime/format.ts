/**
 * A small `util.format` / `util.inspect` look-alike, so `console.log('%s=%d', 'a', 1, {b: [2]})` reads the same
 * in a browser Worker (no `node:util` there) as in Node. One implementation, used by the bootstrap in both
 * environments (seed 004 "Logging": the message part of `<Timestamp> <Request ID> <Log Level> <Message>`).
 *
 * Deliberately simplified against Node: no colours, no column grouping of long arrays, promise state is not
 * shown. Objects are printed on one line when they fit in 72 characters, one entry per line otherwise.
 */

const MAX_DEPTH = 2
const MAX_ARRAY_ITEMS = 100
const MAX_BUFFER_BYTES = 50
const BREAK_LENGTH = 72
const INSPECT_CUSTOM = Symbol.for('nodejs.util.inspect.custom')
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

interface State {
  seen: object[]
  refs: Map<object, number>
}

/** Node's choice of quotes: single, else double, else backtick, so that escaping is rarely needed. */
function quote(s: string): string {
  const body = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')
  if (!s.includes("'")) return `'${body}'`
  if (!s.includes('"')) return `"${body}"`
  if (!s.includes('`') && !s.includes('${')) return `\`${body}\``
  return `'${body.replace(/'/g, "\\'")}'`
}

function formatPrimitive(value: unknown, nested: boolean): string | undefined {
  switch (typeof value) {
    case 'string':
      return nested ? quote(value) : value
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value)
    case 'bigint':
      return `${value}n`
    case 'boolean':
    case 'symbol':
      return String(value)
    case 'undefined':
      return 'undefined'
    default:
      return value === null ? 'null' : undefined
  }
}

function formatFunction(fn: (...args: never[]) => unknown): string {
  const source = Function.prototype.toString.call(fn)
  const name = fn.name
  if (source.startsWith('class')) return name ? `[class ${name}]` : '[class (anonymous)]'
  const kind = fn.constructor?.name === 'AsyncFunction' ? 'AsyncFunction' : 'Function'
  return name ? `[${kind}: ${name}]` : `[${kind} (anonymous)]`
}

function constructorName(value: object): string | null {
  const proto = Object.getPrototypeOf(value)
  if (proto === null) return null
  const ctor = proto.constructor
  return typeof ctor === 'function' && ctor.name ? ctor.name : 'Object'
}

function formatKey(key: string | symbol): string {
  if (typeof key === 'symbol') return `[${String(key)}]`
  return IDENTIFIER.test(key) ? key : quote(key)
}

function join(prefix: string, open: string, close: string, entries: string[], indent: number): string {
  if (entries.length === 0) return `${prefix}${open}${close}`
  const single = `${prefix}${open} ${entries.join(', ')} ${close}`
  if (single.length + indent <= BREAK_LENGTH && !entries.some((e) => e.includes('\n'))) return single
  const pad = ' '.repeat(indent + 2)
  return `${prefix}${open}\n${pad}${entries.join(`,\n${pad}`)}\n${' '.repeat(indent)}${close}`
}

function isBufferLike(value: object): value is Uint8Array {
  return value instanceof Uint8Array && constructorName(value) === 'Buffer'
}

function hexBytes(bytes: Uint8Array): string {
  const shown = Array.from(bytes.subarray(0, MAX_BUFFER_BYTES), (b) => b.toString(16).padStart(2, '0'))
  const more = bytes.length > MAX_BUFFER_BYTES ? ` ... ${bytes.length - MAX_BUFFER_BYTES} more bytes` : ''
  return `${shown.join(' ')}${more}`
}

function propertyEntries(value: object, depth: number, indent: number, state: State, skipIndices: boolean) {
  const entries: string[] = []
  for (const key of Reflect.ownKeys(value)) {
    if (skipIndices && typeof key === 'string' && /^\d+$/.test(key)) continue
    const desc = Object.getOwnPropertyDescriptor(value, key)
    if (!desc?.enumerable) continue
    if (desc.get || desc.set) {
      entries.push(
        `${formatKey(key)}: [${desc.get && desc.set ? 'Getter/Setter' : desc.get ? 'Getter' : 'Setter'}]`,
      )
      continue
    }
    entries.push(`${formatKey(key)}: ${formatValue(desc.value, depth + 1, indent + 2, state)}`)
  }
  return entries
}

function formatObject(value: object, depth: number, indent: number, state: State): string {
  const ctor = constructorName(value)
  if (value instanceof Error) return value.stack ?? `[${value.name}: ${value.message}]`
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()
  if (value instanceof RegExp) return String(value)
  if (value instanceof WeakMap || value instanceof WeakSet) return `${ctor} { <items unknown> }`
  if (value instanceof Promise) return 'Promise {}'
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    const inner = formatPrimitive(value.valueOf(), true)
    return `[${typeof value.valueOf() === 'number' ? 'Number' : typeof value.valueOf() === 'string' ? 'String' : 'Boolean'}: ${inner}]`
  }
  if (isBufferLike(value)) return `<Buffer${value.length ? ` ${hexBytes(value)}` : ''}>`
  if (value instanceof ArrayBuffer) {
    return `ArrayBuffer { [Uint8Contents]: <${hexBytes(new Uint8Array(value))}>, byteLength: ${value.byteLength} }`
  }
  const custom = (value as Record<symbol, unknown>)[INSPECT_CUSTOM]
  if (typeof custom === 'function') {
    try {
      const out = custom.call(value, MAX_DEPTH - depth, {}, inspect)
      if (out !== value) return typeof out === 'string' ? out : formatValue(out, depth, indent, state)
    } catch {
      // fall through to the generic rendering
    }
  }
  const isArray = Array.isArray(value)
  if (depth > MAX_DEPTH) return isArray ? '[Array]' : `[${ctor ?? 'Object: null prototype'}]`

  state.seen.push(value)
  let entries: string[]
  let prefix = ''
  let open = '{'
  let close = '}'
  if (isArray || (ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    const list = value as ArrayLike<unknown>
    entries = []
    const shown = Math.min(list.length, MAX_ARRAY_ITEMS)
    for (let i = 0; i < shown; i++) {
      entries.push(i in list ? formatValue(list[i], depth + 1, indent + 2, state) : '<1 empty item>')
    }
    if (list.length > shown)
      entries.push(`... ${list.length - shown} more item${list.length - shown > 1 ? 's' : ''}`)
    entries.push(...propertyEntries(value, depth, indent, state, true))
    open = '['
    close = ']'
    if (!isArray) prefix = `${ctor}(${list.length}) `
    else if (ctor !== 'Array') prefix = `${ctor}(${list.length}) `
  } else if (value instanceof Map) {
    entries = [...value].map(
      ([k, v]) =>
        `${formatValue(k, depth + 1, indent + 2, state)} => ${formatValue(v, depth + 1, indent + 2, state)}`,
    )
    prefix = `${ctor}(${value.size}) `
  } else if (value instanceof Set) {
    entries = [...value].map((v) => formatValue(v, depth + 1, indent + 2, state))
    prefix = `${ctor}(${value.size}) `
  } else {
    entries = propertyEntries(value, depth, indent, state, false)
    if (ctor === null) prefix = '[Object: null prototype] '
    else if (ctor !== 'Object') prefix = `${ctor} `
  }
  state.seen.pop()
  const ref = state.refs.get(value)
  return `${ref === undefined ? '' : `<ref *${ref}> `}${join(prefix, open, close, entries, indent)}`
}

function formatValue(value: unknown, depth: number, indent: number, state: State): string {
  const primitive = formatPrimitive(value, depth > 0)
  if (primitive !== undefined) return primitive
  if (typeof value === 'function') return formatFunction(value as (...args: never[]) => unknown)
  const obj = value as object
  if (state.seen.includes(obj)) {
    let ref = state.refs.get(obj)
    if (ref === undefined) {
      ref = state.refs.size + 1
      state.refs.set(obj, ref)
    }
    return `[Circular *${ref}]`
  }
  return formatObject(obj, depth, indent, state)
}

/** `util.inspect(value)` with Node's defaults (depth 2, no colours), simplified. */
export function inspect(value: unknown): string {
  return formatValue(value, 0, 0, { seen: [], refs: new Map() })
}

function inspectNested(value: unknown): string {
  return typeof value === 'string' ? quote(value) : inspect(value)
}

/** `%s` prints objects with their own (non-builtin) `toString` through it, and inspects the rest (as Node). */
function hasUserToString(value: object): boolean {
  const fn = (value as { toString?: unknown }).toString
  return typeof fn === 'function' && !Function.prototype.toString.call(fn).includes('[native code]')
}

function formatPlaceholder(spec: string, arg: unknown): string {
  switch (spec) {
    case 's':
      if (typeof arg === 'bigint') return `${arg}n`
      if (typeof arg === 'object' && arg !== null && !hasUserToString(arg)) return inspect(arg)
      return typeof arg === 'symbol' ? String(arg) : Object.is(arg, -0) ? '-0' : String(arg)
    case 'd':
    case 'i': {
      if (typeof arg === 'bigint') return `${arg}n`
      if (typeof arg === 'symbol' || (typeof arg === 'object' && arg !== null)) return 'NaN'
      const n = Number(arg)
      return spec === 'i' ? String(Number.parseInt(String(n), 10)) : formatPrimitive(n, false)!
    }
    case 'f':
      return typeof arg === 'symbol' ? 'NaN' : String(Number.parseFloat(String(arg)))
    case 'j':
      try {
        return String(JSON.stringify(arg))
      } catch {
        return '[Circular]'
      }
    case 'o':
    case 'O':
      return inspectNested(arg)
    default: // 'c': CSS, consumed and ignored as in Node
      return ''
  }
}

/** `util.format(...args)`: printf-style placeholders in a leading string, then the rest inspected. */
export function formatArgs(args: readonly unknown[]): string {
  if (args.length === 0) return ''
  const [first, ...rest] = args
  let out: string
  let next = 0
  if (typeof first === 'string') {
    out = first.replace(/%([sdifjoOc%])/g, (match, spec: string) => {
      if (spec === '%') return '%'
      if (next >= rest.length) return match
      return formatPlaceholder(spec, rest[next++])
    })
  } else {
    out = inspect(first)
  }
  for (const arg of rest.slice(next)) out += ` ${typeof arg === 'string' ? arg : inspect(arg)}`
  return out
}
