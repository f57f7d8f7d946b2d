/**
 * The local cloud's web-function host: the `WebFunctionPort` of the emulator core
 * (src/cloud-emulator/runtime/web-functions.ts) over real processes (./process.ts). One server per
 * function + code + configuration (the spec's instanceKey), started on the first request, reused while
 * warm, stopped after `idleMs` without requests, on evict (UpdateFunction / DeleteFunction) and on
 * shutdown. Requests are proxied over HTTP to 127.0.0.1:<its port>; the answer, and what the process
 * printed meanwhile, go back to the gateway.
 *
 * A crash never reaches the server: spawn errors, exits, refused connections and timeouts all become
 * `{kind: 'error'}` results (the gateway's 502 / 504); a process that exited is replaced on the next call.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type {
  WebFunctionPort,
  WebFunctionRequest,
  WebFunctionResult,
  WebFunctionSpec,
} from '../../../src/cloud-emulator/runtime/web-functions.ts'
import { PORT_SHIM, type ServerProcess, startServer } from './process.ts'

export interface WebFunctionHostOptions {
  /** where code is unzipped: `<dataDir>/web-functions/<pid>-…/`; default the system temp dir */
  dataDir?: string
  /** stop a server after this long without requests; default 5 minutes (as the worker pool) */
  idleMs?: number
  /** how long a server may take to listen; default 20 s */
  startTimeoutMs?: number
  /** answers larger than this are cut off (an error); default 32 MB, FC's sync payload limit */
  maxResponseBytes?: number
}

interface Instance {
  key: string
  functionName: string
  server: ServerProcess
  startedAt: number
  /** lines printed since the last request took them (start-up output goes to the first request) */
  pending: string[]
  inflight: number
  idle: ReturnType<typeof setTimeout> | undefined
}

const LOG_LINES_MAX = 500

export function createWebFunctionHost(options: WebFunctionHostOptions = {}): WebFunctionPort {
  const idleMs = options.idleMs ?? 5 * 60_000
  const startTimeoutMs = options.startTimeoutMs ?? 20_000
  const maxBytes = options.maxResponseBytes ?? 32 * 1024 * 1024
  const instances = new Map<string, Instance>()
  let prepared: Promise<{ baseDir: string; shimPath: string }> | undefined

  /** This host's directory (with the port shim); leftovers of dead local clouds are removed. */
  function prepare() {
    prepared ??= (async () => {
      // Absolute: the server runs with the function's directory as cwd, and NODE_OPTIONS --require
      // names the shim by this path (a relative LOCAL_CLOUD_DATA_DIR made every start fail).
      const root = resolve(options.dataDir ?? tmpdir(), 'web-functions')
      await mkdir(root, { recursive: true })
      for (const entry of await readdir(root).catch(() => [] as string[])) {
        const pid = Number(entry.split('-')[0])
        if (!Number.isInteger(pid) || pid === process.pid) continue
        if (!alive(pid)) await rm(join(root, entry), { recursive: true, force: true }).catch(() => undefined)
      }
      const baseDir = join(root, `${process.pid}-${crypto.randomUUID().slice(0, 8)}`)
      await mkdir(baseDir, { recursive: true })
      const shimPath = join(baseDir, 'port-shim.cjs')
      await writeFile(shimPath, PORT_SHIM)
      // As in FC's /code, a `.js` without a package.json of its own is CommonJS — not whatever package.json
      // encloses the data dir (a LOCAL_CLOUD_DATA_DIR inside this repository would make it an ES module).
      await writeFile(join(baseDir, 'package.json'), '{"type":"commonjs"}\n')
      return { baseDir, shimPath }
    })()
    return prepared
  }

  async function stop(instance: Instance): Promise<void> {
    clearTimeout(instance.idle)
    if (instances.get(instance.key) === instance) instances.delete(instance.key)
    await instance.server.kill()
  }

  /** Starts in progress, by key: concurrent first calls share one server instead of starting two. */
  const starting = new Map<string, Promise<Instance>>()

  async function instanceFor(spec: WebFunctionSpec): Promise<{ instance: Instance; cold: boolean }> {
    const warm = instances.get(spec.instanceKey)
    if (warm && warm.server.exited === null) return { instance: warm, cold: false }
    const pending = starting.get(spec.instanceKey)
    if (pending) return { instance: await pending, cold: false }
    const start = launch(spec, warm)
    starting.set(spec.instanceKey, start)
    try {
      return { instance: await start, cold: true }
    } finally {
      starting.delete(spec.instanceKey)
    }
  }

  async function launch(spec: WebFunctionSpec, dead: Instance | undefined): Promise<Instance> {
    if (dead) await stop(dead)
    // Another configuration of the same function is stale now: it would never be used again.
    for (const other of instances.values()) if (other.functionName === spec.functionName) void stop(other)
    const { baseDir, shimPath } = await prepare()
    const server = await startServer(spec, { baseDir, shimPath, startTimeoutMs })
    const instance: Instance = {
      key: spec.instanceKey,
      functionName: spec.functionName,
      server,
      startedAt: performance.now(),
      pending: [],
      inflight: 0,
      idle: undefined,
    }
    server.onLine((line) => {
      instance.pending.push(line)
      if (instance.pending.length > LOG_LINES_MAX) instance.pending.shift()
    })
    server.child.once('exit', () => {
      if (instances.get(instance.key) === instance) instances.delete(instance.key)
      clearTimeout(instance.idle)
    })
    instances.set(spec.instanceKey, instance)
    return instance
  }

  const takeLogs = (instance: Instance) => instance.pending.splice(0, instance.pending.length)

  async function request(spec: WebFunctionSpec, call: WebFunctionRequest): Promise<WebFunctionResult> {
    const started = performance.now()
    const elapsed = () => Math.round(performance.now() - started)
    let instance: Instance
    let cold: boolean
    try {
      ;({ instance, cold } = await instanceFor(spec))
    } catch (error) {
      return {
        kind: 'error',
        reason: 'start-failed',
        message: messageOf(error),
        logs: [],
        durationMs: elapsed(),
      }
    }
    clearTimeout(instance.idle)
    instance.inflight++
    try {
      try {
        await instance.server.ready
      } catch (error) {
        const logs = takeLogs(instance)
        await stop(instance)
        return {
          kind: 'error',
          reason: 'start-failed',
          message: messageOf(error),
          logs,
          durationMs: elapsed(),
        }
      }
      const initDurationMs = cold ? Math.round(performance.now() - instance.startedAt) : undefined
      const timeoutMs = Math.min(call.timeoutMs, spec.timeoutSec * 1000)
      const answer = await proxy(instance.server.port, call, timeoutMs, maxBytes)
      // Give the process a moment to flush what it printed while answering.
      await new Promise((done) => setImmediate(done))
      const logs = takeLogs(instance)
      if (answer.kind === 'error' && answer.reason === 'connection' && !instance.server.exited) {
        // A reset connection is often the process dying: its exit event may be a moment behind.
        const child = instance.server.child
        await new Promise((done) => {
          const timer = setTimeout(done, 250)
          child.once('exit', () => {
            clearTimeout(timer)
            done(undefined)
          })
        })
      }
      if (answer.kind === 'error') {
        const reason = instance.server.exited ? 'exited' : answer.reason
        const message = instance.server.exited
          ? `the server process ended during the request (${describeExit(instance.server)})`
          : answer.message
        return { kind: 'error', reason, message, logs, durationMs: elapsed() }
      }
      return {
        ...answer,
        logs,
        durationMs: elapsed(),
        ...(initDurationMs !== undefined ? { initDurationMs } : {}),
      }
    } finally {
      instance.inflight--
      if (instance.inflight === 0 && instances.get(instance.key) === instance) {
        instance.idle = setTimeout(() => void stop(instance), idleMs)
        instance.idle.unref?.()
      }
    }
  }

  return {
    request,
    async evict(functionName) {
      await Promise.all([...instances.values()].filter((i) => i.functionName === functionName).map(stop))
    },
    async shutdown() {
      await Promise.all([...instances.values()].map(stop))
      const dir = prepared ? (await prepared.catch(() => null))?.baseDir : undefined
      prepared = undefined
      if (dir) await rm(dir, { recursive: true, force: true }).catch(() => undefined)
    },
  }
}

type ProxyAnswer =
  | { kind: 'response'; status: number; headers: [string, string][]; body: Uint8Array }
  | { kind: 'error'; reason: 'timeout' | 'connection'; message: string }

function proxy(
  port: number,
  call: WebFunctionRequest,
  timeoutMs: number,
  maxBytes: number,
): Promise<ProxyAnswer> {
  return new Promise((done) => {
    const headers: Record<string, string | string[]> = {}
    for (const [name, value] of call.headers) {
      const existing = headers[name]
      headers[name] =
        existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value]
    }
    if (call.body.length > 0) headers['content-length'] = String(call.body.length)
    let settled = false
    const finish = (answer: ProxyAnswer) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      done(answer)
    }
    const outgoing = httpRequest(
      { host: '127.0.0.1', port, method: call.method, path: call.path, headers },
      (res) => {
        const chunks: Buffer[] = []
        let size = 0
        res.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > maxBytes) {
            outgoing.destroy()
            finish({
              kind: 'error',
              reason: 'connection',
              message: `the answer is larger than ${maxBytes} bytes`,
            })
          } else chunks.push(chunk)
        })
        res.on('end', () => {
          const pairs: [string, string][] = []
          for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
            pairs.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!])
          finish({
            kind: 'response',
            status: res.statusCode ?? 502,
            headers: pairs,
            body: Buffer.concat(chunks),
          })
        })
        res.on('error', (error) => finish({ kind: 'error', reason: 'connection', message: error.message }))
      },
    )
    const timer = setTimeout(() => {
      outgoing.destroy()
      finish({ kind: 'error', reason: 'timeout', message: `no answer within ${timeoutMs} ms` })
    }, timeoutMs)
    outgoing.on('error', (error) =>
      finish({ kind: 'error', reason: 'connection', message: `the server did not answer: ${error.message}` }),
    )
    outgoing.end(call.body.length > 0 ? Buffer.from(call.body) : undefined)
  })
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))
const describeExit = (server: ServerProcess) =>
  server.exited?.signal ? `ended by ${server.exited.signal}` : `exit code ${server.exited?.code}`
