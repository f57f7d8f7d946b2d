/**
 * `POST /api/sign/gateway`: signs an app-authenticated data-plane call server-side, so that an
 * AppSecret never needs to reach the browser (issue 5 item 4, ARCHITECTURE.md principle 3).
 *
 * The console sends what it is about to call — `{appId, host, method, path, headers?, body?, stage?,
 * signatureMethod?}` — and gets back the `X-Ca-*` (and `Content-MD5`, `Accept`) headers to add, plus
 * the string it signed (to show beside the gateway's own on "Invalid Signature"). The proxy reads the
 * app's AppKey/AppSecret with CloudAPI `DescribeAppSecurity` (signed with its AccessKey, the same call in
 * both modes), and hands the rest to src/cloud-emulator/signing/sign-gateway-endpoint.ts (shared with the
 * browser-only adapter), which signs and forgets the secret.
 */
import {
  answerSignGateway,
  describeAppSecurityQuery,
} from '../../src/cloud-emulator/signing/sign-gateway-endpoint.ts'
import type { ForwardOptions } from './forward.ts'
import { signUpstream } from './sign.ts'
import { sendUpstream } from './upstream.ts'

export async function signGatewayCall(request: Request, options: ForwardOptions): Promise<Response> {
  const cloudapi = options.targets.cloudapi
  if (!cloudapi)
    return new Response(
      JSON.stringify({ Code: 'PathNotSupported', Message: 'no CloudAPI endpoint is configured' }),
      {
        status: 404,
        headers: { 'content-type': 'application/json; charset=utf-8' },
      },
    )
  const now = options.now?.() ?? Date.now()
  // The app's key pair, as the account that owns the proxy's AccessKey sees it.
  const describeAppSecurity = async (appId: string) => {
    const pathAndQuery = `/?${describeAppSecurityQuery(appId)}`
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
    return sendUpstream({
      origin: cloudapi.origin,
      host: cloudapi.host,
      method: 'GET',
      pathAndQuery,
      headers: { ...headers, ...signature },
      body: null,
    })
  }
  return answerSignGateway(request, describeAppSecurity, now)
}
