/**
 * What the proxy signs, against openapi-core's own `getAuthorization` (the V3 signer of
 * @alicloud/fc20230330 and @alicloud/cloudapi20160714) on the same request, with both crypto backends:
 * Web Crypto (the browser's) and node:crypto (what server/start.ts installs). The inputs lean on the
 * canonicalisation's shortcuts — queries with and without characters to re-encode, paths with the three
 * URI fix-ups, header names in any case — so a shortcut that changed what is signed fails here.
 */
import { OpenApiUtil } from '@alicloud/openapi-core'
import { afterAll, describe, expect, it } from 'vitest'
import { signAcs3 } from '../../src/cloud-emulator/signing/acs3'
import { formatIsoSeconds } from '../../src/cloud-emulator/signing/credentials'
import { EMPTY_SHA256_HEX, setCryptoBackend, webCryptoBackend } from '../../src/cloud-emulator/signing/crypto'
import { utf8 } from '../../src/cloud-emulator/signing/encoding'
import { installNodeCrypto } from '../node-crypto'
import { signUpstream } from './sign'

const KEY = { accessKeyId: 'LTAI5tSignTest', accessKeySecret: 'sign-test-Secret/+=' }
const NOW = Date.UTC(2026, 10, 22, 4, 20, 56, 789)
const FC_HOST = '1234567890123456.cn-hangzhou.fc.aliyuncs.com'
const BACKENDS = [
  ['Web Crypto', () => setCryptoBackend(webCryptoBackend)],
  ['node:crypto', installNodeCrypto],
] as const

afterAll(() => setCryptoBackend(webCryptoBackend))

/**
 * openapi-core's Authorization for the request as it travels (the raw query decoded into the SDK's query
 * object; it signs only x-acs-*, host and content-type, so the Authorization header itself is ignored).
 */
function sdkAuthorization(
  method: string,
  pathAndQuery: string,
  headers: Record<string, string>,
  hashedPayload: string,
) {
  const [pathname = '', search = ''] = pathAndQuery.split('?')
  return OpenApiUtil.getAuthorization(
    { method, pathname, query: Object.fromEntries(new URLSearchParams(search)), headers } as never,
    'ACS3-HMAC-SHA256',
    hashedPayload,
    KEY.accessKeyId,
    KEY.accessKeySecret,
  )
}

describe.each(BACKENDS)('signUpstream with %s matches openapi-core getAuthorization', (_, install) => {
  it.each([
    ['unreserved only', '/2023-03-30/functions?limit=20&prefix=fn_1-a.b~c'],
    ['values to re-encode', "/2023-03-30/functions?prefix=a%20b*c~(d)!'&nextToken=x%2By%2Fz%3D"],
    [
      '`+` for a space, %7E for ~, UTF-8',
      '/2023-03-30/functions?prefix=a+b%7Ec&description=%E4%B8%AD%F0%9F%98%80',
    ],
    ['empty and valueless', '/2023-03-30/functions?limit=&prefix'],
    ['the URI fix-ups', '/2023-03-30/functions/a+b*c%7Ed/triggers'],
    ['%7E alone in the path', '/2023-03-30/functions/a%7Eb'],
    ['no query', '/2023-03-30/functions/demo'],
  ])('FC 3.0 GET, %s', async (_, pathAndQuery) => {
    install()
    const headers = { accept: 'application/json', 'user-agent': 'console', 'content-type': 'text/plain' }
    const signed = await signUpstream(
      { service: 'fc', method: 'GET', pathAndQuery, host: FC_HOST, headers, body: new Uint8Array() },
      KEY,
      NOW,
      'nonce-1',
    )
    expect(signed['x-acs-date']).toBe('2026-11-22T04:20:56Z')
    expect(signed['x-acs-content-sha256']).toBe(EMPTY_SHA256_HEX)
    expect(signed['x-acs-version']).toBe('2023-03-30')
    const sent = { ...headers, host: FC_HOST, ...signed }
    expect(signed.authorization).toBe(sdkAuthorization('GET', pathAndQuery, sent, EMPTY_SHA256_HEX))
  })

  it('CloudAPI RPC over V3: x-acs-action and x-acs-version from the query, the form body hashed', async () => {
    install()
    const pathAndQuery = '/?Action=CreateApiGroup&Version=2016-07-14&RegionId=cn-hangzhou'
    const body = utf8('GroupName=demo%20group&Description=a%2Ab')
    const headers = { 'content-type': 'application/x-www-form-urlencoded' }
    const host = 'apigateway.cn-hangzhou.aliyuncs.com'
    const signed = await signUpstream(
      { service: 'cloudapi', method: 'POST', pathAndQuery, host, headers, body },
      KEY,
      NOW,
      'nonce-2',
    )
    expect(signed['x-acs-action']).toBe('CreateApiGroup')
    expect(signed['x-acs-version']).toBe('2016-07-14')
    const hashed = OpenApiUtil.hash(Buffer.from(body), 'ACS3-HMAC-SHA256').toString('hex')
    expect(signed['x-acs-content-sha256']).toBe(hashed)
    expect(signed.authorization).toBe(
      sdkAuthorization('POST', pathAndQuery, { ...headers, host, ...signed }, hashed),
    )
  })

  it('signs header names in any case as the SDK does (lower-cased), and an STS token', async () => {
    install()
    const key = { ...KEY, securityToken: 'sts-token' }
    const headers = {
      Host: FC_HOST,
      'Content-Type': 'application/json',
      'X-Acs-Custom': ' v ',
      Accept: '*/*',
    }
    const body = utf8('{"functionName":"demo"}')
    const signed = await signAcs3({
      method: 'POST',
      path: '/2023-03-30/functions',
      search: '',
      headers,
      body,
      key,
      now: NOW,
      nonce: 'nonce-3',
      action: 'CreateFunction',
      version: '2023-03-30',
    })
    expect(signed.headers['x-acs-security-token']).toBe('sts-token')
    const hashed = signed.headers['x-acs-content-sha256']!
    const sdk = OpenApiUtil.getAuthorization(
      {
        method: 'POST',
        pathname: '/2023-03-30/functions',
        query: {},
        headers: { ...headers, ...signed.headers },
      } as never,
      'ACS3-HMAC-SHA256',
      hashed,
      KEY.accessKeyId,
      KEY.accessKeySecret,
    )
    expect(signed.headers.authorization).toBe(sdk)
    expect(signed.headers.authorization).toContain(
      'SignedHeaders=content-type;host;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;x-acs-custom;',
    )
  })
})

describe('formatIsoSeconds', () => {
  it('formats each second right when calls go forward, back, and across a second', () => {
    const base = Date.UTC(2026, 0, 1, 0, 0, 0)
    for (const [ms, iso] of [
      [base + 999, '2026-01-01T00:00:00Z'],
      [base + 1000, '2026-01-01T00:00:01Z'],
      [base + 1999, '2026-01-01T00:00:01Z'],
      [base - 1, '2025-12-31T23:59:59Z'],
      [base, '2026-01-01T00:00:00Z'],
      [NOW, '2026-11-22T04:20:56Z'],
    ] as const)
      expect(formatIsoSeconds(ms)).toBe(iso)
    expect(() => formatIsoSeconds(Number.NaN)).toThrow(RangeError)
  })
})
