import { describe, expect, it } from 'vitest'
import { resolveApiPath } from './endpoints'

describe('resolveApiPath', () => {
  it('maps FC paths with their query', () => {
    expect(resolveApiPath('/api/fc/2023-03-30/functions?limit=1')).toEqual({
      service: 'fc',
      upstreamPath: '/2023-03-30/functions?limit=1',
    })
  })
  it('maps CloudAPI RPC calls to the root path', () => {
    expect(resolveApiPath('/api/cloudapi?Action=DescribeApiGroups')).toEqual({
      service: 'cloudapi',
      upstreamPath: '/?Action=DescribeApiGroups',
    })
  })
  it('maps the emulator control endpoint under /__emulator', () => {
    expect(resolveApiPath('/api/emulator/reset')).toEqual({
      service: 'emulator',
      upstreamPath: '/__emulator/reset',
    })
  })
  it('takes the gateway Host from the first segment', () => {
    expect(resolveApiPath('/api/gateway/abc-cn-hangzhou.alicloudapi.com/echo/x?a=1')).toEqual({
      service: 'gateway',
      host: 'abc-cn-hangzhou.alicloudapi.com',
      upstreamPath: '/echo/x?a=1',
    })
    expect(resolveApiPath('/api/gateway/abc.example?q=1')).toEqual({
      service: 'gateway',
      host: 'abc.example',
      upstreamPath: '/?q=1',
    })
    expect(resolveApiPath('/api/gateway')).toBeNull()
  })
  it('ignores paths outside /api', () => {
    expect(resolveApiPath('/functions')).toBeNull()
    expect(resolveApiPath('/api/fcx')).toBeNull()
  })
})
