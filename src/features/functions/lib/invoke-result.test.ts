import { describe, expect, it } from 'vitest'
import { interpretBody } from './invoke-result'

describe('interpretBody', () => {
  it('pretty-prints JSON and recognises the API Gateway envelope of the seed sample', () => {
    const body = JSON.stringify({
      isBase64Encoded: false,
      statusCode: '200',
      headers: {},
      body: { path: '/' },
    })
    const read = interpretBody(body, false)
    expect(read.isJson).toBe(true)
    expect(read.display).toContain('\n  "statusCode": "200"')
    expect(read.envelope).toMatchObject({ statusCode: '200', isBase64Encoded: false, decodedBody: null })
  })

  it('decodes a Base64 envelope body (also with the Python sample\'s "true" string)', () => {
    const encoded = btoa(JSON.stringify({ hello: 'world' }))
    const read = interpretBody(
      JSON.stringify({ isBase64Encoded: 'true', statusCode: 200, body: encoded }),
      false,
    )
    expect(read.envelope?.decodedBody).toBe('{\n  "hello": "world"\n}')
  })

  it('shows plain text as is', () => {
    expect(interpretBody('hello', false)).toMatchObject({ display: 'hello', isJson: false, envelope: null })
  })

  it('reads errorMessage from the error JSON of a failed invocation', () => {
    const read = interpretBody(
      JSON.stringify({ errorMessage: 'oops', errorType: 'Error', stackTrace: [] }),
      true,
    )
    expect(read.errorMessage).toBe('oops')
    expect(read.envelope).toBeNull()
  })
})
