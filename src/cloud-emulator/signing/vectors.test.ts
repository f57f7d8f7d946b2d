/**
 * Every algorithm against the published vectors (reference §2, fixtures/official-vectors.json,
 * signature-vectors.generated.json, gateway-signature-vectors.higress.json).
 */
import { describe, expect, it } from 'vitest'
import {
  acs3CanonicalQuery,
  acs3CanonicalRequest,
  acs3CanonicalUri,
  acs3Signature,
  acs3StringToSign,
  parseAcs3Authorization,
} from './acs3'
import { EMPTY_SHA256_HEX, sha256Hex } from './crypto'
import { byCodeUnit, formDecode, percentEncode, rawPairs, sortByCodeUnit } from './encoding'
import { fc2016Signature, fc2016StringToSign } from './fc2016'
import higress from './fixtures/gateway-signature-vectors.higress.json'
import official from './fixtures/official-vectors.json'
import generated from './fixtures/signature-vectors.generated.json'
import { type GatewayParts, gatewayErrorStringToSign, gatewayStringToSign, verifyGateway } from './gateway'
import { contentMd5 } from './md5'
import { rpcV1Signature, rpcV1StringToSign, verifyRpcV1 } from './rpc-v1'

/** JSON fixtures type optional keys as `undefined`; these maps hold strings only. */
const strings = (value: unknown) => value as Record<string, string>

const search = (query: Record<string, string>) =>
  Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&')

describe('RPC V1 (HMAC-SHA1)', () => {
  const vectors = [
    ...official.rpc_v1,
    generated.rpc_v1_describe_regions,
    generated.rpc_v1_cloudapi_create_group,
  ]
  it.each(vectors.map((v) => [v.source, v] as const))('%s', async (_, v) => {
    const params = v.params as Record<string, string>
    const sts = rpcV1StringToSign(v.method, params)
    expect(await rpcV1Signature(sts, v.accessKeySecret)).toBe(v.signature)
    expect(await verifyRpcV1(v.method, { ...params, Signature: v.signature }, v.accessKeySecret)).toEqual({
      ok: true,
      stringToSign: sts,
    })
  })

  it("encodes !*'() and keeps ~ (the CloudAPI POST example)", () => {
    const sts = rpcV1StringToSign('POST', generated.rpc_v1_cloudapi_create_group.params)
    expect(sts).toContain('Description%3Da%2520b%252Ac~%2528d%2529%2521%2527')
  })

  it('rejects a wrong secret and reports the server string to sign', async () => {
    const v = official.rpc_v1[0]!
    const params = strings(v.params)
    const result = await verifyRpcV1(v.method, { ...params, Signature: v.signature }, 'wrong')
    expect(result.ok).toBe(false)
    expect(result.stringToSign).toMatch(/^GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions/)
  })
})

describe('ACS3-HMAC-SHA256 (V3)', () => {
  it('reproduces the python SDK test (repeated header values, empty query value)', async () => {
    const v = official.acs3_hmac_sha256[0]!
    const auth = parseAcs3Authorization(v.authorization)!
    // Two spellings of one header arrive joined; the SDK sorts the values and joins them with ",".
    const { canonicalRequest } = acs3CanonicalRequest(
      {
        method: v.method,
        path: v.pathname,
        search: search(v.query),
        headers: { 'x-acs-test': 'http,https' },
        hashedPayload: v.hashedPayload,
      },
      auth.signedHeaders,
    )
    expect(canonicalRequest).toBe(v.canonicalRequest)
    expect(await acs3Signature(await acs3StringToSign(canonicalRequest), v.accessKeySecret)).toBe(
      auth.signature,
    )
  })

  it('reproduces openapi-util getAuthorization for CloudAPI CreateApiGroup', async () => {
    const v = generated.acs3_cloudapi_create_group
    const auth = parseAcs3Authorization(v.authorization)!
    expect(auth.accessKeyId).toBe('testid')
    const { canonicalRequest, signedHeaders } = acs3CanonicalRequest(
      {
        method: v.method,
        path: v.pathname,
        search: search(v.query),
        headers: v.headers,
        hashedPayload: v.hashedPayload,
      },
      Object.keys(v.headers).filter((h) => h !== 'user-agent'),
    )
    expect(signedHeaders.join(';')).toBe(auth.signedHeaders.join(';'))
    expect(await acs3Signature(await acs3StringToSign(canonicalRequest), v.accessKeySecret)).toBe(
      auth.signature,
    )
  })

  it('canonicalises path and query as the definitions say, shortcuts or not', () => {
    // The definitions (reference §2b): every query name and value decoded then percentEncoded; the
    // path's three fix-ups applied one after the other.
    const query = (raw: string) =>
      rawPairs(raw)
        .map(({ name, value }) => [percentEncode(formDecode(name)), percentEncode(formDecode(value))])
        .sort(([a, av], [b, bv]) => byCodeUnit(a!, b!) || byCodeUnit(av!, bv!))
        .map(([name, value]) => `${name}=${value}`)
        .join('&')
    const uri = (raw: string) =>
      (raw || '/').replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/gi, '~')
    for (const raw of [
      '',
      '?',
      '?limit=20',
      'limit=20',
      '?a=',
      '?=x',
      '?a',
      '?a+b=1',
      '?%41=1',
      '?A.b_c~d-e=F.g_h~i-j',
      '?limit=20&prefix=fn_1-a.b~c',
      "?b=a%20b*c~(d)!'&a=x%2By%2Fz%3D&a=x+y",
      '?tag=b&tag=a&tag=&tag&%41=%7e&~k=%7E&&',
      '?bad=%E4%B8&utf8=%E4%B8%AD%F0%9F%98%80&raw=中',
    ])
      expect(acs3CanonicalQuery(raw)).toBe(query(raw))
    for (const raw of ['', '/', '/a+b*c%7Ed%7e/%2B%2a', '/fn%7Ea', '/fn%7ea', '/demo', '/%41%7', '/+*'])
      expect(acs3CanonicalUri(raw)).toBe(uri(raw))
  })

  it('sorts header names as sort() does, short lists and long', () => {
    const names = [
      'x-acs-date',
      'host',
      'x-acs-action',
      'content-type',
      'x-acs-Z',
      'X-acs-a',
      'x-acs-',
      'é',
      'a',
    ]
    for (let n = 0; n <= 40; n++) {
      const list = Array.from({ length: n }, (_, i) => `${names[(i * 7) % names.length]}${i % 3}`)
      expect(sortByCodeUnit([...list])).toEqual([...list].sort())
    }
  })

  it('signs a header named twice in SignedHeaders (any case) once', () => {
    const parts = { method: 'GET', path: '/', search: '', hashedPayload: EMPTY_SHA256_HEX }
    const { canonicalRequest, signedHeaders } = acs3CanonicalRequest(
      { ...parts, headers: { Host: 'h', 'x-acs-date': 'd' } },
      ['x-acs-date', 'Host', 'host'],
    )
    expect(signedHeaders).toEqual(['host', 'x-acs-date'])
    expect(canonicalRequest).toBe(`GET\n/\n\nhost:h\nx-acs-date:d\n\nhost;x-acs-date\n${EMPTY_SHA256_HEX}`)
  })

  it('hashes the empty body to the documented constant', async () => {
    expect(await sha256Hex(new Uint8Array())).toBe(EMPTY_SHA256_HEX)
  })
})

describe('FC 2016-08-15', () => {
  it('composes the helper test string (x-fcdummy and test not signed; query only for proxy paths)', () => {
    const v = official.fc_2016_08_15[0]!
    // The helper test signs its query on a non-proxy path; our builder signs queries on
    // /2016-08-15/proxy/ paths, as the SDK's request() does, so compare on the resource lines.
    const sts = fc2016StringToSign({
      method: v.method,
      path: `/2016-08-15/proxy${v.path}`,
      headers: v.headers,
      query: Object.entries(v.queries).flatMap(([k, vs]) =>
        (Array.isArray(vs) ? vs : [vs]).map((x) => [k, x] as const),
      ),
    })
    expect(sts).toBe(v.stringToSign.replace(v.path, `/2016-08-15/proxy${v.path}`))
  })

  it.each([
    ['invoke', generated.fc2016_invoke, []],
    [
      'HTTP-trigger proxy path with the query',
      generated.fc2016_http_trigger_proxy,
      [
        ['x', '1'],
        ['x', '3'],
        ['a', '2'],
        ['with space', 'foo bar'],
      ],
    ],
  ] as const)('%s', async (_, v, query) => {
    const sts = fc2016StringToSign({ method: v.method, path: v.path, headers: v.headers, query })
    expect(sts).toBe(v.stringToSign)
    expect(`FC ${v.accessKeyId}:${await fc2016Signature(sts, v.accessKeySecret)}`).toBe(v.authorization)
  })
})

describe('API Gateway X-Ca app signature', () => {
  const fromUrl = (url: string): Pick<GatewayParts, 'path' | 'search'> => {
    const u = new URL(url)
    return { path: u.pathname, search: u.search }
  }
  const sdkVectors = [
    generated.gw_get_query,
    generated.gw_post_json,
    generated.gw_post_form,
    generated.gw_get_custom_signed_header,
    generated.gw_get_query_hmacsha1,
  ]
  it.each(sdkVectors.map((v) => [v.url, v] as const))('aliyun-api-gateway vector %s', async (_, v) => {
    const headers = Object.fromEntries(Object.entries(v.requestHeaders).map(([k, x]) => [k, String(x)]))
    const parts: GatewayParts = {
      method: v.method,
      ...fromUrl(v.url),
      headers,
      body: 'body' in v && v.body ? v.body : undefined,
    }
    expect(gatewayStringToSign(parts)).toBe(v.stringToSign)
    expect(await verifyGateway(parts, v.appSecret)).toEqual({ ok: true, stringToSign: v.stringToSign })
    expect((await verifyGateway(parts, 'not-the-secret')).ok).toBe(false)
  })

  const vectors = higress.vectors.filter((v) => 'request' in v)
  it.each(vectors.map((v) => [v.name, v] as const))('higress %s', async (_, v) => {
    const request = v.request!
    const [path, query = ''] = request.path.split('?')
    const parts: GatewayParts = {
      method: request.method,
      path: path!,
      search: query,
      headers: { ...strings(request.headers), 'x-ca-signature': v.signature! },
      body: 'body' in request ? request.body : undefined,
    }
    const result = await verifyGateway(parts, v.appSecret!)
    expect(result.ok).toBe(v.expectAccepted)
    if (v.expectAccepted && !v.note) expect(result.stringToSign).toBe(v.stringToSign)
  })

  it('computes Content-MD5 as Base64(MD5(body))', () => {
    const v = higress.vectors.find((x) => x.name === 'content_md5_abc')!
    expect(contentMd5(v.body!)).toBe(v.contentMD5)
    expect(contentMd5('{"name":"test","age":18}')).toBe(generated.gw_post_json.requestHeaders['content-md5'])
  })

  it('prints the server string to sign as the gateway does in X-Ca-Error-Message', () => {
    expect(gatewayErrorStringToSign('GET\napplication/json\n\n\n\n/x')).toBe('GET#application/json####/x')
  })
})
