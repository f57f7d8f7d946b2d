import { describe, expect, it } from 'vitest'
import {
  ApiNameSchema,
  CreateApiParamsSchema,
  EVENT_FORMATS,
  eventFormatOf,
  GroupNameSchema,
} from '@/cloud-api/cloudapi'
import {
  isScratchGroupName,
  parseHeaderLines,
  scratchApiName,
  scratchApiParams,
  scratchGroupName,
  splitPathAndQuery,
} from './scratch'

describe('the scratch APIs of “Try across clouds”', () => {
  it.each(EVENT_FORMATS)('%s: valid names, ANY /* PASSTHROUGH, inline function, its format', (format) => {
    expect(GroupNameSchema.safeParse(scratchGroupName(format)).success).toBe(true)
    expect(ApiNameSchema.safeParse(scratchApiName(format)).success).toBe(true)
    expect(isScratchGroupName(scratchGroupName(format))).toBe(true)
    const parsed = CreateApiParamsSchema.parse(
      scratchApiParams(format, 'g'.repeat(32), 'my-fn', 'cn-hangzhou'),
    )
    expect(parsed.RequestConfig).toMatchObject({
      RequestHttpMethod: 'ANY',
      RequestPath: '/*',
      RequestMode: 'PASSTHROUGH',
    })
    expect(parsed.ServiceConfig.FunctionComputeConfig).toMatchObject({
      FunctionName: 'my-fn',
      FcVersion: '3.0',
    })
    expect(eventFormatOf(parsed.ServiceConfig)).toBe(format)
    expect(parsed.AuthType).toBe('ANONYMOUS')
  })

  it('never writes the Alibaba format: the real wire has no such field (decision 011)', () => {
    const params = scratchApiParams('alibaba', 'g', 'fn', undefined)
    expect(params.ServiceConfig).not.toContain('EmulatorEventFormat')
  })

  it('reads headers and the path the user typed', () => {
    expect(parseHeaderLines('Content-Type: application/json\n\nbad line\nX-A:  1 : 2 ')).toEqual([
      ['Content-Type', 'application/json'],
      ['X-A', '1 : 2'],
    ])
    expect(splitPathAndQuery('/orders/42?expand=items&x=1&x=2')).toEqual({
      path: '/orders/42',
      query: [
        ['expand', 'items'],
        ['x', '1'],
        ['x', '2'],
      ],
    })
    expect(splitPathAndQuery('orders')).toEqual({ path: '/orders', query: [] })
  })
})
