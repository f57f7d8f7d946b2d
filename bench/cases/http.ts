/**
 * The local cloud's HTTP adapter (server/local-cloud/server.ts): the same warm InvokeFunction over real HTTP
 * (node:http client, keep-alive, loopback) against `emulator.handle` called in-process on the very emulator
 * the server wraps, so both land on the same warm instance.
 *
 * - `http.adapter`: HTTP / in-process. What it adds: the client, loopback TCP, reading the body into a web
 *   Request and streaming the Response back.
 */
import { Agent, request as httpRequest } from 'node:http'
import { createNodeRuntime } from '../../server/local-cloud/runtime/node-runtime.ts'
import { startLocalCloud } from '../../server/local-cloud/server.ts'
import { memoryPersistence } from '../../src/cloud-emulator/store/persistence.ts'
import { createFunction, expectCall, fromUtf8, invokePath, withCleanup } from '../fixtures.ts'
import { type BenchCase, compare, ratioCheck, timing } from '../harness.ts'

const NAME = 'bench-http'

interface HttpResult {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function post(agent: Agent, url: string, body: string): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/octet-stream' } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

export const httpCase: BenchCase = {
  name: 'http',
  description: 'warm InvokeFunction through the local cloud over HTTP vs emulator.handle in-process',
  run: () =>
    withCleanup(async (cleanup) => {
      const cloud = await startLocalCloud({
        runtime: createNodeRuntime(),
        persistence: memoryPersistence(),
        port: 0,
        logLine: () => undefined,
      })
      cleanup.add(() => cloud.close())
      const agent = new Agent({ keepAlive: true, maxSockets: 1 })
      cleanup.add(() => agent.destroy())
      const origin = { origin: cloud.url }
      await createFunction(cloud.emulator, NAME)

      const url = `${cloud.url}${invokePath(NAME)}`
      let instance: string | undefined
      const overHttp = async () => {
        const result = await post(agent, url, '{}')
        if (result.status !== 200 || result.body !== 'ok')
          throw new Error(`HTTP ${result.status}: ${result.body}`)
        instance = String(result.headers['x-fc-instance-id'])
      }
      const inProcess = async () => {
        const result = await expectCall(cloud.emulator, 'POST', invokePath(NAME), { ...origin, body: '{}' })
        if (fromUtf8(result.body) !== 'ok') throw new Error(`unexpected body ${fromUtf8(result.body)}`)
        if (instance !== undefined && result.headers.get('x-fc-instance-id') !== instance) {
          throw new Error('HTTP and in-process calls were answered by different instances')
        }
      }

      const result = await compare(overHttp, inProcess, { warmup: 50, iterations: 300, rounds: 6 })
      return [
        ratioCheck(
          'http.adapter',
          timing('local cloud over HTTP (keep-alive)', result.subject),
          timing('emulator.handle in-process', result.reference),
          { max: 5 },
          'includes the client and loopback TCP as well as the adapter',
        ),
      ]
    }),
}
