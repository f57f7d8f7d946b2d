/**
 * One FC 3.0 scenario over plain HTTP, run against every adapter (the local cloud's node:http server,
 * MSW in Node) with the real Node runtime, to prove they speak the same wire. It returns a transcript
 * with the varying parts (request ids, function ids, times, durations) masked, so two adapters'
 * transcripts can be compared for equality.
 */
import { zipOf } from './harness'

export const WIRE_HANDLER = `exports.handler = async (event, context) => {
  const input = JSON.parse(event.toString())
  console.log('hello from', context.function.name)
  return JSON.stringify({ hello: input.name, fn: context.function.name, memory: context.function.memory })
}
`

export interface WireTarget {
  /** FC 3.0 paths are appended to this, e.g. `http://127.0.0.1:9000` or `http://localhost/api/fc` */
  fcBase: string
  /** GetFunctionCode's url as this client can fetch it (the console maps /__emulator/ to /api/emulator/) */
  codeUrl(url: string): string
  fetch: typeof fetch
}

export interface WireStep {
  step: string
  status: number
  body: unknown
  headers?: Record<string, string>
}

function mask(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value)
      .replace(/1-[0-9a-f]{8}-[0-9a-f]{24}/g, '<request-id>')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>')
      .replace(/https?:\/\/[^/"]+\/__emulator\//g, '<origin>/__emulator/'),
  )
}

export async function runWireScenario(target: WireTarget): Promise<WireStep[]> {
  const transcript: WireStep[] = []
  const fc = (path: string, init?: RequestInit) => target.fetch(`${target.fcBase}/2023-03-30${path}`, init)
  const json = (body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  async function record(step: string, response: Response, headerNames: string[] = []) {
    const text = await response.text()
    let body: unknown = text
    try {
      body = text === '' ? null : JSON.parse(text)
    } catch {}
    const headers = Object.fromEntries(
      headerNames.map((name) => [name, response.headers.get(name) ?? '<absent>']),
    )
    transcript.push(mask({ step, status: response.status, body, headers }) as WireStep)
    return body as Record<string, unknown>
  }

  const code = { zipFile: zipOf({ 'index.js': WIRE_HANDLER }).base64 }
  const create = (functionName: string, extra = {}) =>
    fc('/functions', json({ functionName, runtime: 'nodejs20', handler: 'index.handler', code, ...extra }))

  await record('create wire-a', await create('wire-a', { memorySize: 256 }))
  await record('create duplicate', await create('wire-a'))
  await record('create invalid memory', await create('wire-c', { memorySize: 100 }))
  await record('create wire-b', await create('wire-b'))
  await record('get wire-a', await fc('/functions/wire-a'))
  const page1 = await record('list page 1', await fc('/functions?prefix=wire-&limit=1'))
  await record(
    'list page 2',
    await fc(`/functions?prefix=wire-&limit=1&nextToken=${encodeURIComponent(String(page1.nextToken))}`),
  )
  await record(
    'update wire-a',
    await fc('/functions/wire-a', { method: 'PUT', body: JSON.stringify({ timeout: 5 }) }),
  )

  const invoked = await fc('/functions/wire-a/invocations', {
    method: 'POST',
    headers: { 'x-fc-log-type': 'Tail' },
    body: JSON.stringify({ name: 'wire' }),
  })
  const logResult = invoked.headers.get('x-fc-log-result')
  await record('invoke wire-a', invoked, ['content-type', 'x-fc-error-type'])
  transcript.push({
    step: 'invoke log tail',
    status: 0,
    body: logResult === null ? null : /hello from wire-a/.test(atob(logResult)),
  })

  await record('invoke missing', await fc('/functions/missing/invocations', { method: 'POST', body: '{}' }))
  const codeInfo = await record('get code', await fc('/functions/wire-b/code'))
  const zip = await target.fetch(target.codeUrl(String(codeInfo.url)))
  transcript.push({ step: 'download code', status: zip.status, body: (await zip.arrayBuffer()).byteLength })
  await record('delete wire-a', await fc('/functions/wire-a', { method: 'DELETE' }))
  await record('delete wire-b', await fc('/functions/wire-b', { method: 'DELETE' }))
  await record('get deleted', await fc('/functions/wire-a'))
  await record('unknown path', await fc('/layers'))
  return transcript
}
