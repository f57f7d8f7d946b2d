/**
 * `POST /api/sign/gateway` in browser-only mode (decision 010): the same answer as the proxy's
 * (src/cloud-emulator/signing/sign-gateway-endpoint.ts serves both); here the app's key pair is read
 * with CloudAPI DescribeAppSecurity from the in-page emulator, so the console's code is the same in both
 * modes and never holds a secret to sign with.
 */
import type { Emulator } from '../cloud-emulator/index'
import { answerSignGateway, describeAppSecurityQuery } from '../cloud-emulator/signing/sign-gateway-endpoint'

export function signGatewayInPage(request: Request, emulator: Emulator): Promise<Response> {
  return answerSignGateway(
    request,
    (appId) =>
      emulator.handle(
        new Request(
          `https://apigateway.${emulator.region}.aliyuncs.com/?${describeAppSecurityQuery(appId)}`,
          {
            headers: { accept: 'application/json' },
          },
        ),
        { clientIp: '127.0.0.1' },
      ),
    Date.now(),
  )
}
