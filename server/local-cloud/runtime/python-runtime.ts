/**
 * Python 3 in the local cloud: a `WorkerFactory` whose "worker" is a `python3` child process running
 * ./python/bootstrap.py, so Python functions go through the same instance pool as Node.js ones
 * (src/cloud-emulator/runtime/pool.ts: warm reuse, timeout by killing, crash → "Process exited
 * unexpectedly", log framing). The protocol messages travel as newline-delimited JSON with bytes as
 * base64; this file converts them both ways.
 *
 * Isolation: a process per instance; the timeout kills it (SIGKILL); memory is capped in the child with
 * RLIMIT_AS; its environment holds only the function's variables (plus PATH), never the server's.
 * The browser has no Python: the emulator answers Python invocations there with an error saying so
 * (src/cloud-emulator/control-plane/invocation.ts `unrunnableReason`).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import type { WorkerExit, WorkerFactory, WorkerHandle } from '../../../src/cloud-emulator/runtime/pool'
import type { HostMessage } from '../../../src/cloud-emulator/runtime/protocol'
import { lowerProcessPriority } from './priority'

export const PYTHON_BOOTSTRAP = fileURLToPath(new URL('./python/bootstrap.py', import.meta.url))

/** `LOCAL_CLOUD_PYTHON` names another interpreter; default `python3` on the PATH. */
export const pythonCommand = () => process.env.LOCAL_CLOUD_PYTHON || 'python3'

const b64 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')

/** Host → child: bytes become base64 strings. */
export function encodeHostMessage(message: HostMessage): string {
  if (message.type === 'init') {
    const files = Object.fromEntries(Object.entries(message.files).map(([path, bytes]) => [path, b64(bytes)]))
    return JSON.stringify({ ...message, files })
  }
  return JSON.stringify({ ...message, event: b64(message.event) })
}

/** Child → host: the result body back to bytes; anything unparsable is dropped (the pool checks shapes too). */
export function decodeWorkerLine(line: string): unknown {
  let message: Record<string, unknown>
  try {
    message = JSON.parse(line) as Record<string, unknown>
  } catch {
    return undefined
  }
  if (message.type === 'result' && typeof message.body === 'string')
    return { ...message, body: new Uint8Array(Buffer.from(message.body, 'base64')) }
  return message
}

const STDERR_KEEP = 4096

function handleFor(child: ChildProcess, codeDir: string): WorkerHandle {
  let exitListener: ((exit: WorkerExit) => void) | undefined
  let stderr = ''
  let exited = false
  let spawnError: Error | undefined
  const cleanup = () => rmSync(codeDir, { recursive: true, force: true })
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_KEEP)
  })
  let finish: (code: number | null, signal: NodeJS.Signals | null) => void = () => {}
  // Always listen: an unhandled 'error' (python3 missing, EPIPE) would throw in the server.
  child.on('error', (error) => {
    spawnError = error
    // A process that never started may not emit 'close'.
    if (child.pid === undefined) finish(null, null)
  })
  child.stdin?.on('error', () => {})
  const closed = new Promise<void>((resolve) => {
    finish = (code, signal) => {
      if (exited) return
      exited = true
      cleanup()
      const text = stderr.trim()
      const exit: WorkerExit = { code: code ?? undefined }
      if (spawnError) {
        exit.error = {
          name: 'Error',
          message: `python3 could not be started (${spawnError.message}); install Python 3 or set LOCAL_CLOUD_PYTHON`,
        }
      } else if (text !== '') {
        const last = text.split('\n').at(-1) ?? text
        const memory = /^MemoryError: (.*)$/.exec(last)
        exit.error = memory
          ? { name: 'MemoryError', message: memory[1] ?? '' }
          : { name: 'Error', message: last }
      } else if (signal && signal !== 'SIGKILL') {
        exit.error = { name: 'Error', message: `the Python process was ended by ${signal}` }
      }
      exitListener?.(exit)
      resolve()
    }
    child.on('close', (code, signal) => finish(code, signal))
  })
  return {
    post(message) {
      if (exited || !child.stdin?.writable) throw new Error('the Python process has exited')
      child.stdin.write(`${encodeHostMessage(message)}\n`)
    },
    onMessage(listener) {
      if (!child.stdout) return
      createInterface({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => {
        const message = decodeWorkerLine(line)
        if (message !== undefined) listener(message)
      })
    },
    onExit(listener) {
      exitListener = listener
    },
    async terminate() {
      if (!exited) child.kill('SIGKILL')
      await closed
    },
    ref() {
      child.ref()
    },
    unref() {
      // An idle instance must not keep the server process alive (its pipes hold references too).
      child.unref()
      for (const stream of [child.stdin, child.stdout, child.stderr])
        (stream as unknown as { unref?: () => void } | null)?.unref?.()
    },
  }
}

export function pythonWorkerFactory(options: { command?: string; bootstrap?: string } = {}): WorkerFactory {
  return {
    createWorker({ memoryMb }) {
      const codeDir = mkdtempSync(join(tmpdir(), 'fc-python-'))
      const child = spawn(
        options.command ?? pythonCommand(),
        ['-u', '-s', '-B', options.bootstrap ?? PYTHON_BOOTSTRAP, String(memoryMb), codeDir],
        {
          // The server's environment (cloud credentials in real-cloud mode) must not reach user code.
          env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PYTHONIOENCODING: 'utf-8', LANG: 'C.UTF-8' },
          stdio: ['pipe', 'pipe', 'pipe'],
        },
      )
      lowerProcessPriority(child.pid)
      return handleFor(child, codeDir)
    },
  }
}
