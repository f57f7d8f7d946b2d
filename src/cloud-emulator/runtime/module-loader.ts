/**
 * A CommonJS loader over the unzipped code package held in memory, mounted at `/code/` like FC's code
 * directory (reference §3.3 samples: `/code/index.js:2:12`). Pure: no `node:module`, so the same loader runs
 * in a browser Worker and in a Node worker thread.
 *
 * Each file is compiled with indirect eval (global scope, like Node's module wrapper) and the wrapper sits on
 * the source's first line, so V8 stack frames read `/code/index.js:LINE:COL` with the user's own line numbers
 * (the `//# sourceURL` comment names the script). Columns on line 1 are shifted by the wrapper's length,
 * exactly as in Node before v12.
 *
 * Resolution follows Node's rules in short: relative/absolute paths with `.js`, `.json`, `.cjs` and
 * directory `package.json` "main" / `index.*`; bare names in `node_modules` up the tree; then the environment's
 * `requireExternal` (Node builtins in the Node worker). Not supported: package "exports" maps, ESM (`.mjs`).
 */
import { CODE_ROOT } from './error-json'

export interface ModuleLoaderOptions {
  /** Paths relative to the code root (`index.js`, `lib/a.js`); directory entries (`lib/`) are ignored. */
  files: Record<string, Uint8Array>
  /**
   * Modules the environment supplies (builtins). Must throw an error with `code: 'MODULE_NOT_FOUND'` for an
   * unknown id; see `moduleNotFound`.
   */
  requireExternal: (id: string) => unknown
}

export interface LoadedModule {
  id: string
  filename: string
  loaded: boolean
  exports: unknown
  parent: LoadedModule | undefined
  children: LoadedModule[]
  paths: string[]
  require: NodeLikeRequire
}

export interface NodeLikeRequire {
  (id: string): unknown
  resolve(id: string): string
  cache: Record<string, LoadedModule>
  main: LoadedModule | undefined
}

export interface ModuleLoader {
  /** Absolute `/code/...` path of an existing file after Node's extension and directory rules. */
  resolveFile(path: string): string | undefined
  /** Loads (once) an absolute `/code/...` file as the main module and returns its `module.exports`. */
  loadMain(filename: string): unknown
}

/** The error Node throws for an unresolvable `require` (`code: 'MODULE_NOT_FOUND'`). */
export function moduleNotFound(request: string, requireStack: string[] = []): Error {
  const stack = requireStack.length > 0 ? `\nRequire stack:\n- ${requireStack.join('\n- ')}` : ''
  return Object.assign(new Error(`Cannot find module '${request}'${stack}`), {
    code: 'MODULE_NOT_FOUND',
    requireStack,
  })
}

function normalize(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return `/${out.join('/')}`
}

function dirname(path: string): string {
  const i = path.lastIndexOf('/')
  return i <= 0 ? '/' : path.slice(0, i)
}

function wrap(source: string, filename: string): string {
  let body = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  // Node ignores a shebang line; keep the line (as a comment) so line numbers do not move.
  if (body.startsWith('#!')) body = `//${body.slice(2)}`
  return `(function (exports, require, module, __filename, __dirname) {${body}\n})\n//# sourceURL=${filename}`
}

/** Global-scope compilation, as Node's module wrapper gets. */
// biome-ignore lint/security/noGlobalEval: running the user's own function code is this module's purpose
const indirectEval: (source: string) => unknown = globalThis.eval

type Wrapper = (
  this: unknown,
  exports: unknown,
  require: NodeLikeRequire,
  module: LoadedModule,
  __filename: string,
  __dirname: string,
) => void

export function createModuleLoader(options: ModuleLoaderOptions): ModuleLoader {
  const files = new Map<string, Uint8Array>()
  const dirs = new Set<string>()
  for (const [path, bytes] of Object.entries(options.files)) {
    if (path.endsWith('/')) continue
    const abs = normalize(`${CODE_ROOT}/${path}`)
    files.set(abs, bytes)
    for (let d = dirname(abs); d !== '/' && !dirs.has(d); d = dirname(d)) dirs.add(d)
  }
  const cache: Record<string, LoadedModule> = Object.create(null)
  const decoder = new TextDecoder()
  let main: LoadedModule | undefined

  const readText = (filename: string) => decoder.decode(files.get(filename))

  function resolveAsFile(path: string): string | undefined {
    for (const candidate of [path, `${path}.js`, `${path}.json`, `${path}.cjs`]) {
      if (files.has(candidate)) return candidate
    }
    return undefined
  }

  function resolveAsDirectory(path: string): string | undefined {
    if (!dirs.has(path)) return undefined
    const pkg = `${path}/package.json`
    if (files.has(pkg)) {
      try {
        const mainField = (JSON.parse(readText(pkg)) as { main?: unknown }).main
        if (typeof mainField === 'string' && mainField !== '') {
          const target = normalize(`${path}/${mainField}`)
          const found = resolveAsFile(target) ?? resolveAsFile(`${target}/index`)
          if (found) return found
        }
      } catch {
        // an unreadable package.json is ignored, as Node falls back to index.js
      }
    }
    return resolveAsFile(`${path}/index`)
  }

  const resolveFile = (path: string) => {
    const abs = normalize(path)
    return resolveAsFile(abs) ?? resolveAsDirectory(abs)
  }

  /** A file path, or `undefined` for "ask the environment" (bare names not found in node_modules). */
  function resolveRequest(request: string, fromDir: string, requireStack: string[]): string | undefined {
    if (request.startsWith('node:')) return undefined
    if (request.startsWith('./') || request.startsWith('../') || request.startsWith('/') || request === '.') {
      const found = resolveFile(request.startsWith('/') ? request : `${fromDir}/${request}`)
      if (found) return found
      throw moduleNotFound(request, requireStack)
    }
    for (let dir = fromDir; ; dir = dirname(dir)) {
      if (!dir.endsWith('/node_modules')) {
        const found = resolveFile(`${dir}/node_modules/${request}`)
        if (found) return found
      }
      if (dir === '/') return undefined
    }
  }

  function stackOf(parent: LoadedModule | undefined): string[] {
    const stack: string[] = []
    for (let m = parent; m; m = m.parent) stack.push(m.filename)
    return stack
  }

  function makeRequire(module: LoadedModule | undefined, fromDir: string): NodeLikeRequire {
    const requireStack = () => stackOf(module)
    const req = ((request: string) => {
      if (typeof request !== 'string' || request === '') {
        throw new TypeError(`The "id" argument must be a non-empty string. Received ${String(request)}`)
      }
      const resolved = resolveRequest(request, fromDir, requireStack())
      if (resolved !== undefined) return load(resolved, module)
      try {
        return options.requireExternal(request)
      } catch (error) {
        if ((error as { code?: unknown })?.code === 'MODULE_NOT_FOUND')
          throw moduleNotFound(request, requireStack())
        throw error
      }
    }) as NodeLikeRequire
    req.resolve = (request: string) => resolveRequest(request, fromDir, requireStack()) ?? request
    req.cache = cache
    Object.defineProperty(req, 'main', { get: () => main, enumerable: true })
    return req
  }

  function load(filename: string, parent: LoadedModule | undefined): unknown {
    const cached = cache[filename]
    if (cached) return cached.exports
    const dir = dirname(filename)
    const module: LoadedModule = {
      id: parent ? filename : '.',
      filename,
      loaded: false,
      exports: {},
      parent,
      children: [],
      paths: [],
      require: undefined as unknown as NodeLikeRequire,
    }
    module.require = makeRequire(module, dir)
    for (let d = dir; ; d = dirname(d)) {
      if (!d.endsWith('/node_modules')) module.paths.push(`${d === '/' ? '' : d}/node_modules`)
      if (d === '/') break
    }
    if (!parent) main = module
    parent?.children.push(module)
    cache[filename] = module
    try {
      if (filename.endsWith('.json')) {
        try {
          module.exports = JSON.parse(readText(filename))
        } catch (error) {
          throw Object.assign(error as Error, { message: `${filename}: ${(error as Error).message}` })
        }
      } else {
        let fn: Wrapper
        try {
          fn = indirectEval(wrap(readText(filename), filename)) as Wrapper
        } catch (error) {
          // V8 gives no location for a syntax error in eval'd code; name at least the file.
          if (error instanceof SyntaxError)
            error.stack = `${error.name}: ${error.message}\n    at ${filename}`
          throw error
        }
        fn.call(module.exports, module.exports, module.require, module, filename, dir)
      }
      module.loaded = true
    } catch (error) {
      delete cache[filename]
      throw error
    }
    return module.exports
  }

  return {
    resolveFile,
    loadMain: (filename) => load(filename, undefined),
  }
}
