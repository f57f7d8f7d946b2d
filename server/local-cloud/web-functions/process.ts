/**
 * One web-function server process: the user's code unzipped into its own directory under the data
 * dir, started with the function's command (FC custom runtime: `customRuntimeConfig.command` + `args`,
 * else the code's `bootstrap` file; reference §3.4–3.5), on a free port of its own.
 *
 * FC tells a custom runtime its port in `FC_SERVER_PORT` (and `customRuntimeConfig.port`, default
 * 9000, is where FC connects). Here every server gets a free port instead — 9000 is the local cloud's
 * own — passed as FC_SERVER_PORT and PORT; Node programs that hard-code the configured port are moved
 * to it by a tiny `--require` shim (port-shim below), so FC's documented samples run unchanged.
 *
 * Nothing of the server's environment reaches the process but PATH (to find `node`, `python3` …).
 * The process runs in its own process group, so killing it also ends what it started (`npm start`).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { connect, createServer } from 'node:net'
import { dirname, join, resolve, sep } from 'node:path'
import type { WebFunctionSpec } from '../../../src/cloud-emulator/runtime/web-functions.ts'
import { lowerProcessPriority } from '../runtime/priority.ts'

/** Moves `listen(<configured port>)` to the port the local cloud chose (FC_SERVER_PORT). */
export const PORT_SHIM = `'use strict'
const net = require('net')
const from = Number(process.env.FC_WEB_CONFIGURED_PORT)
const to = Number(process.env.FC_SERVER_PORT)
if (from && to && from !== to) {
  const listen = net.Server.prototype.listen
  net.Server.prototype.listen = function (...args) {
    if ((typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\\d+$/.test(args[0]))) && Number(args[0]) === from) args[0] = to
    else if (args[0] && typeof args[0] === 'object' && Number(args[0].port) === from) args[0] = { ...args[0], port: to }
    return listen.apply(this, args)
  }
}
`

export interface ServerProcess {
  child: ChildProcess
  dir: string
  port: number
  /** resolves once the port accepts connections; rejects with a message when the process exits or never listens */
  ready: Promise<void>
  /** set when the process has exited */
  exited: { code: number | null; signal: string | null } | null
  onLine(listener: (line: string) => void): void
  kill(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })
}

/** Writes the code's files, refusing paths that would leave the directory (`../x`, absolute ones). */
async function writeCode(dir: string, files: Record<string, Uint8Array>): Promise<void> {
  for (const [name, bytes] of Object.entries(files)) {
    const target = resolve(dir, name)
    if (!target.startsWith(dir + sep)) continue
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, bytes)
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ port, host: '127.0.0.1' })
    socket.once('connect', () => {
      socket.destroy()
      done(true)
    })
    socket.once('error', () => done(false))
  })
}

export async function startServer(
  spec: WebFunctionSpec,
  options: { baseDir: string; shimPath: string; startTimeoutMs: number },
): Promise<ServerProcess> {
  const dir = await mkdtemp(join(options.baseDir, `${spec.functionName.replace(/[^\w-]/g, '_')}-`))
  await writeCode(dir, await spec.loadFiles())
  const port = await freePort()
  let [command, ...args] =
    spec.command.length > 0 ? [...spec.command, ...spec.args] : ['./bootstrap', ...spec.args]
  if (command === './bootstrap') await chmod(join(dir, 'bootstrap'), 0o755).catch(() => undefined)
  // `node` is the Node running the local cloud: no PATH lookup, the same version everywhere.
  if (command === 'node') command = process.execPath
  const nodeOptions = [spec.environment.NODE_OPTIONS, `--require ${JSON.stringify(options.shimPath)}`]
    .filter(Boolean)
    .join(' ')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: dir,
    ...spec.environment,
    FC_SERVER_PORT: String(port),
    FC_CUSTOM_LISTEN_PORT: String(port),
    PORT: String(port),
    FC_WEB_CONFIGURED_PORT: String(spec.port),
    FC_FUNC_CODE_PATH: dir,
    FC_INSTANCE_ID: crypto.randomUUID(),
    NODE_OPTIONS: nodeOptions,
  }

  const listeners: ((line: string) => void)[] = []
  const child = spawn(command!, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  // Behind the server on the CPU, as every instance is (processes it starts inherit this).
  lowerProcessPriority(child.pid)
  const server: ServerProcess = {
    child,
    dir,
    port,
    ready: Promise.resolve(),
    exited: null,
    onLine: (listener) => listeners.push(listener),
    kill: () => kill(server),
  }
  const emit = (line: string) => {
    for (const listener of listeners) listener(line.length > 8192 ? `${line.slice(0, 8192)}…` : line)
  }
  for (const stream of [child.stdout, child.stderr]) {
    let rest = ''
    stream?.setEncoding('utf8')
    stream?.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n')
      rest = lines.pop() ?? ''
      if (rest.length > 65536) rest = rest.slice(-65536)
      for (const line of lines) emit(line)
    })
    stream?.on('end', () => rest && emit(rest))
    stream?.on('error', () => undefined)
  }
  const exit = new Promise<string>((done) => {
    child.once('error', (error) => {
      server.exited = { code: null, signal: null }
      done(`could not start \`${[command, ...args].join(' ')}\`: ${error.message}`)
    })
    child.once('exit', (code, signal) => {
      server.exited = { code, signal }
      done(signal ? `the server was ended by ${signal}` : `the server exited with code ${code}`)
    })
  })
  server.ready = (async () => {
    const deadline = Date.now() + options.startTimeoutMs
    let ended: string | null = null
    void exit.then((why) => {
      ended = why
    })
    while (Date.now() < deadline) {
      if (ended) throw new Error(`${ended} before listening on its port`)
      if (await canConnect(port)) return
      await new Promise((done) => setTimeout(done, 25))
    }
    throw new Error(
      `the server did not listen on port ${port} (FC_SERVER_PORT) within ${Math.round(options.startTimeoutMs / 1000)} s; listen on process.env.FC_SERVER_PORT (customRuntimeConfig.port ${spec.port})`,
    )
  })()
  server.ready.catch(() => undefined)
  return server
}

async function kill(server: ServerProcess): Promise<void> {
  const { child } = server
  if (server.exited === null && child.pid !== undefined) {
    const gone = new Promise<void>((done) => child.once('exit', () => done()))
    try {
      process.kill(-child.pid, 'SIGKILL') // the whole group: what the command started, too
    } catch {
      try {
        child.kill('SIGKILL')
      } catch {}
    }
    await Promise.race([gone, new Promise((done) => setTimeout(done, 2000))])
  }
  await rm(server.dir, { recursive: true, force: true }).catch(() => undefined)
}
