/**
 * A `fetch` that signs like the proxy does (server/proxy/sign.ts), for tests that speak plain HTTP to
 * a local cloud which verifies signatures: `/` as CloudAPI, FC paths as FC, anything else unsigned.
 */
import type { ApiService } from '../../../src/cloud-api/endpoints.ts'
import type { AccessKey } from '../../../src/cloud-emulator/signing/credentials.ts'
import { signUpstream } from '../../proxy/sign.ts'

function serviceOf(pathname: string): ApiService | null {
  if (pathname === '/') return 'cloudapi'
  return /^\/(2023-03-30|2016-08-15)(\/|$)/.test(pathname) ? 'fc' : null
}

export function signedFetch(key: AccessKey): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    const service = serviceOf(url.pathname)
    if (!service) return fetch(request)
    const body = new Uint8Array(await request.arrayBuffer())
    const headers: Record<string, string> = {}
    request.headers.forEach((value, name) => {
      headers[name] = value
    })
    const added = await signUpstream(
      {
        service,
        method: request.method,
        pathAndQuery: url.pathname + url.search,
        host: url.host,
        headers,
        body,
      },
      key,
    )
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
    return fetch(url, {
      method: request.method,
      headers: { ...headers, ...added },
      body: hasBody ? body : undefined,
    })
  }
}
