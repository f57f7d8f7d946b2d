/**
 * The local cloud: a small node:http adapter around the emulator core (style-anchors §6.6 option B,
 * chosen for its request log). It converts IncomingMessage → the core's WireRequest (keeping the Host header,
 * which the gateway data plane will route by), asks `emulator.handle`, and streams the Response back.
 *
 * One log line per request on stdout: time, method, path (no query: RPC queries carry AccessKey ids
 * and signatures), status, duration and x-fc-request-id. Never headers or bodies.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Clock } from '../../src/cloud-emulator/clock.ts'
import { entityTooLarge, toFc3ErrorResponse } from '../../src/cloud-emulator/http/errors.ts'
import { inMemoryBody } from '../../src/cloud-emulator/http/response.ts'
import {
  headerRecordFromParsed,
  isWireAnswer,
  type WireAnswer,
  type WireRequest,
} from '../../src/cloud-emulator/http/wire.ts'
import type { IdSource } from '../../src/cloud-emulator/ids.ts'
import {
  type AccessKey,
  createEmulator,
  type Emulator,
  type EmulatorLogEvent,
} from '../../src/cloud-emulator/index.ts'
import type { FunctionRuntimePort } from '../../src/cloud-emulator/runtime/types.ts'
import type { WebFunctionPort } from '../../src/cloud-emulator/runtime/web-functions.ts'
import type { PersistencePort } from '../../src/cloud-emulator/store/persistence.ts'
import { DEFAULT_HOST, DEFAULT_PORT } from './config.ts'
import { reachableOrigin } from './endpoint.ts'
import { filePersistence } from './file-persistence.ts'
import { createWebFunctionHost } from './web-functions/host.ts'

/** Big enough for CreateFunction with the largest accepted zip (100 MB, base64 in JSON). */
export const DEFAULT_BODY_LIMIT_BYTES = 150 * 1024 * 1024

export interface LocalCloudOptions {
  runtime: FunctionRuntimePort
  /** Where state.json lives. Required unless `persistence` is given. */
  dataDir?: string
  persistence?: PersistencePort
  /** Default 9000; 0 picks a free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  accountId?: string
  region?: string
  /**
   * The AccessKey pairs CloudAPI, FC 3.0 and FC 2016-08-15 accept; their signatures are then verified.
   * Absent: nothing is verified (tests that speak plain HTTP). `npm start` / `npm run cloud` always pass
   * the configured pair (config.ts).
   */
  credentials?: readonly AccessKey[]
  clock?: Clock
  ids?: IdSource
  /**
   * Runs web functions (custom runtimes) as real HTTP server processes (./web-functions/host.ts).
   * Default: a host whose code directories live under `dataDir` (else the temp dir); `false`: none.
   */
  webFunctions?: WebFunctionPort | false
  bodyLimitBytes?: number
  /** Request log lines; default stdout. */
  logLine?: (line: string) => void
  /** Emulator diagnostics; default stderr. */
  logEvent?: (event: EmulatorLogEvent) => void
}

export interface LocalCloud {
  /** Where to call it, e.g. `http://127.0.0.1:9000`: the loopback when bound to 0.0.0.0 or :: (./endpoint.ts). */
  url: string
  port: number
  emulator: Emulator
  /** Stops accepting connections, then closes the emulator (and with it the runtime). */
  close(): Promise<void>
}

class BodyTooLarge extends Error {}

const NO_BODY = new Uint8Array()

async function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw new BodyTooLarge()
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** What a keep-alive connection says on every request, read from the socket once (each read is a syscall). */
interface ConnectionFacts {
  /** the caller's address, for the gateway's IP control: the socket's, never a header (issue 4) */
  clientIp: string
  localPort: number | undefined
}
const connections = new WeakMap<IncomingMessage['socket'], ConnectionFacts>()

function connectionFacts(req: IncomingMessage): ConnectionFacts {
  let facts = connections.get(req.socket)
  if (!facts) {
    facts = {
      clientIp: req.socket.remoteAddress?.replace(/^::ffff:(?=\d+\.)/, '') ?? '127.0.0.1',
      localPort: req.socket.localPort,
    }
    connections.set(req.socket, facts)
  }
  return facts
}

/** `host:port` or `[v6]:port` (a bare IPv6 literal's colons are inside its brackets). */
function hasPort(authority: string): boolean {
  return authority.lastIndexOf(':') > authority.lastIndexOf(']')
}

/**
 * The request as read off the socket (src/cloud-emulator/http/wire.ts): no WHATWG `Request` here; the
 * emulator builds one only for the endpoints that read it (the data plane does not).
 */
function toWire(
  req: IncomingMessage,
  body: Uint8Array,
  fallbackHost: string,
  localPort: number | undefined,
): WireRequest {
  // Node's own `req.headers` (its HTTP server reads it on every request, so it exists already) unless a
  // name came twice: then from rawHeaders, joined as `Headers` joins them (http/wire.ts).
  const headers = headerRecordFromParsed(req.headers, req.rawHeaders)
  // A repeated Host counts once, as node:http's own `req.headers.host` does.
  const host = headers.host?.split(',', 1)[0] || fallbackHost
  // `@alicloud/fc2` sends `Host` without the port; URLs the emulator hands out (code, HTTP triggers)
  // must still reach this server, so the port the request came in on is kept in the URL (not the header).
  // Put in the base before parsing: setting `url.port` afterwards costs a second parse.
  const keepPort = localPort !== undefined && localPort !== 80 && !hasPort(host)
  const origin = keepPort ? `http://${host}:${localPort}` : `http://${host}`
  const target = req.url ?? '/'
  // An origin-form target (`/path?query`, what clients send) is the path of this origin: one parse, not two
  // (a base URL and a relative one), and `//x` stays a path rather than naming a host.
  const url = target.startsWith('/') ? new URL(`${origin}${target}`) : new URL(target, origin)
  if (url.port === '' && localPort !== undefined && localPort !== 80) url.port = String(localPort)
  return { method: req.method ?? 'GET', url, headers, body }
}

/** A data-plane answer (src/cloud-emulator/http/wire.ts): status, headers and bytes, written in one `end()`. */
function sendAnswer(res: ServerResponse, answer: WireAnswer): void {
  const { body, headers } = answer
  // A flat [name, value, …] list: node:http takes it as it is (a spread of the record into a new object
  // went through V8's slow path on every call).
  const flat: string[] = []
  for (const name in headers) flat.push(name, headers[name]!)
  const sized = body !== null && body.length > 0
  if (sized && headers['content-length'] === undefined) flat.push('content-length', String(body.length))
  res.writeHead(answer.status, flat)
  res.end(sized ? body : undefined)
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, key) => {
    headers[key] = value
  })
  // An answer the emulator built from bytes in memory (nearly all of them): written in one piece with its
  // length, without reading the body stream back (src/cloud-emulator/http/response.ts, inMemoryResponse).
  const known = response.bodyUsed ? undefined : inMemoryBody(response)
  if (known !== undefined || !response.body) {
    if (known && known.length > 0 && headers['content-length'] === undefined)
      headers['content-length'] = String(known.length)
    res.writeHead(response.status, headers)
    res.end(known && known.length > 0 ? known : undefined)
    return
  }
  const reader = response.body.getReader()
  const first = await reader.read()
  const second = first.done ? first : await reader.read()
  if (second.done) {
    // A body in one piece — every answer the emulator builds in memory: one write with its length
    // (half the per-request cost of chunked streaming; bench `data-plane`, `http.adapter`).
    const bytes = first.done ? undefined : first.value
    if (bytes && headers['content-length'] === undefined) headers['content-length'] = String(bytes.length)
    res.writeHead(response.status, headers)
    res.end(bytes)
    return
  }
  res.writeHead(response.status, headers)
  let chunk: ReadableStreamReadResult<Uint8Array> = first
  let following: ReadableStreamReadResult<Uint8Array> | null = second
  while (!chunk.done) {
    if (res.destroyed) {
      await reader.cancel() // the client went away
      break
    }
    if (!res.write(chunk.value)) await new Promise((resolve) => res.once('drain', resolve))
    chunk = following ?? (await reader.read())
    following = null
  }
  res.end()
}

const defaultLogEvent = (event: EmulatorLogEvent) => {
  const detail = event.error instanceof Error ? `\n${event.error.stack ?? event.error.message}` : ''
  process.stderr.write(
    `[local-cloud] ${event.level} ${event.message}${event.requestId ? ` (${event.requestId})` : ''}${detail}\n`,
  )
}

/** Starts the local cloud and resolves once it listens. */
export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  const persistence =
    options.persistence ?? (options.dataDir ? filePersistence({ dir: options.dataDir }) : undefined)
  if (!persistence) throw new Error('startLocalCloud needs dataDir or persistence')
  const host = options.host ?? DEFAULT_HOST
  const limit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES
  const logLine = options.logLine ?? ((line: string) => process.stdout.write(`${line}\n`))
  let url: string | undefined // known once listening; /__emulator/health reports it (the console's curl lines)
  const emulator = createEmulator({
    persistence,
    runtime: options.runtime,
    clock: options.clock,
    ids: options.ids,
    accountId: options.accountId,
    region: options.region,
    credentials: options.credentials,
    webFunctions:
      options.webFunctions === false
        ? undefined
        : (options.webFunctions ?? createWebFunctionHost({ dataDir: options.dataDir })),
    runtimeMode: 'node',
    endpoint: () => url,
    log: options.logEvent ?? defaultLogEvent,
  })
  // A state file that cannot be loaded is reported (logEvent) and answered with 500s until a reset;
  // the server still starts so that the reset can be sent.
  await emulator.ready.catch(() => undefined)

  const server = createServer(async (req, res) => {
    const started = performance.now()
    const method = req.method ?? 'GET'
    let response: Response | WireAnswer
    try {
      const hasBody = method !== 'GET' && method !== 'HEAD'
      const body = hasBody ? await readBody(req, limit) : NO_BODY
      const { clientIp, localPort } = connectionFacts(req)
      response = await emulator.handle(toWire(req, body, `${host}:${port}`, localPort), { clientIp })
    } catch (error) {
      // Only the adapter's own failures land here: emulator.handle never throws.
      const requestId = `local-${Date.now().toString(16)}`
      response = toFc3ErrorResponse(error instanceof BodyTooLarge ? entityTooLarge(limit) : error, requestId)
      if (error instanceof BodyTooLarge) res.setHeader('connection', 'close')
    }
    try {
      // A data-plane answer is written synchronously: no promise (and no turn) for it.
      if (isWireAnswer(response)) sendAnswer(res, response)
      else await send(res, response)
    } catch {
      res.destroy()
    }
    const requestTarget = req.url ?? '/'
    const query = requestTarget.indexOf('?')
    const path = query === -1 ? requestTarget : requestTarget.slice(0, query)
    const ms = Math.round(performance.now() - started)
    const requestId = isWireAnswer(response)
      ? (response.headers['x-ca-request-id'] ?? '-')
      : (response.headers.get('x-fc-request-id') ??
        response.headers.get('x-acs-request-id') ??
        response.headers.get('x-ca-request-id') ??
        '-')
    logLine(`${method} ${path} ${response.status} ${ms}ms ${requestId}`)
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  url = reachableOrigin(host, port)

  return {
    url,
    port,
    emulator,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await emulator.close()
    },
  }
}
