/**
 * `POST /api/sign/gateway` in browser-only mode (decision 010): the same answer as the proxy's
 * (server/proxy/sign-gateway.ts) — the app's AppKey/AppSecret read with CloudAPI DescribeAppSecurity
 * from the emulator, the call signed with the one signer (src/cloud-emulator/signing/gateway.ts), and
 * only the `X-Ca-*` headers and the string that was signed returned — so the console's code is the
 * same in both modes and never holds a secret to sign with.
 */
import { z } from 'zod'
import type { Emulator } from '../cloud-emulator/index'
import { signGateway } from '../cloud-emulator/signing/gateway'

const InputSchema = z.object({
  appId: z.union([z.string().regex(/^\d+$/, 'must be the app id (digits)'), z.number().int().positive()]),
  host: z.string().regex(/\.alicloudapi\.com$/i, 'must be an API group domain (<group>.alicloudapi.com)'),
  method: z.string().regex(/^[A-Za-z]+$/, 'must be an HTTP method'),
  path: z.string().startsWith('/', 'must start with /'),
  headers: z.record(z.string(), z.string()).default({}),
  body: z.string().optional(),
  stage: z.enum(['TEST', 'PRE', 'RELEASE']).optional(),
  signatureMethod: z.enum(['HmacSHA256', 'HmacSHA1']).optional(),
  signHeaders: z.array(z.string()).optional(),
})

const SecuritySchema = z.object({ AppKey: z.string().min(1), AppSecret: z.string().min(1) })

const json = (body: unknown, status: number) => Response.json(body, { status })

export async function signGatewayInPage(request: Request, emulator: Emulator): Promise<Response> {
  let raw: unknown
  try {
    raw = await request.json()
  } catch {
    return json({ Code: 'InvalidParameter', Message: 'the body must be a JSON object' }, 400)
  }
  const parsed = InputSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    return json(
      { Code: 'InvalidParameter', Message: `${issue.path.join('.') || 'body'} ${issue.message}` },
      400,
    )
  }
  const input = parsed.data
  const query = new URLSearchParams({
    Action: 'DescribeAppSecurity',
    Version: '2016-07-14',
    AppId: String(input.appId),
  })
  const answer = await emulator.handle(
    new Request(`https://apigateway.${emulator.region}.aliyuncs.com/?${query}`, {
      headers: { accept: 'application/json' },
    }),
    { clientIp: '127.0.0.1' },
  )
  const text = await answer.text()
  // The cloud's own error (NotFoundApp …) goes back as it came: it names no secret.
  if (!answer.ok) return new Response(text, { status: answer.status, headers: answer.headers })
  const security = SecuritySchema.safeParse(JSON.parse(text))
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
    now: Date.now(),
    nonce: crypto.randomUUID(),
  })
  return json({ headers: signed.headers, stringToSign: signed.stringToSign }, 200)
}
