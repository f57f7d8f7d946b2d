/**
 * App authentication and authorization of a data-plane call to an `AuthType: APP` API (reference §2d,
 * §5; seed 002 Step 4–5): who calls — by `X-Ca-Key` + `X-Ca-Signature`, or by `Authorization: APPCODE
 * <AppCode>` (or `?AppCode=` when the API's AppCodeAuthType is HEADER_QUERY) — and whether that app
 * is authorized for this API in this stage and not expired.
 *
 * Signature checks, in the order a caller meets them (the order of Alibaba's own re-implementation,
 * higress hmac_auth plugin.cc, which the reference uses for edge cases): AppKey known → signature
 * present → signature method allowed → X-Ca-Timestamp within 15 minutes (ms, or seconds as in the
 * doc example) → X-Ca-Nonce present when the API forces it → Content-MD5 matches the body →
 * signature (signing/gateway.ts, the one implementation shared with the proxy) → nonce not used within
 * 15 minutes (remembered only for correctly signed calls, so forged ones cannot burn nonces).
 */
import type { GatewayTraceAuth, STAGE_NAMES } from '../../../cloud-api/cloudapi'
import { createNonceMemory, type NonceMemory, REPLAY_WINDOW_MS } from '../../auth/nonces'
import type { OpContext } from '../../context'
import type { HeaderRecord } from '../../http/wire'
import { isPromise } from '../../promises'
import type { MaybePromise } from '../../signing/crypto'
import {
  declaredNamesOf,
  type GatewayVerdict,
  gatewayErrorStringToSign,
  verifyGateway,
} from '../../signing/gateway'
import { contentMd5 } from '../../signing/md5'
import { type AppRecord, authorizationKey } from '../../store/cloudapi-tables'
import type { DeepReadonly } from '../../store/state'
import type { Store } from '../../store/store'
import type { Route } from './match'
import { GatewayError } from './respond'

export interface Caller {
  app: DeepReadonly<AppRecord> | null
  auth: GatewayTraceAuth
}

// One nonce memory per emulator (keyed by its store, as the traces are): bounded and windowed.
const nonceMemories = new WeakMap<Store, NonceMemory>()
function noncesOf(store: Store): NonceMemory {
  let memory = nonceMemories.get(store)
  if (!memory) {
    memory = createNonceMemory(REPLAY_WINDOW_MS, 100_000)
    nonceMemories.set(store, memory)
  }
  return memory
}

const APPCODE = /^APPCODE\s+(\S+)\s*$/i

type App = DeepReadonly<AppRecord>
interface AppIndex {
  byKey: Map<string, App>
  byCode: Map<string, App>
}

/**
 * Apps by AppKey and by AppCode, built once per committed apps table: a commit replaces the tables it
 * read (store.ts), so a table object never changes under its index. A scan of every app per call grew
 * with the number of apps.
 */
const appIndexes = new WeakMap<object, AppIndex>()
function appIndexOf(apps: DeepReadonly<Record<string, AppRecord>>): AppIndex {
  let index = appIndexes.get(apps)
  if (!index) {
    index = { byKey: new Map(), byCode: new Map() }
    // The first app of a key or code wins, as a scan in table order would find it.
    for (const app of Object.values(apps)) {
      if (!index.byKey.has(app.AppKey)) index.byKey.set(app.AppKey, app)
      if (!index.byCode.has(app.AppCode)) index.byCode.set(app.AppCode, app)
    }
    appIndexes.set(apps, index)
  }
  return index
}

/** `…1234`: enough to tell two AppCodes apart in a trace, never the code itself. */
const masked = (code: string) => `…${code.slice(-4)}`

/** The trace entry authentication fills in (and the data plane records even when it refuses). */
export function newTraceAuth(): GatewayTraceAuth {
  return {
    mode: 'anonymous',
    appId: null,
    appName: null,
    appKey: null,
    signatureMethod: null,
    signedHeaders: [],
    stringToSign: null,
    result: 'ok',
    error: null,
  }
}

/** Sets the trace's verdict and throws the gateway error. */
function refuse(auth: GatewayTraceAuth, error: GatewayError): never {
  auth.result = 'rejected'
  auth.error = { code: error.code, message: error.message }
  throw error
}

function parseTimestamp(text: string): number | null {
  const digits = text.trim()
  if (!/^\d{1,16}$/.test(digits)) return null
  // Ten digits or fewer are seconds (higress vector doc_example_seconds_timestamp is accepted).
  return digits.length <= 10 ? Number(digits) * 1000 : Number(digits)
}

export interface AuthInput {
  method: string
  url: URL
  body: Uint8Array
  /** the request's headers, read once per call by the gateway */
  headers: HeaderRecord
}

/**
 * Authenticates the caller of an APP API into `auth` (the trace's entry); ANONYMOUS APIs pass with
 * `mode: 'anonymous'` and no app. Throws the gateway's error; a promise only while a signature is being
 * checked by an asynchronous crypto backend (await the result).
 */
export function authenticate(
  ctx: OpContext,
  route: Route,
  call: AuthInput,
  auth: GatewayTraceAuth,
): MaybePromise<Caller> {
  const definition = route.deployment.Definition
  if (definition.AuthType !== 'APP' && definition.AuthType !== 'APPOPENID') return { app: null, auth }
  const tables = ctx.store.read().cloudapi
  const { headers } = call
  auth.mode = 'none'
  const codeMode = definition.AppCodeAuthType || 'DEFAULT'

  // AppCode: `Authorization: APPCODE <code>` (aliyun-api-gateway SimpleClient; seed 002 Step 5), or the
  // `AppCode` query parameter when the API says HEADER_QUERY (doc 115437).
  const header = APPCODE.exec(headers.authorization ?? '')?.[1]
  const query = call.url.searchParams.get('AppCode') ?? undefined
  // A query AppCode beside a signature is just a parameter, unless the API reads codes from the query.
  const queryCounts = query !== undefined && (codeMode === 'HEADER_QUERY' || !headers['x-ca-key'])
  const code = header ?? (queryCounts ? query : undefined)
  if (code !== undefined) {
    auth.mode = 'appcode'
    auth.appKey = masked(code)
    // DEFAULT ("Enable After Listing on Cloud Marketplace") turns AppCodes on only for APIs listed on
    // Cloud Marketplace (doc 115437), which no API of the emulator is: as DISABLE.
    if (codeMode === 'DISABLE' || codeMode === 'DEFAULT')
      refuse(
        auth,
        new GatewayError(
          'appCodeNotAllowed',
          `Invalid AppCode: this API does not accept AppCode authentication (AppCodeAuthType ${codeMode}${codeMode === 'DEFAULT' ? ': only once listed on Cloud Marketplace' : ''}); sign the request with AppKey and AppSecret, or set AppCodeAuthType HEADER or HEADER_QUERY`,
        ),
      )
    if (header === undefined && codeMode !== 'HEADER_QUERY')
      refuse(
        auth,
        new GatewayError(
          'appCodeNotAllowed',
          'Invalid AppCode: this API accepts the AppCode only in the header `Authorization: APPCODE <AppCode>` (AppCodeAuthType HEADER_QUERY allows the query)',
        ),
      )
    const app = appIndexOf(tables.apps).byCode.get(code)
    if (!app) refuse(auth, new GatewayError('invalidAppCode', 'Invalid AppCode'))
    auth.appId = app.AppId
    auth.appName = app.AppName
    return { app, auth }
  }

  const appKey = headers['x-ca-key']
  if (appKey === undefined || appKey === '')
    refuse(
      auth,
      new GatewayError(
        'missingAuth',
        `Missing AppKey or AppCode: API \`${definition.ApiName}\` requires an app (X-Ca-Key and X-Ca-Signature, or Authorization: APPCODE <AppCode>)`,
      ),
    )
  auth.mode = 'signature'
  auth.appKey = appKey
  const method = headers['x-ca-signature-method']
  auth.signatureMethod = method ?? 'HmacSHA256'
  auth.signedHeaders = declaredNamesOf(headers['x-ca-signature-headers'] ?? '')
  const app = appIndexOf(tables.apps).byKey.get(appKey)
  if (!app) refuse(auth, new GatewayError('invalidAppKey', 'Invalid AppKey'))
  auth.appId = app.AppId
  auth.appName = app.AppName

  if (!headers['x-ca-signature']) refuse(auth, new GatewayError('missingAuth', 'Empty Signature'))
  if (method !== undefined && method !== 'HmacSHA256' && method !== 'HmacSHA1')
    refuse(
      auth,
      new GatewayError(
        'invalidHeader',
        `Invalid Header \`X-Ca-Signature-Method\` ${method} is not HmacSHA256 or HmacSHA1`,
      ),
    )
  // HmacSHA1 only when the API allows it (AllowSignatureMethod `HmacSHA1,HmacSHA256`; reference §1.2).
  if (method === 'HmacSHA1' && !definition.AllowSignatureMethod.includes('HmacSHA1'))
    refuse(
      auth,
      new GatewayError(
        'invalidHeader',
        'Invalid Header `X-Ca-Signature-Method` HmacSHA1 is not allowed by this API (AllowSignatureMethod HmacSHA256)',
      ),
    )

  const now = ctx.clock.now()
  const timestamp = headers['x-ca-timestamp']
  if (timestamp !== undefined) {
    const ms = parseTimestamp(timestamp)
    if (ms === null) refuse(auth, new GatewayError('invalidHeader', 'Invalid Timestamp'))
    if (Math.abs(now - ms) > REPLAY_WINDOW_MS)
      refuse(auth, new GatewayError('invalidHeader', 'Timestamp Expired'))
  }
  const nonce = headers['x-ca-nonce']
  if (definition.ForceNonceCheck && !nonce)
    refuse(auth, new GatewayError('missingHeader', 'Header `X-Ca-Nonce` is Required'))
  const md5 = headers['content-md5']
  if (md5 !== undefined && md5 !== contentMd5(call.body))
    refuse(auth, new GatewayError('invalidContentMd5', 'Invalid Content-MD5'))

  const verdict = verifyGateway(
    {
      method: call.method,
      path: call.url.pathname,
      search: call.url.search,
      headers,
      lowerCaseNames: true,
      body: call.body.length === 0 ? '' : new TextDecoder().decode(call.body),
    },
    app.AppSecret,
  )
  const settle = (verdict: GatewayVerdict): Caller => {
    auth.stringToSign = verdict.stringToSign
    if (!verdict.ok)
      refuse(
        auth,
        new GatewayError(
          'invalidSignature',
          `Invalid Signature, Server StringToSign:\`${gatewayErrorStringToSign(verdict.stringToSign)}\``,
        ),
      )
    if (nonce && !noncesOf(ctx.store).remember(`${app.AppKey}\u0000${nonce}`, now))
      refuse(auth, new GatewayError('nonceUsed', 'Nonce Used'))
    return { app, auth }
  }
  // A promise only when the crypto backend is asynchronous (Web Crypto in the browser).
  return isPromise(verdict) ? verdict.then(settle) : settle(verdict)
}

/**
 * The app must be authorized for this API in the called stage (classic `Unauthorized`) and the grant
 * not expired (classic `Expiry of Authorization`). Anonymous calls have nothing to check.
 */
export function authorize(
  ctx: OpContext,
  route: Route,
  stage: (typeof STAGE_NAMES)[number],
  caller: Caller,
): void {
  if (!caller.app) return
  const grant =
    ctx.store.read().cloudapi.authorizations[authorizationKey(caller.app.AppId, route.api.ApiId, stage)]
  if (!grant) refuse(caller.auth, new GatewayError('unauthorized', 'Unauthorized'))
  if (grant.ExpiresAt !== null && grant.ExpiresAt <= ctx.clock.now())
    refuse(caller.auth, new GatewayError('authorizationExpired', 'Expiry of Authorization'))
}
