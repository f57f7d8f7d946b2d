import { z } from 'zod'
import type { StageName } from '@/cloud-api/cloudapi'
import { apiJson } from '../api-client'

/**
 * `POST /api/sign/gateway`: the proxy (or, in browser-only mode, the in-page adapter; decision 010)
 * signs an app-authenticated data-plane call with the app's AppSecret, which the console never holds,
 * and answers the `X-Ca-*` headers to add and the string it signed.
 */
export const SIGN_GATEWAY_PATH = '/api/sign/gateway'

export interface SignGatewayRequest {
  appId: number
  /** the group's subdomain */
  host: string
  method: string
  /** the path and query as sent, e.g. `/hello?name=x` */
  path: string
  headers: Record<string, string>
  body?: string
  stage?: StageName
  signatureMethod?: 'HmacSHA256' | 'HmacSHA1'
}

const SignedSchema = z.object({ headers: z.record(z.string(), z.string()), stringToSign: z.string() })
export type SignedGatewayCall = z.infer<typeof SignedSchema>

export function signGatewayCall(input: SignGatewayRequest) {
  return apiJson(SIGN_GATEWAY_PATH, SignedSchema, { method: 'POST', json: input })
}
