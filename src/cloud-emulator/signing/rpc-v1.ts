/**
 * RPC signature V1 (HMAC-SHA1), the POP gateway's classic scheme for RPC APIs such as CloudAPI
 * 2016-07-14 (reference §2a; pop-core `lib/rpc.js`, openapi-util `getRPCSignature`).
 *
 *   canonical    = join("&", sort(keys) → percentEncode(k) + "=" + percentEncode(v))   (Signature excluded)
 *   StringToSign = METHOD + "&" + percentEncode("/") + "&" + percentEncode(canonical)
 *   Signature    = Base64(HMAC-SHA1(AccessKeySecret + "&", StringToSign))
 *
 * All parameters are signed: query and form body alike (pop-core's POST puts everything in the form).
 */
import { type AccessKey, formatIsoSeconds } from './credentials'
import { constantTimeEqual, hmac } from './crypto'
import { byCodeUnit, percentEncode } from './encoding'

export type RpcParams = Record<string, string>

export function rpcV1CanonicalQuery(params: RpcParams): string {
  return Object.keys(params)
    .filter((key) => key !== 'Signature')
    .sort(byCodeUnit)
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key] ?? '')}`)
    .join('&')
}

export function rpcV1StringToSign(method: string, params: RpcParams): string {
  return `${method}&${percentEncode('/')}&${percentEncode(rpcV1CanonicalQuery(params))}`
}

export async function rpcV1Signature(stringToSign: string, accessKeySecret: string): Promise<string> {
  return hmac('SHA-1', `${accessKeySecret}&`, stringToSign, 'base64')
}

export interface RpcV1SignInput {
  method: string
  /** the business parameters (Action, Version, RegionId, …), already flat (`Tag.1.Key`) */
  params: RpcParams
  key: AccessKey
  /** epoch ms; becomes `Timestamp` (UTC `YYYY-MM-DDTHH:mm:ssZ`) */
  now: number
  /** a value never used before within 15 minutes (`SignatureNonce`) */
  nonce: string
}

/**
 * Adds the common parameters the way pop-core does (Format, Timestamp, SignatureMethod/Version/Nonce,
 * AccessKeyId, SecurityToken) and the Signature. Parameters the caller already set win, except
 * the credential ones, which are always the key's own.
 */
export async function signRpcV1(
  input: RpcV1SignInput,
): Promise<{ params: RpcParams; stringToSign: string; signature: string }> {
  const params: RpcParams = {
    Format: 'JSON',
    Timestamp: formatIsoSeconds(input.now),
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: input.nonce,
    ...input.params,
    AccessKeyId: input.key.accessKeyId,
  }
  delete params.Signature
  if (input.key.securityToken) params.SecurityToken = input.key.securityToken
  const stringToSign = rpcV1StringToSign(input.method.toUpperCase(), params)
  const signature = await rpcV1Signature(stringToSign, input.key.accessKeySecret)
  return { params: { ...params, Signature: signature }, stringToSign, signature }
}

/** The serialized form pop-core sends (query string or form body), Signature last. */
export function rpcV1Encode(params: RpcParams): string {
  const signature = params.Signature
  const rest = rpcV1CanonicalQuery(params)
  return signature === undefined ? rest : `${rest}&Signature=${percentEncode(signature)}`
}

export interface VerifyResult {
  ok: boolean
  /** the server's string to sign, for SignatureDoesNotMatch messages */
  stringToSign: string
}

/** Checks `params.Signature` (query ∪ form, already decoded) against the secret. */
export async function verifyRpcV1(
  method: string,
  params: RpcParams,
  accessKeySecret: string,
): Promise<VerifyResult> {
  const stringToSign = rpcV1StringToSign(method.toUpperCase(), params)
  const expected = await rpcV1Signature(stringToSign, accessKeySecret)
  return { ok: constantTimeEqual(expected, params.Signature ?? ''), stringToSign }
}
