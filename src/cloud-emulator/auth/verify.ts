/**
 * AccessKey signatures on the control-plane endpoints, checked the way the real ones check them,
 * before any routing (so a wrong secret is SignatureDoesNotMatch even for an action that does not
 * exist): CloudAPI through the POP gateway (RPC V1 or V3), Function Compute 3.0 and 2016-08-15 (V3 or
 * the `FC <ak>:<sig>` scheme). Not signed with an AccessKey, so never checked here: the emulator's
 * `/__emulator/*` endpoint and the gateway data plane (`*.alicloudapi.com` hosts; its X-Ca app
 * signatures are the data plane's business, with ../signing/gateway.ts).
 *
 * Order of the checks, as the error a client sees first: credentials present → key known → time
 * inside ±15 minutes → signature → (CloudAPI only) nonce not reused within 15 minutes.
 */
import type { Clock } from '../clock'
import { type IdSource, popRequestId } from '../ids'
import { ACS3, parseAcs3Authorization, verifyAcs3 } from '../signing/acs3'
import { type AccessKey, parseHttpDate, parseIsoSeconds } from '../signing/credentials'
import { sha256Hex } from '../signing/crypto'
import { formDecode, rawPairs } from '../signing/encoding'
import { fc2016PathAndQuery, parseFcAuthorization, verifyFc2016 } from '../signing/fc2016'
import { verifyRpcV1 } from '../signing/rpc-v1'
import { createNonceMemory, type NonceMemory, REPLAY_WINDOW_MS } from './nonces'
import { AuthError, authErrorResponse, fc, pop, type SignedApi } from './responses'

export interface VerifierOptions {
  credentials: readonly AccessKey[]
  clock: Clock
  ids: IdSource
  region: string
  nonces?: NonceMemory
}

/** Answers the refusal, or null when the request may proceed. */
export type Verifier = (request: Request, url: URL, fcRequestId: string) => Promise<Response | null>

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`)

/** Which AccessKey-signed API a request addresses, by path and Host as the cloud's DNS would; null: none. */
export function signedApiOf(url: URL, host: string): SignedApi | null {
  if (host.toLowerCase().replace(/:\d+$/, '').endsWith('.alicloudapi.com')) return null
  if (under(url.pathname, '/2016-08-15')) return 'fc2'
  if (under(url.pathname, '/2023-03-30')) return 'fc3'
  return url.pathname === '/' || url.pathname === '' ? 'cloudapi' : null
}

interface Received {
  request: Request
  url: URL
  headers: Record<string, string>
  now: number
}

async function bodyOf(request: Request): Promise<Uint8Array> {
  if (request.method === 'GET' || request.method === 'HEAD' || !request.body) return new Uint8Array()
  return new Uint8Array(await request.clone().arrayBuffer())
}

function withinWindow(time: number, now: number): boolean {
  return Math.abs(now - time) <= REPLAY_WINDOW_MS
}

export function createVerifier(options: VerifierOptions): Verifier {
  const secrets = new Map(options.credentials.map((k) => [k.accessKeyId, k.accessKeySecret]))
  const nonces = options.nonces ?? createNonceMemory()
  const popHost = `apigateway.${options.region}.aliyuncs.com`

  function rememberNonce(accessKeyId: string, nonce: string, now: number) {
    if (!nonces.remember(`${accessKeyId}\u0000${nonce}`, now)) throw pop.nonceUsed()
  }

  /** RPC V1: every parameter (query ∪ form body) is signed, Signature included in them. */
  async function cloudApiV1(r: Received): Promise<void> {
    const params: Record<string, string> = {}
    const isForm = (r.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
    const formText = isForm ? new TextDecoder().decode(await bodyOf(r.request)) : ''
    for (const { name, value } of [...rawPairs(r.url.search), ...rawPairs(formText)]) {
      const key = formDecode(name)
      if (!(key in params)) params[key] = formDecode(value)
    }
    if (!params.AccessKeyId) throw pop.missing('AccessKeyId')
    if (!params.Signature) throw pop.missing('Signature')
    if ((params.SignatureMethod ?? 'HMAC-SHA1') !== 'HMAC-SHA1') throw pop.badMethod('SignatureMethod')
    if ((params.SignatureVersion ?? '1.0') !== '1.0') throw pop.badMethod('SignatureVersion')
    const secret = secrets.get(params.AccessKeyId)
    if (secret === undefined) throw pop.keyNotFound()
    if (!params.Timestamp) throw pop.missing('Timestamp')
    const time = parseIsoSeconds(params.Timestamp)
    if (time === null) throw pop.timeFormat()
    if (!withinWindow(time, r.now)) throw pop.expired()
    if (!params.SignatureNonce) throw pop.missing('SignatureNonce')
    const result = await verifyRpcV1(r.request.method, params, secret)
    if (!result.ok) throw pop.mismatch('v1', result.stringToSign)
    rememberNonce(params.AccessKeyId, params.SignatureNonce, r.now)
  }

  /** V3 on any endpoint; `refuse` maps each failure to that endpoint's own error. */
  async function acs3(r: Received, api: SignedApi): Promise<void> {
    const isPop = api === 'cloudapi'
    const auth = parseAcs3Authorization(r.headers.authorization ?? '')
    if (!auth) throw isPop ? pop.incomplete() : fc.mismatch()
    const secret = secrets.get(auth.accessKeyId)
    if (secret === undefined) throw isPop ? pop.keyNotFound() : fc.keyNotFound(auth.accessKeyId)
    const date = r.headers['x-acs-date']
    if (!date) throw isPop ? pop.missing('x-acs-date') : fc.missingHeader('x-acs-date')
    const time = parseIsoSeconds(date)
    if (time === null || !withinWindow(time, r.now)) {
      if (!isPop) throw fc.skewed(date, r.now)
      throw time === null ? pop.timeFormat() : pop.expired()
    }
    const nonce = r.headers['x-acs-signature-nonce']
    if (isPop && !nonce) throw pop.missing('x-acs-signature-nonce')
    // The body hash is the server's own: a body changed on the way fails like a wrong signature.
    const parts = {
      method: r.request.method,
      path: r.url.pathname,
      search: r.url.search,
      headers: r.headers,
      hashedPayload: await sha256Hex(await bodyOf(r.request)),
    }
    const result = await verifyAcs3(parts, auth, secret)
    if (!result.ok) throw isPop ? pop.mismatch('v3', result.stringToSign) : fc.mismatch()
    if (isPop && nonce) rememberNonce(auth.accessKeyId, nonce, r.now)
  }

  /** `Authorization: FC <ak>:<sig>` with the `Date` header (FC 2016-08-15's scheme). */
  async function fcScheme(r: Received): Promise<void> {
    const auth = parseFcAuthorization(r.headers.authorization ?? '')
    if (!auth) throw fc.mismatch()
    const secret = secrets.get(auth.accessKeyId)
    if (secret === undefined) throw fc.keyNotFound(auth.accessKeyId)
    const date = r.headers.date
    if (!date) throw fc.missingHeader('Date')
    const time = parseHttpDate(date)
    if (time === null || !withinWindow(time, r.now)) throw fc.skewed(date, r.now)
    const parts = {
      method: r.request.method,
      headers: r.headers,
      ...fc2016PathAndQuery(r.url.pathname, r.url.search),
    }
    const result = await verifyFc2016(parts, auth.signature, secret)
    if (!result.ok) throw fc.mismatch()
  }

  return async (request, url, fcRequestId) => {
    const host = request.headers.get('host') ?? url.host
    const api = signedApiOf(url, host)
    if (!api) return null
    const headers: Record<string, string> = {}
    request.headers.forEach((value, name) => {
      headers[name] = value
    })
    const received: Received = { request, url, headers, now: options.clock.now() }
    const authorization = headers.authorization ?? ''
    try {
      if (authorization.startsWith(`${ACS3} `)) await acs3(received, api)
      else if (api === 'cloudapi') await cloudApiV1(received)
      else if (authorization === '') throw fc.missingHeader('Authorization')
      else await fcScheme(received)
      return null
    } catch (error) {
      if (!(error instanceof AuthError)) throw error
      return authErrorResponse(api, error, { fcRequestId, popRequestId: popRequestId(options.ids), popHost })
    }
  }
}
