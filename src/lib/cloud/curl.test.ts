import { describe, expect, it } from 'vitest'
import { cloudCurl, curlReach, localCloudCurl, shellQuote } from './curl'

const SUB = '0f1e2d3c4b5a69788796a5b4c3d2e1f0-cn-hangzhou.alicloudapi.com'

describe('curl lines', () => {
  it('reaches the local cloud with the group subdomain as Host', () => {
    expect(localCloudCurl(SUB, { path: '/hello' })).toBe(
      `curl -i -H 'Host: ${SUB}' 'http://127.0.0.1:9000/hello'`,
    )
  })

  it('reaches the local cloud where it really listens', () => {
    expect(localCloudCurl(SUB, { path: '/hello' }, 'http://127.0.0.1:9391')).toBe(
      `curl -i -H 'Host: ${SUB}' 'http://127.0.0.1:9391/hello'`,
    )
  })

  it('reaches the local cloud at its reported origin, nowhere in browser-only mode, the group domain in the real cloud', () => {
    expect(curlReach({ available: true, endpoint: 'http://127.0.0.1:9391' })).toEqual({
      kind: 'local-cloud',
      origin: 'http://127.0.0.1:9391',
    })
    expect(curlReach({ available: true, endpoint: undefined })).toEqual({ kind: 'in-page' })
    expect(curlReach({ available: false, endpoint: undefined })).toEqual({ kind: 'cloud' })
    expect(curlReach(undefined)).toBeNull()
  })

  it('calls the real subdomain, with stage header, method and body', () => {
    expect(
      cloudCurl(SUB, {
        path: 'items/1?x=1',
        method: 'post',
        headers: [['X-Ca-Stage', 'TEST']],
        body: `{"it's":1}`,
      }),
    ).toBe(`curl -i -X POST -H 'X-Ca-Stage: TEST' --data-raw '{"it'\\''s":1}' 'http://${SUB}/items/1?x=1'`)
  })

  it('turns off curl globbing when a [name] path parameter is left in the URL', () => {
    expect(cloudCurl(SUB, { path: '/users/[id]' })).toBe(`curl -i -g 'http://${SUB}/users/[id]'`)
  })

  it('quotes single quotes for the shell', () => {
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`)
  })
})
