import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type {
  WebFunctionRequest,
  WebFunctionSpec,
} from '../../../src/cloud-emulator/runtime/web-functions.ts'
import { createWebFunctionHost } from './host.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

/** FC's own custom-runtime sample shape: listen on FC_SERVER_PORT, else 9000. */
const ECHO = `require('http').createServer((req, res) => {
  let body = ''
  req.on('data', (c) => (body += c))
  req.on('end', () => {
    console.log('got', req.method, req.url)
    res.writeHead(200, { 'content-type': 'application/json', 'x-pid': String(process.pid) })
    res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body, env: {
      FC_FUNCTION_NAME: process.env.FC_FUNCTION_NAME, SECRET: process.env.LOCAL_CLOUD_SECRET_TEST ?? null } }))
  })
}).listen(Number(process.env.FC_SERVER_PORT || 9000), () => console.log('listening'))
`

let dataDir: string
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'web-host-'))
})
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

let host: ReturnType<typeof createWebFunctionHost>
afterEach(async () => {
  await host?.shutdown()
  delete process.env.LOCAL_CLOUD_SECRET_TEST
})

function spec(files: Record<string, string>, overrides: Partial<WebFunctionSpec> = {}): WebFunctionSpec {
  return {
    functionName: 'web-fn',
    instanceKey: 'web-fn#1',
    runtime: 'custom.debian10',
    command: ['node'],
    args: ['index.js'],
    port: 9000,
    memoryMb: 512,
    timeoutSec: 10,
    environment: { FC_FUNCTION_NAME: 'web-fn' },
    loadFiles: async () => Object.fromEntries(Object.entries(files).map(([k, v]) => [k, utf8(v)])),
    ...overrides,
  }
}

const call = (overrides: Partial<WebFunctionRequest> = {}): WebFunctionRequest => ({
  method: 'POST',
  path: '/users/7?a=1&a=2',
  headers: [
    ['content-type', 'text/plain'],
    ['x-custom', 'c'],
  ],
  body: utf8('raw body'),
  requestId: '1-abc',
  timeoutMs: 5000,
  ...overrides,
})

describe('the web-function host (real processes)', () => {
  it('starts the user’s server, proxies the raw request, reuses it warm, and returns its output', async () => {
    host = createWebFunctionHost({ dataDir })
    process.env.LOCAL_CLOUD_SECRET_TEST = 'must-not-leak'
    const first = await host.request(spec({ 'index.js': ECHO }), call())
    expect(first.kind).toBe('response')
    if (first.kind !== 'response') return
    expect(first.status).toBe(200)
    const echoed = JSON.parse(new TextDecoder().decode(first.body))
    expect(echoed).toMatchObject({
      method: 'POST',
      url: '/users/7?a=1&a=2',
      body: 'raw body',
      headers: { 'content-type': 'text/plain', 'x-custom': 'c' },
      env: { FC_FUNCTION_NAME: 'web-fn', SECRET: null },
    })
    expect(first.logs).toEqual(expect.arrayContaining(['listening', 'got POST /users/7?a=1&a=2']))
    expect(first.initDurationMs).toBeGreaterThan(0)
    const second = await host.request(
      spec({ 'index.js': ECHO }),
      call({ method: 'GET', body: new Uint8Array() }),
    )
    expect(second.kind === 'response' && second.headers.find(([k]) => k === 'x-pid')?.[1]).toBe(
      first.headers.find(([k]) => k === 'x-pid')?.[1],
    )
    expect(second.kind === 'response' && second.initDurationMs).toBeFalsy()
  })

  it('moves a hard-coded port (FC samples listen on 9000) to the port it chose', async () => {
    host = createWebFunctionHost({ dataDir })
    const hardCoded = ECHO.replace('Number(process.env.FC_SERVER_PORT || 9000)', '9000')
    const result = await host.request(spec({ 'index.js': hardCoded }), call())
    expect(result.kind).toBe('response')
  })

  it('never lets a crash reach the server: start failure, exit during a request, timeout, bad command', async () => {
    host = createWebFunctionHost({ dataDir, startTimeoutMs: 2000 })
    const crash = await host.request(spec({ 'index.js': "console.error('boom'); process.exit(3)" }), call())
    expect(crash).toMatchObject({ kind: 'error', reason: 'start-failed' })
    expect(crash.kind === 'error' && crash.message).toContain('exited with code 3 before listening')
    expect(crash.logs).toContain('boom')

    const silent = await host.request(
      spec({ 'index.js': 'setInterval(() => {}, 1000)' }, { instanceKey: 'k2' }),
      call(),
    )
    expect(silent.kind === 'error' && silent.message).toContain('did not listen on port')

    const dies = ECHO.replace("console.log('got', req.method, req.url)", 'process.exit(1)')
    const died = await host.request(spec({ 'index.js': dies }, { instanceKey: 'k3' }), call())
    expect(died).toMatchObject({ kind: 'error', reason: 'exited' })

    const slow = "require('http').createServer(() => {}).listen(Number(process.env.FC_SERVER_PORT))"
    const timeout = await host.request(
      spec({ 'index.js': slow }, { instanceKey: 'k4' }),
      call({ timeoutMs: 300 }),
    )
    expect(timeout).toMatchObject({ kind: 'error', reason: 'timeout' })

    const missing = await host.request(
      spec({}, { command: ['no-such-command-xyz'], args: [], instanceKey: 'k5' }),
      call(),
    )
    expect(missing).toMatchObject({ kind: 'error', reason: 'start-failed' })
    // After all that a good server still answers.
    expect((await host.request(spec({ 'index.js': ECHO }, { instanceKey: 'k6' }), call())).kind).toBe(
      'response',
    )
  })

  it('runs the code’s bootstrap file when there is no command (FC custom runtime default)', async () => {
    host = createWebFunctionHost({ dataDir })
    const result = await host.request(
      spec(
        { bootstrap: `#!/bin/sh\nexec "${process.execPath}" server.js\n`, 'server.js': ECHO },
        { command: [], args: [] },
      ),
      call(),
    )
    expect(result.kind).toBe('response')
  })

  it('evict and shutdown stop the processes and remove the unzipped code', async () => {
    host = createWebFunctionHost({ dataDir })
    const first = await host.request(spec({ 'index.js': ECHO }), call())
    const pid = Number(first.kind === 'response' && first.headers.find(([k]) => k === 'x-pid')?.[1])
    await host.evict('web-fn')
    expect(() => process.kill(pid, 0)).toThrow()
    const again = await host.request(spec({ 'index.js': ECHO }), call())
    expect(again.kind === 'response' && again.initDurationMs).toBeGreaterThan(0)
    await host.shutdown()
    const left = await readdir(join(dataDir, 'web-functions'))
    expect(left.filter((name) => name.startsWith(`${process.pid}-`))).toEqual([])
  })
})
