import { describe, expect, it } from 'vitest'
import { firstDifference, serverStringToSignFromMessage, visibleChar } from './string-to-sign'

describe('StringToSign comparison', () => {
  it('reads the server string from X-Ca-Error-Message, # as newlines', () => {
    expect(
      serverStringToSignFromMessage(
        'Invalid Signature, Server StringToSign:`GET#application/json###x-ca-key:1#/hello`',
      ),
    ).toBe('`GET\napplication/json\n\n\nx-ca-key:1\n/hello`')
    expect(serverStringToSignFromMessage('Invalid AppKey')).toBeNull()
    expect(serverStringToSignFromMessage(undefined)).toBeNull()
  })

  it('finds the first differing character with its line and column', () => {
    expect(firstDifference('GET\nx-ca-nonce:abc\n/p', 'GET\nx-ca-nonce:abd\n/p')).toEqual({
      index: 17,
      line: 2,
      column: 14,
    })
    expect(firstDifference('same', 'same')).toBeNull()
    // One string a prefix of the other: the difference is where the shorter ends.
    expect(firstDifference('GET\n', 'GET\n/x')).toEqual({ index: 4, line: 2, column: 1 })
  })

  it('names invisible characters', () => {
    expect(visibleChar('\n')).toBe('a line break (\\n)')
    expect(visibleChar(undefined)).toBe('end of text')
    expect(visibleChar('a')).toBe('“a”')
  })
})
