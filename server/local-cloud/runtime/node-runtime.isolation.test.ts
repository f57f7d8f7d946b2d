/**
 * The Node runtime's limits and instance lifecycle: whatever the function does (infinite loop, process.exit,
 * uncaught error, out of memory, oversized result), the host survives and the next call works; warm
 * instances keep module state, are not shared while busy, and end on evict / shutdown / idle.
 */

import { getPriority } from 'node:os'
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest'
import type { InvokeOutcome, InvokeRequest } from '../../../src/cloud-emulator/runtime/types'
import { createNodeRuntime } from './node-runtime'
import { INSTANCE_NICENESS } from './priority'
import { again, CRASH, json, request, text, utf8 } from './testing'

const runtime = createNodeRuntime()
afterAll(() => runtime.shutdown())

describe('limits and isolation: the host survives and the next call works', () => {
  const healthy = 'exports.handler = async () => "alive"'
  async function expectRecovery(previous: InvokeRequest, crashed: InvokeOutcome) {
    const next = await runtime.invoke(
      again(previous, { loadFiles: async () => ({ 'index.js': utf8(healthy) }) }),
    )
    expect(text(next.body)).toBe('alive')
    expect(next.initDurationMs).toBeDefined()
    expect(next.instanceId).not.toBe(crashed.instanceId)
  }

  test('an infinite loop is stopped at the timeout', async () => {
    const req = request({ 'index.js': 'exports.handler = () => { while (true) {} }' }, { timeoutSec: 1 })
    const out = await runtime.invoke(req)
    expect(json(out)).toEqual({ errorMessage: 'Task timed out after 1 seconds' })
    await expectRecovery(req, out)
  })

  test('an infinite loop at module top level is stopped at the timeout too', async () => {
    const req = request({ 'index.js': 'for (;;) {}' }, { timeoutSec: 1 })
    const out = await runtime.invoke(req)
    expect(json(out)).toEqual({ errorMessage: 'Task timed out after 1 seconds' })
    await expectRecovery(req, out)
  })

  test('process.exit ends the instance like a crash', async () => {
    const req = request({ 'index.js': "exports.handler = () => { console.log('bye'); process.exit(3) }" })
    const out = await runtime.invoke(req)
    expect(out.errorType).toBe('UnhandledInvocationError')
    expect(Object.keys(json(out))).toEqual(['errorMessage'])
    expect(json(out).errorMessage).toMatch(CRASH)
    expect(out.logs.some((l) => l.endsWith('verbose bye'))).toBe(true)
    await expectRecovery(req, out)
  })

  test('an uncaught exception in a timer crashes the instance, not the host', async () => {
    const code = "exports.handler = () => { setTimeout(() => { throw new Error('async boom') }, 0) }"
    const req = request({ 'index.js': code })
    const out = await runtime.invoke(req)
    expect(json(out).errorMessage).toMatch(CRASH)
    expect(out.logs.join('\n')).toContain('Error: async boom')
    await expectRecovery(req, out)
  })

  test('growing arrays until out of memory (128 MB) ends the instance', async () => {
    const code = 'exports.handler = () => { const hog = []; for (;;) hog.push(new Array(1e6).fill(1.5)) }'
    const req = request({ 'index.js': code }, { memoryMb: 128, timeoutSec: 20 })
    const out = await runtime.invoke(req)
    expect(json(out).errorMessage).toMatch(CRASH)
    expect(json(out).errorMessage).toContain('maxMemoryUsage: 128MB')
    expect(out.logs.join('\n')).toContain('JavaScript heap out of memory')
    await expectRecovery(req, out)
  })

  test('a result past the 16 MB sync response limit is an unhandled error', async () => {
    const code = "exports.handler = async () => 'x'.repeat(16 * 1024 * 1024 + 1)"
    const out = await runtime.invoke(request({ 'index.js': code }, { memoryMb: 512 }))
    expect(out.errorType).toBe('UnhandledInvocationError')
    expect(json(out).errorMessage).toMatch(
      /^Response payload size 16777217 bytes exceeds the limit of 16777216 bytes/,
    )
  })
})

describe('CPU priority (./priority.ts)', () => {
  // Linux gives each thread its own nice value; elsewhere instances share the CPU evenly.
  test.runIf(process.platform === 'linux')(
    "a function's thread runs nicer than the server's, and the server's own priority is unchanged",
    async () => {
      const server = getPriority()
      const code = `const { readlinkSync } = require('node:fs'); const { getPriority } = require('node:os')
exports.handler = async () => String(getPriority(Number(readlinkSync('/proc/thread-self').split('/').pop())))`
      const out = await runtime.invoke(request({ 'index.js': code }))
      expect(Number(text(out.body))).toBe(Math.min(19, server + INSTANCE_NICENESS))
      expect(getPriority()).toBe(server)
    },
  )
})

describe('warm instances', () => {
  const counter = 'let n = 0\nexports.handler = async () => { n += 1; return String(n) }'

  test('module state survives between calls; only the cold start loads code and reports init time', async () => {
    const loadFiles = vi.fn(async () => ({ 'index.js': utf8(counter) }))
    const first = request({}, { loadFiles })
    const a = await runtime.invoke(first)
    const b = await runtime.invoke(again(first))
    expect([text(a.body), text(b.body)]).toEqual(['1', '2'])
    expect(b.instanceId).toBe(a.instanceId)
    expect(a.initDurationMs).toBeGreaterThan(0)
    expect(b.initDurationMs).toBeUndefined()
    expect(loadFiles).toHaveBeenCalledTimes(1)
    expect(a.durationMs).toBeGreaterThanOrEqual(0)
    expect(a.maxMemoryUsageMb).toBeGreaterThan(0)
  })

  test('a busy instance is not shared: concurrent calls get their own instances', async () => {
    const code = "exports.handler = (e, c, cb) => setTimeout(() => cb(null, 'ok'), 50)"
    const first = request({ 'index.js': code })
    const [a, b] = await Promise.all([runtime.invoke(first), runtime.invoke(again(first))])
    expect([text(a.body), text(b.body)]).toEqual(['ok', 'ok'])
    expect(a.instanceId).not.toBe(b.instanceId)
  })

  test('evict ends idle instances now and busy ones after their call', async () => {
    const rt = createNodeRuntime()
    const code =
      'let n = 0\nexports.handler = (e, c, cb) => { n += 1; setTimeout(() => cb(null, String(n)), 20) }'
    const first = request({ 'index.js': code }, { functionName: 'evicted' })
    const a = await rt.invoke(first)
    await rt.evict('evicted')
    const b = await rt.invoke(again(first))
    expect(text(b.body)).toBe('1')
    expect(b.initDurationMs).toBeDefined()
    // `invoke` claims the warm instance synchronously, so it is busy when evict runs.
    const inFlight = rt.invoke(again(first))
    await rt.evict('evicted')
    const during = await inFlight
    expect(text(during.body)).toBe('2')
    expect(during.instanceId).toBe(b.instanceId)
    const c = await rt.invoke(again(first))
    expect(text(c.body)).toBe('1')
    expect(new Set([a.instanceId, b.instanceId, c.instanceId]).size).toBe(3)
    await rt.shutdown()
  })

  test('shutdown ends running invocations as crashes; the runtime stays usable', async () => {
    const rt = createNodeRuntime()
    const code =
      "exports.handler = (event, context, callback) => { if (String(event) === 'quick') callback(null, 'q') }"
    const first = request({ 'index.js': code }, { event: utf8('quick'), timeoutSec: 30 })
    await rt.invoke(first)
    // The warm instance receives the event synchronously; its handler never calls back.
    const running = rt.invoke(again(first, { event: utf8('hang') }))
    await rt.shutdown()
    const ended = await running
    expect(ended.errorType).toBe('UnhandledInvocationError')
    expect(json(ended).errorMessage).toMatch(CRASH)
    const after = await rt.invoke(again(first))
    expect(text(after.body)).toBe('q')
    expect(after.initDurationMs).toBeDefined()
    await rt.shutdown()
  })
})

describe('idle reclaim', () => {
  afterEach(() => vi.useRealTimers())

  test('an instance idle longer than idleMs is terminated; the next call cold-starts', async () => {
    // The pool times idleness with performance.now() and arms one timer per idle stretch: fake both.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    const rt = createNodeRuntime({ idleMs: 1000 })
    const first = request({ 'index.js': 'let n = 0\nexports.handler = async () => String(++n)' })
    const a = await rt.invoke(first)
    vi.advanceTimersByTime(999)
    const b = await rt.invoke(again(first))
    expect(b.instanceId).toBe(a.instanceId)
    // Past the first idle deadline, but only 600 ms after the last call: still warm.
    vi.advanceTimersByTime(600)
    const b2 = await rt.invoke(again(first))
    expect(b2.instanceId).toBe(a.instanceId)
    vi.advanceTimersByTime(1000)
    const c = await rt.invoke(again(first))
    expect(c.instanceId).not.toBe(a.instanceId)
    expect(c.initDurationMs).toBeDefined()
    expect(text(c.body)).toBe('1')
    expect(text(b2.body)).toBe('3')
    await rt.shutdown()
  })
})
