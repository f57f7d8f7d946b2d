/**
 * `POST /api/sign/gateway`, answered the same way in both modes (decision 010): the proxy
 * (server/proxy/sign-gateway.ts) and the in-page adapter (src/mocks/sign-gateway.ts) differ only in how
 * they read the app's key pair with CloudAPI `DescribeAppSecurity`; this validates the console's request,
 * signs the data-plane call with the one signer (./gateway.ts) and answers only the `X-Ca-*` headers and
 * the string that was signed — never the secret.
 */
import { z } from 'zod'
import { isGroupDomain } from '../../cloud-api/cloudapi/gateway'
import { signGateway } from './gateway'

export const SignGatewayInputSchema = z.object({
  appId: z.union([z.string().regex(/^\d+$/, 'must be the app id (digits)'), z.number().int().positive()]),
  host: z.string().refine(isGroupDomain, 'must be an API group domain (<group>.alicloudapi.com)'),
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

/** The adapter's `DescribeAppSecurity` call for an app id: the cloud's answer, as it came. */
export type DescribeAppSecurity = (appId: string) => Promise<Response>

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' }
const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: JSON_TYPE })

export async function answerSignGateway(
  request: Request,
  describeAppSecurity: DescribeAppSecurity,
  now: number,
  nonce: string = crypto.randomUUID(),
): Promise<Response> {
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
  const answer = await describeAppSecurity(String(input.appId))
  const text = await answer.text()
  // The cloud's own error (NotFoundApp, …) goes back as it came: it names no secret.
  if (!answer.ok) return new Response(text, { status: answer.status, headers: JSON_TYPE })
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
    nonce,
  })
  return json({ headers: signed.headers, stringToSign: signed.stringToSign }, 200)
}

/** The query of `DescribeAppSecurity` for an app id. */
export const describeAppSecurityQuery = (appId: string) =>
  new URLSearchParams({ Action: 'DescribeAppSecurity', Version: '2016-07-14', AppId: appId })
