/**
 * What the cases share: function code as a base64 zip, requests against the emulator the way the
 * adapters build them, state seeding, a runtime that never runs anything, and clean-up.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { bytesToBase64 } from '../src/cloud-emulator/control-plane/fc3/code.ts'
import type { Emulator } from '../src/cloud-emulator/index.ts'
import type { FunctionRuntimePort } from '../src/cloud-emulator/runtime/types.ts'
import { emptyState, type FunctionRecord, type State } from '../src/cloud-emulator/store/state.ts'

/** The host the FC 3.0 SDK talks to; the emulator core only sees real hosts and paths. */
export const ORIGIN = 'https://1234567890123456.cn-hangzhou.fc.aliyuncs.com'
export const FC3 = '/2023-03-30'

export const TRIVIAL_HANDLER = "exports.handler = (event, context, callback) => callback(null, 'ok')\n"

const encoder = new TextEncoder()
const decoder = new TextDecoder()
export const utf8 = (text: string) => encoder.encode(text)
export const fromUtf8 = (bytes: Uint8Array | ArrayBuffer) => decoder.decode(bytes)

/** A base64 zip; a pinned mtime keeps the bytes (and the checksum) the same from run to run. */
export function zipBase64(files: Record<string, string>): string {
  const entries = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, utf8(text)]))
  return bytesToBase64(zipSync(entries, { mtime: new Date('2026-01-01T00:00:00Z') }))
}

export function createInput(
  functionName: string,
  source = TRIVIAL_HANDLER,
  extra: Record<string, unknown> = {},
) {
  return {
    functionName,
    runtime: 'nodejs20',
    handler: 'index.handler',
    memorySize: 128,
    timeout: 10,
    code: { zipFile: zipBase64({ 'index.js': source }) },
    ...extra,
  }
}

export interface CallOptions {
  body?: string | Uint8Array
  headers?: Record<string, string>
  origin?: string
}

export function fcRequest(method: string, path: string, options: CallOptions = {}): Request {
  return new Request(`${options.origin ?? ORIGIN}${path}`, {
    method,
    headers: options.headers,
    body: options.body as BodyInit | undefined,
  })
}

/** One request through `emulator.handle`; the body is read, as an adapter would stream it out. */
export async function call(
  emulator: Emulator,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<{ status: number; headers: Headers; body: Uint8Array }> {
  const response = await emulator.handle(fcRequest(method, path, options))
  return {
    status: response.status,
    headers: response.headers,
    body: new Uint8Array(await response.arrayBuffer()),
  }
}

/** Like `call`, but fails the case unless the answer is `status` (a benchmark of errors measures nothing). */
export async function expectCall(
  emulator: Emulator,
  method: string,
  path: string,
  options: CallOptions & { status?: number } = {},
) {
  const result = await call(emulator, method, path, options)
  const want = options.status ?? 200
  if (result.status !== want) {
    throw new Error(`${method} ${path}: expected ${want}, got ${result.status}: ${fromUtf8(result.body)}`)
  }
  return result
}

export async function createFunction(
  emulator: Emulator,
  name: string,
  source = TRIVIAL_HANDLER,
): Promise<FunctionRecord> {
  const result = await expectCall(emulator, 'POST', `${FC3}/functions`, {
    body: JSON.stringify(createInput(name, source)),
  })
  return JSON.parse(fromUtf8(result.body)) as FunctionRecord
}

export const invokePath = (name: string) => `${FC3}/functions/${encodeURIComponent(name)}/invocations`

/** `fn-00000`, `fn-00001`, …: sorted names, so a page's position is predictable. */
export const seededName = (i: number) => `fn-${String(i).padStart(5, '0')}`

/**
 * A state with `count` functions, all sharing one code package, built from a real CreateFunction record
 * (so it passes the seed's validation exactly as stored state would).
 */
export function stateWith(template: FunctionRecord, zipFile: string, count: number): State {
  const functions: Record<string, FunctionRecord> = {}
  for (let i = 0; i < count; i++) {
    const name = seededName(i)
    functions[name] = {
      ...template,
      functionName: name,
      functionArn: template.functionArn.replace(/[^/]+$/, name),
      functionId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }
  }
  return { ...emptyState(), fc3: { functions, code: { [template.codeChecksum]: zipFile }, triggers: {} } }
}

/** Replaces the emulator's state through the control endpoint (one commit, whatever the size). */
export async function seed(emulator: Emulator, state: State): Promise<void> {
  await expectCall(emulator, 'POST', '/__emulator/seed', { body: JSON.stringify(state) })
}

/** For control-plane cases: a runtime that is never asked to run anything. */
export const idleRuntime: FunctionRuntimePort = {
  invoke: () => Promise.reject(new Error('this benchmark does not invoke functions')),
  evict: async () => undefined,
  shutdown: async () => undefined,
}

/** Clean-up steps, run last-in first-out whatever happened; each step's failure is reported, not thrown. */
export class Cleanup {
  private readonly steps: Array<() => Promise<unknown> | unknown> = []

  add(step: () => Promise<unknown> | unknown): void {
    this.steps.push(step)
  }

  async tempDir(prefix: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), `bench-${prefix}-`))
    this.add(() => rm(dir, { recursive: true, force: true }))
    return dir
  }

  async run(): Promise<void> {
    while (this.steps.length > 0) {
      const step = this.steps.pop()!
      try {
        await step()
      } catch (error) {
        process.stderr.write(`bench: clean-up step failed: ${String(error)}\n`)
      }
    }
  }
}

/** Runs `body` with a fresh `Cleanup` and always runs it afterwards. */
export async function withCleanup<T>(body: (cleanup: Cleanup) => Promise<T>): Promise<T> {
  const cleanup = new Cleanup()
  try {
    return await body(cleanup)
  } finally {
    await cleanup.run()
  }
}
