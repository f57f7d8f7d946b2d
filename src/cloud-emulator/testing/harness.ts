/**
 * Drives an emulator through `handle(new Request(...))`, exactly as the adapters do, with a pinned
 * clock, deterministic ids, memory persistence and the fake runtime.
 */
import { zipSync } from 'fflate'
import { manualClock } from '../clock'
import { bytesToBase64 } from '../control-plane/fc3/code'
import { sequentialIds } from '../ids'
import { createEmulator, type EmulatorLogEvent, type EmulatorOptions } from '../index'
import { memoryPersistence, type PersistencePort } from '../store/persistence'
import { fakeRuntime, type Responder } from './fake-runtime'

export const ORIGIN = 'https://1234567890123456.cn-hangzhou.fc.aliyuncs.com'

export const HANDLER_SOURCE = "exports.handler = (event, context, callback) => callback(null, 'hello')\n"

/** A zip (bytes and base64) with the given files; `index.js` with a handler by default. */
export function zipOf(files: Record<string, string> = { 'index.js': HANDLER_SOURCE }) {
  const entries = Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text)])
  // A pinned mtime keeps the bytes (and so the checksum) the same from run to run.
  const bytes = zipSync(Object.fromEntries(entries), { mtime: new Date('2026-01-01T00:00:00Z') })
  return { bytes, base64: bytesToBase64(bytes) }
}

export function createInput(overrides: Record<string, unknown> = {}) {
  return {
    functionName: 'hello',
    runtime: 'nodejs20',
    handler: 'index.handler',
    code: { zipFile: zipOf().base64 },
    ...overrides,
  }
}

interface CallOptions {
  body?: unknown
  headers?: Record<string, string>
}

export function setup(
  options: { responder?: Responder; persistence?: PersistencePort } & Partial<EmulatorOptions> = {},
) {
  const clock = manualClock(Date.UTC(2026, 0, 2, 3, 4, 5, 678))
  const persistence = options.persistence ?? memoryPersistence()
  const fake = fakeRuntime(options.responder)
  const logs: EmulatorLogEvent[] = []
  const emulator = createEmulator({
    clock,
    ids: sequentialIds(),
    runtimeMode: 'node',
    log: (event) => logs.push(event),
    ...options,
    persistence,
    runtime: fake.runtime,
  })

  async function call(method: string, path: string, { body, headers }: CallOptions = {}) {
    const raw =
      body === undefined || body instanceof Uint8Array || typeof body === 'string'
        ? body
        : JSON.stringify(body)
    return emulator.handle(
      new Request(`${ORIGIN}${path}`, { method, headers, body: raw as BodyInit | undefined }),
    )
  }

  /** Calls and parses the JSON body. */
  async function json<T = Record<string, unknown>>(method: string, path: string, init?: CallOptions) {
    const response = await call(method, path, init)
    const text = await response.text()
    return { response, status: response.status, body: (text === '' ? null : JSON.parse(text)) as T }
  }

  async function createFunction(overrides: Record<string, unknown> = {}) {
    const result = await json('POST', '/2023-03-30/functions', { body: createInput(overrides) })
    if (result.status !== 200) throw new Error(`create failed: ${JSON.stringify(result.body)}`)
    return result.body
  }

  return { emulator, clock, persistence, fake, logs, call, json, createFunction }
}
