import { describe, expect, it } from 'vitest'
import type { GatewayTrace } from '@/cloud-api/cloudapi'
import type { GatewayExchange } from '@/lib/cloud/gateway'
import { explain } from './explain'

const exchange = (status: number, errorCode?: string, errorMessage?: string): GatewayExchange => ({
  sent: { method: 'GET', url: 'http://x/', headers: [], body: '' },
  received: { status, statusText: '', headers: [], body: '', requestId: 'R', errorCode, errorMessage },
  durationMs: 1,
})

const trace = (overrides: Partial<GatewayTrace>): GatewayTrace =>
  ({
    functionResult: {
      functionName: 'fn',
      status: 'success',
      body: { text: '{}', encoding: 'utf8' },
      errorType: null,
      logs: [],
      durationMs: 1,
    },
    envelope: { problems: [], warnings: [] },
    ...overrides,
  }) as GatewayTrace

describe('why each format answered what it did', () => {
  it('names the problems and the gateway error when the answer was rejected', () => {
    const why = explain(
      'alibaba',
      exchange(502, 'D502FC', 'Invalid Function Compute response: headers is missing'),
      trace({ envelope: { problems: ['headers is missing'], warnings: [] } }),
    )
    expect(why.verdict).toBe('rejected')
    expect(why.details).toContain('headers is missing')
    expect(why.details[0]).toContain('D502FC')
    expect(why.details.at(-1)).toContain('isBase64Encoded, statusCode, headers, body')
  })

  it('says the answer was read, with the tolerated deviations', () => {
    const why = explain(
      'aws-http-v2',
      exchange(200),
      trace({
        envelope: {
          problems: [],
          warnings: ['a string: sent as the body of a 200 (payload 2.0 plain value)'],
        },
      }),
    )
    expect(why).toMatchObject({ verdict: 'answered' })
    expect(why.details[0]).toContain('plain value')
  })

  it('tells a function failure, a gateway-only answer and an unreachable call apart', () => {
    const failed = trace({
      functionResult: {
        functionName: 'fn',
        status: 'handled',
        body: { text: '{"errorMessage":"boom"}', encoding: 'utf8' },
        errorType: 'HandledInvocationError',
        logs: [],
        durationMs: 1,
      },
      envelope: null,
    })
    expect(explain('aws-rest-v1', exchange(502), failed).verdict).toBe('function-failed')
    expect(explain('alibaba', exchange(400, 'A400MA'), trace({ functionResult: null })).verdict).toBe(
      'gateway',
    )
    expect(explain('tencent-scf', null, null).verdict).toBe('unreachable')
  })
})
