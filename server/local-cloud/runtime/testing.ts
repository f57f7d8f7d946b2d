/** Shared by the runtime tests: requests over in-memory code, each with its own instance key by default. */
import type { InvokeOutcome, InvokeRequest } from '../../../src/cloud-emulator/runtime/types'

export const utf8 = (s: string) => new TextEncoder().encode(s)
export const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
export const json = (o: InvokeOutcome) => JSON.parse(text(o.body)) as Record<string, unknown>

let seq = 0
/** A request with a fresh instance key (so no test sees another's warm instance) unless one is given. */
export function request(
  files: Record<string, string>,
  overrides: Partial<InvokeRequest> = {},
): InvokeRequest {
  seq += 1
  const loaded = Object.fromEntries(Object.entries(files).map(([path, source]) => [path, utf8(source)]))
  return {
    requestId: `1-6500000${seq % 10}-${String(seq).padStart(24, '0')}`,
    instanceKey: `key-${seq}`,
    functionName: `fn-${seq}`,
    handler: 'index.handler',
    runtime: 'nodejs20',
    memoryMb: 128,
    timeoutSec: 3,
    environmentVariables: {},
    loadFiles: async () => loaded,
    event: utf8(''),
    accountId: '1234567890123456',
    region: 'cn-hangzhou',
    credentials: () => ({ accessKeyId: 'STS.ak', accessKeySecret: 'sk', securityToken: 'token' }),
    ...overrides,
  }
}

/** The next call on the same instance key, with a new request id. */
export function again(previous: InvokeRequest, overrides: Partial<InvokeRequest> = {}): InvokeRequest {
  seq += 1
  return { ...previous, requestId: `1-65000000-${String(seq).padStart(24, '0')}`, ...overrides }
}

export const CRASH =
  /^Process exited unexpectedly before completing request \(duration: \d+ms, maxMemoryUsage: \d+MB\)$/
