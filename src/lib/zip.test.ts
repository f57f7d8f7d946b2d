import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64, decodeBase64Utf8 } from './base64'
import { fileText, textFile, unzipFiles, zipToBase64 } from './zip'

describe('code packages', () => {
  it('zips files to base64 and back', () => {
    const zip = base64ToBytes(
      zipToBase64({ 'index.js': textFile('exports.handler = 1'), 'lib/a.js': textFile('é') }),
    )
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['index.js', 'lib/a.js'])
    const files = unzipFiles(zip)
    expect(fileText(files['lib/a.js']!)).toBe('é')
  })

  it('tells binary files apart from UTF-8 text', () => {
    expect(fileText(new Uint8Array([0xff, 0xfe, 0x00]))).toBeNull()
  })
})

describe('base64', () => {
  it('round-trips large byte arrays', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 256)
    const back = base64ToBytes(bytesToBase64(bytes))
    expect(back.length).toBe(bytes.length)
    expect(back.every((b, i) => b === bytes[i])).toBe(true)
  })

  it('decodes UTF-8 log tails and refuses garbage', () => {
    expect(decodeBase64Utf8(btoa(String.fromCharCode(...new TextEncoder().encode('日志 ok'))))).toBe(
      '日志 ok',
    )
    expect(decodeBase64Utf8('%%%')).toBeNull()
  })
})
