/**
 * `POST /api/sign/gateway`: signs an app-authenticated data-plane call server-side, so that an
 * AppSecret never needs to reach the browser (issue 5 item 4, ARCHITECTURE.md principle 3).
 *
 * The console sends what it is about to call — `{appId, host, method, path, headers?, body?, stage?,
 * signatureMethod?}` — and gets back the `X-Ca-*` (and `Content-MD5`, `Accept`) headers to add, plus
 * the string it signed (to show beside the gateway's own on "Invalid Signature"). The proxy reads the
 * app's AppKey/AppSecret with CloudAPI `DescribeAppSecurity` (signed with its AccessKey, the same call in
 * both modes), signs with src/cloud-emulator/signing/gateway.ts, and forgets the secret.
 */
import { z } from 'zod'
import { signGateway } from '../../src/cloud-emulator/signing/gateway.ts'
import type { ForwardOptions } from './forward.ts'
import { signUpstream } from './sign.ts'
import { isGatewayHost, sendUpstream } from './upstream.ts'

export const SignGatewayInputSchema = z.object({
  appId: z.union([z.string().regex(/^\d+$/, 'must be the app id (digits)'), z.number().int().positive()]),
  host: z.string().refine(isGatewayHost, 'must be an API group domain (<group>.alicloudapi.com)'),
  method: z.string().regex(/^[A-Za-z]+$/, 'must be an HTTP method'),
  /** the path and query as they will be sent, e.g. `/hello?name=x` */
  path: z.string().startsWith('/', 'must start with /'),
  headers: z.record(z.string(), z.string()).default({}),
  body: z.string().optional(),
  stage: z.enum(['TEST', 'PRE', 'RELEASE']).optional(),
  signatureMethod: z.enum(['HmacSHA256', 'HmacSHA1']).optional(),
  /** further headers to sign besides every `X-Ca-*` one */
  signHeaders: z.array(z.string()).optional(),
})

export type SignGatewayInput = z.input<typeof SignGatewayInputSchema>

const AppSecuritySchema = z.object({ AppKey: z.string().min(1), AppSecret: z.string().min(1) })

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })

export async function signGatewayCall(request: Request, options: ForwardOptions): Promise<Response> {
  const cloudapi = options.targets.cloudapi
  if (!cloudapi) return json({ Code: 'PathNotSupported', Message: 'no CloudAPI endpoint is configured' }, 404)
  let raw: unknown
  try {
    raw = await request.json()
  } catch {
    return json({ Code: 'InvalidParameter', Message: 'the body must be a JSON object' }, 400)
  }
  const parsed = SignGatewayInputSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    return json(
      { Code: 'InvalidParameter', Message: `${issue.path.join('.') || 'body'} ${issue.message}` },
      400,
    )
  }
  const input = parsed.data

  // The app's key pair, as the account that owns the proxy's AccessKey sees it.
  const pathAndQuery = `/?${new URLSearchParams({ Action: 'DescribeAppSecurity', Version: '2016-07-14', AppId: String(input.appId) })}`
  const now = options.now?.() ?? Date.now()
  const headers = { accept: 'application/json' }
  const signature = await signUpstream(
    {
      service: 'cloudapi',
      method: 'GET',
      pathAndQuery,
      host: cloudapi.host,
      headers,
      body: new Uint8Array(),
    },
    options.accessKey,
    now,
  )
  const answer = await sendUpstream({
    origin: cloudapi.origin,
    host: cloudapi.host,
    method: 'GET',
    pathAndQuery,
    headers: { ...headers, ...signature },
    body: null,
  })
  const text = await answer.text()
  if (!answer.ok) {
    // The cloud's own error (NotFoundApp, …) goes back as it came: it names no secret.
    return new Response(text, {
      status: answer.status,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    })
  }
  const security = AppSecuritySchema.safeParse(JSON.parse(text))
  if (!security.success)
    return json({ Code: 'BadGateway', Message: 'DescribeAppSecurity gave no AppKey/AppSecret' }, 502)

  const url = new URL(input.path, 'http://gateway')
  const signed = await signGateway({
    method: input.method.toUpperCase(),
    path: url.pathname,
    search: url.search,
    headers: input.headers,
    body: input.body,
    appKey: security.data.AppKey,
    appSecret: security.data.AppSecret,
    stage: input.stage,
    signatureMethod: input.signatureMethod,
    signHeaders: input.signHeaders,
    now,
    nonce: crypto.randomUUID(),
  })
  return json({ headers: signed.headers, stringToSign: signed.stringToSign }, 200)
}
