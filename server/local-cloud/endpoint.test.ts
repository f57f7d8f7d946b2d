import { describe, expect, it } from 'vitest'
import { describeListening, reachableOrigin } from './endpoint'

describe('reachableOrigin', () => {
  it('reports the IPv4 loopback for an IPv4 wildcard bind', () => {
    expect(reachableOrigin('0.0.0.0', 9000)).toBe('http://127.0.0.1:9000')
    // The URL parser's other spellings of the same address.
    expect(reachableOrigin('0', 9000)).toBe('http://127.0.0.1:9000')
  })

  it('reports the IPv6 loopback, bracketed, for an IPv6 wildcard bind', () => {
    expect(reachableOrigin('::', 9000)).toBe('http://[::1]:9000')
    expect(reachableOrigin('0:0:0:0:0:0:0:0', 9000)).toBe('http://[::1]:9000')
    expect(reachableOrigin('::0', 9000)).toBe('http://[::1]:9000')
  })

  it('keeps any other host as given, bracketing IPv6 literals', () => {
    expect(reachableOrigin('127.0.0.1', 9000)).toBe('http://127.0.0.1:9000')
    expect(reachableOrigin('localhost', 9000)).toBe('http://localhost:9000')
    expect(reachableOrigin('192.168.1.20', 9000)).toBe('http://192.168.1.20:9000')
    expect(reachableOrigin('::1', 9000)).toBe('http://[::1]:9000')
    expect(reachableOrigin('fe80::1%eth0', 9000)).toBe('http://[fe80::1%eth0]:9000')
  })
})

describe('describeListening', () => {
  it('names the wildcard bind beside the reachable origin, and nothing more otherwise', () => {
    expect(describeListening('0.0.0.0', 9000)).toBe(
      'http://127.0.0.1:9000 (bound to every interface, 0.0.0.0)',
    )
    expect(describeListening('127.0.0.1', 9000)).toBe('http://127.0.0.1:9000')
  })
})
