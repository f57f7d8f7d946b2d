/**
 * Our signers against the official SDKs' own code paths, on the same inputs: openapi-core's
 * `getRPCSignature` (the V1 algorithm pop-core and the V2 SDKs share) and `getAuthorization` (V3, used by
 * @alicloud/cloudapi20160714 and @alicloud/fc20230330), @alicloud/fc2's `getSignature`, and
 * aliyun-api-gateway's `buildStringToSign` + `sign` called as its `request()` calls them.
 * (End-to-end: server/local-cloud/sdk-*.test.ts send the SDKs' real requests to the local cloud.)
 */
import { createHash } from 'node:crypto'
import { parse } from 'node:url'
import FCClient from '@alicloud/fc2'
import { OpenApiUtil } from '@alicloud/openapi-core'
import { Client as GatewayClient } from 'aliyun-api-gateway'
import { describe, expect, it } from 'vitest'
import { parseAcs3Authorization, signAcs3, verifyAcs3 } from '../../src/cloud-emulator/signing/acs3.ts'
import { sha256Hex } from '../../src/cloud-emulator/signing/crypto.ts'
import { percentEncode, utf8 } from '../../src/cloud-emulator/signing/encoding.ts'
import { fc2016PathAndQuery, signFc2016 } from '../../src/cloud-emulator/signing/fc2016.ts'
import { signGateway, verifyGateway } from '../../src/cloud-emulator/signing/gateway.ts'
import { rpcV1Signature, rpcV1StringToSign, signRpcV1 } from '../../src/cloud-emulator/signing/rpc-v1.ts'

const KEY = { accessKeyId: 'LTAI5tParityKey', accessKeySecret: 'parity-Secret/+=' }
const NOW = Date.UTC(2026, 2, 4, 5, 6, 7)
// Values that break naive encoders: space, the RFC 3986 sub-delims, `~`, `+`, `/`, UTF-8, emoji.
const AWKWARD = ["a b*c~(d)!'", 'x+y/z=1&2', '中文 ünïcode', '😀', '', '%41']

describe('RPC V1 matches openapi-core getRPCSignature', () => {
  it.each(AWKWARD.map((v) => [v]))('value %j', async (value) => {
    const params = {
      Action: 'DescribeApiGroups',
      Version: '2016-07-14',
      GroupName: value,
      'Tag.1.Key': value,
    }
    for (const method of ['GET', 'POST']) {
      const ours = await signRpcV1({ method, params, key: KEY, now: NOW, nonce: 'n-1' })
      const { Signature, ...signed } = ours.params
      expect(Signature).toBe(OpenApiUtil.getRPCSignature(signed, method, KEY.accessKeySecret))
      expect(await rpcV1Signature(rpcV1StringToSign(method, signed), KEY.accessKeySecret)).toBe(Signature)
    }
  })
})

describe('V3 matches openapi-core getAuthorization', () => {
  it.each(AWKWARD.map((v) => [v]))('query value %j, FC3 path and JSON body', async (value) => {
    const body = utf8(JSON.stringify({ functionName: 'demo', description: value }))
    const query = { prefix: value, limit: '10' }
    const path = `/2023-03-30/functions/${percentEncode('fn_1-a')}/invocations`
    const ours = await signAcs3({
      method: 'POST',
      path,
      search: Object.entries(query)
        .map(([k, v]) => `${k}=${percentEncode(v)}`)
        .join('&'),
      headers: {
        host: '127.0.0.1:9000',
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'x',
      },
      body,
      key: KEY,
      now: NOW,
      nonce: 'nonce-1',
      action: 'InvokeFunction',
      version: '2023-03-30',
    })
    // The request as openapi-core's doRequest hands it to getAuthorization.
    const headers = {
      host: '127.0.0.1:9000',
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'x',
      ...ours.headers,
    }
    delete (headers as Record<string, string>).authorization
    const sdk = OpenApiUtil.getAuthorization(
      { method: 'POST', pathname: path, query, headers } as never,
      'ACS3-HMAC-SHA256',
      await sha256Hex(body),
      KEY.accessKeyId,
      KEY.accessKeySecret,
    )
    expect(ours.headers.authorization).toBe(sdk)
    expect(ours.headers['x-acs-content-sha256']).toBe(
      OpenApiUtil.hash(Buffer.from(body), 'ACS3-HMAC-SHA256').toString('hex'),
    )
  })

  it('verifies what it signs, and not after a byte of the body changed', async () => {
    const body = utf8('GroupName=demo')
    const parts = {
      method: 'POST',
      path: '/',
      search: 'RegionId=cn-hangzhou',
      headers: {
        host: 'apigateway.cn-hangzhou.aliyuncs.com',
        'content-type': 'application/x-www-form-urlencoded',
      },
    }
    const signed = await signAcs3({
      ...parts,
      body,
      key: KEY,
      now: NOW,
      nonce: 'n',
      action: 'CreateApiGroup',
      version: '2016-07-14',
    })
    const auth = parseAcs3Authorization(signed.headers.authorization!)!
    const received = { ...parts, headers: { ...parts.headers, ...signed.headers } }
    expect(
      (await verifyAcs3({ ...received, hashedPayload: await sha256Hex(body) }, auth, KEY.accessKeySecret)).ok,
    ).toBe(true)
    expect(
      (
        await verifyAcs3(
          { ...received, hashedPayload: await sha256Hex('GroupName=demO') },
          auth,
          KEY.accessKeySecret,
        )
      ).ok,
    ).toBe(false)
  })
})

describe('FC 2016-08-15 matches @alicloud/fc2 getSignature', () => {
  it.each([
    [
      'POST',
      '/services/demo/functions/hello/invocations',
      {},
      { 'x-fc-invocation-type': 'Sync', 'x-fc-log-type': 'Tail' },
    ],
    ['GET', '/proxy/svc/fn/path with space/中文', { b: 'x y', a: '1', '~k': "!*'()" }, {}],
    ['DELETE', '/proxy/svc.LATEST/fn/', {}, { 'X-Fc-Trace': ' padded ' }],
  ] as const)('%s %s', async (method, path, query, extra) => {
    const headers = {
      date: new Date(NOW).toUTCString(),
      'content-type': 'application/json',
      'x-fc-account-id': '1234567890123456',
      ...extra,
    }
    const sdk = FCClient.getSignature(
      KEY.accessKeyId,
      KEY.accessKeySecret,
      method,
      `/2016-08-15${path}`,
      headers,
      path.startsWith('/proxy/') ? { ...query } : null,
    )
    // What travels: the path percent-encoded by the HTTP client, the query by querystring.stringify.
    const rawPath = encodeURI(`/2016-08-15${path}`)
    const rawSearch = new URLSearchParams(query).toString()
    expect(fc2016PathAndQuery(rawPath, rawSearch).path).toBe(`/2016-08-15${path}`)
    const ours = await signFc2016({ method, rawPath, rawSearch, headers, key: KEY, now: NOW })
    expect(ours.headers.authorization).toBe(sdk)
  })
})

describe('gateway X-Ca signature matches aliyun-api-gateway', () => {
  const sdk = new GatewayClient('203753311', 'Gateway-App-Secret')
  // What Client#request does between building the headers and sending (lib/client.js).
  function sdkSign(
    method: string,
    url: string,
    headers: Record<string, string>,
    form?: Record<string, string>,
  ) {
    const keys = sdk.getSignHeaderKeys(headers, {})
    headers['x-ca-signature-headers'] = keys.join(',')
    const sts = sdk.buildStringToSign(
      method,
      headers,
      sdk.getSignedHeadersString(keys, headers),
      parse(url, true),
      form,
    )
    return { sts, signature: sdk.sign(sts) }
  }
  const base = {
    'x-ca-timestamp': String(NOW),
    'x-ca-key': '203753311',
    'x-ca-nonce': 'n-1',
    'x-ca-stage': 'TEST',
    accept: 'application/json',
  }

  it.each(AWKWARD.map((v) => [v]))('GET with query value %j', async (value) => {
    const search = `q=${encodeURIComponent(value)}&a=1&empty=`
    const { sts, signature } = sdkSign('GET', `http://g.alicloudapi.com/echo/x?${search}`, { ...base })
    const ours = await signGateway({
      method: 'GET',
      path: '/echo/x',
      search,
      headers: {},
      appKey: '203753311',
      appSecret: 'Gateway-App-Secret',
      stage: 'TEST',
      now: NOW,
      nonce: 'n-1',
    })
    expect(ours.stringToSign).toBe(sts)
    expect(ours.headers['x-ca-signature']).toBe(signature)
    const verified = await verifyGateway(
      { method: 'GET', path: '/echo/x', search, headers: ours.headers },
      'Gateway-App-Secret',
    )
    expect(verified.ok).toBe(true)
  })

  it('POST JSON (Content-MD5) and POST form (parameters signed)', async () => {
    const json = JSON.stringify({ name: 'ünï', n: 1 })
    const jsonHeaders = { ...base, 'content-type': 'application/json; charset=UTF-8', 'content-md5': '' }
    jsonHeaders['content-md5'] = createHash('md5').update(json).digest('base64')
    const sdkJson = sdkSign('POST', 'http://g.alicloudapi.com/users?lang=zh', jsonHeaders)
    const oursJson = await signGateway({
      method: 'POST',
      path: '/users',
      search: 'lang=zh',
      headers: { 'content-type': 'application/json; charset=UTF-8' },
      body: json,
      appKey: '203753311',
      appSecret: 'Gateway-App-Secret',
      stage: 'TEST',
      now: NOW,
      nonce: 'n-1',
    })
    expect(oursJson.headers['content-md5']).toBe(jsonHeaders['content-md5'])
    expect(oursJson.headers['x-ca-signature']).toBe(sdkJson.signature)

    const form = { b: 'x y', a: "!*'()" }
    const formHeaders = { ...base, 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' }
    const sdkForm = sdkSign('POST', 'http://g.alicloudapi.com/form?q=1', formHeaders, { ...form })
    const oursForm = await signGateway({
      method: 'POST',
      path: '/form',
      search: 'q=1',
      headers: { 'content-type': formHeaders['content-type'] },
      body: new URLSearchParams(form).toString(),
      appKey: '203753311',
      appSecret: 'Gateway-App-Secret',
      stage: 'TEST',
      now: NOW,
      nonce: 'n-1',
    })
    expect(oursForm.stringToSign).toBe(sdkForm.sts)
    expect(oursForm.headers['x-ca-signature']).toBe(sdkForm.signature)
  })
})
