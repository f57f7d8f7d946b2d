import { describe, expect, it } from 'vitest'
import { ORIGIN, setup, zipOf } from '../../testing/harness'
import { crc64 } from './crc64'

describe('GetFunctionCode GET /2023-03-30/functions/{name}/code', () => {
  it('returns {url, checksum}; the url serves the zip from the control endpoint', async () => {
    const { json, call, createFunction } = setup()
    await createFunction()
    const zip = zipOf()
    const { status, body } = await json<{ url: string; checksum: string }>(
      'GET',
      '/2023-03-30/functions/hello/code',
    )
    expect(status).toBe(200)
    expect(body).toEqual({
      url: `${ORIGIN}/__emulator/code/hello?checksum=${crc64(zip.bytes)}`,
      checksum: crc64(zip.bytes),
    })
    const download = await call('GET', body.url.slice(ORIGIN.length))
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/zip')
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(zip.bytes)
  })

  it('no longer serves a checksum the function has moved on from', async () => {
    const { json, createFunction } = setup()
    await createFunction()
    const old = (await json<{ url: string }>('GET', '/2023-03-30/functions/hello/code')).body.url
    await json('PUT', '/2023-03-30/functions/hello', {
      body: { code: { zipFile: zipOf({ 'index.js': '//v2' }).base64 } },
    })
    const { status, body } = await json('GET', old.slice(ORIGIN.length))
    expect(status).toBe(404)
    expect(body.Code).toBe('CodeNotFound')
  })

  it('answers an unknown function with FunctionNotFound', async () => {
    const { json } = setup()
    expect((await json('GET', '/2023-03-30/functions/nope/code')).body).toMatchObject({
      Code: 'FunctionNotFound',
    })
  })
})
