/**
 * Issue 7's "done when": one handler written for AWS answers through the AWS formats and fails through
 * Alibaba's with the documented gateway error — and the traces say why. Plus the setting itself:
 * stored in ServiceConfig, echoed only when set, carried by the deployed snapshot.
 */
import { describe, expect, it } from 'vitest'
import { EVENT_FORMATS, type EventFormat } from '../../../cloud-api/cloudapi'
import type { Responder } from '../../testing/fake-runtime'
import { outcome } from '../../testing/fake-runtime'
import { formatGateway } from '../../testing/formats'
import { errorOf, gateway, utf8 } from '../../testing/gateway'

/**
 * `exports.handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ path: e.path ??
 * e.rawPath }) })` — the AWS guide's shape (seed 003), no headers, no isBase64Encoded.
 */
const awsHandler: Responder = (request) => {
  const event = JSON.parse(new TextDecoder().decode(request.event)) as { path?: string; rawPath?: string }
  const answer = { statusCode: 200, body: JSON.stringify({ path: event.path ?? event.rawPath }) }
  return outcome(request, { body: utf8(JSON.stringify(answer)) })
}

describe('one handler written for AWS, through all four formats', () => {
  it('answers through both AWS formats, fails through Alibaba’s (502 D502FC) and Tencent’s (403)', async () => {
    const results = new Map<
      EventFormat,
      { status: number; body: string; code: string | null; trace: unknown }
    >()
    for (const format of EVENT_FORMATS) {
      const t = await formatGateway(format, { responder: awsHandler })
      const response = await t.call('/orders/42')
      results.set(format, {
        status: response.status,
        body: await response.clone().text(),
        code: errorOf(response).code,
        trace: await t.traceOf(response),
      })
    }
    expect(results.get('aws-rest-v1')).toMatchObject({ status: 200, body: '{"path":"/orders/42"}' })
    expect(results.get('aws-http-v2')).toMatchObject({ status: 200, body: '{"path":"/orders/42"}' })

    // Alibaba: the gateway's own error (seeds 000/002 FAQ: "returns a 502 error"), naming the fields.
    const alibaba = results.get('alibaba')
    expect(alibaba).toMatchObject({ status: 502, code: 'D502FC', body: '' })
    expect(alibaba?.trace).toMatchObject({
      eventFormat: 'alibaba',
      envelope: { problems: ['isBase64Encoded is missing', 'headers is missing'] },
    })
    // Tencent: the documented 403 of an integration response without headers (seed 001).
    expect(results.get('tencent-scf')).toMatchObject({
      status: 403,
      body: JSON.stringify({
        errno: 403,
        error: 'Invalid scf response format. please check your scf response format.',
      }),
    })
    expect(results.get('tencent-scf')?.trace).toMatchObject({
      envelope: { problems: ['headers is missing'] },
    })
  })

  it('the same call reaches each format’s security checks first: an APP API without credentials is A400MA', async () => {
    for (const format of EVENT_FORMATS) {
      const t = await formatGateway(format, { responder: awsHandler, api: { AuthType: 'APP' } })
      expect(errorOf(await t.call('/x')).code).toBe('A400MA')
      expect(t.fake.calls.invoke).toHaveLength(0)
    }
  })
})

describe('the event-format setting (ServiceConfig.EmulatorEventFormat)', () => {
  it('is stored, echoed by DescribeApi only when set, and checked', async () => {
    const t = await gateway({ api: { ServiceConfig: { EmulatorEventFormat: 'AWS-REST-V1' } } })
    const described = await t.api.ok<{ ServiceConfig: Record<string, unknown> }>('DescribeApi', {
      ApiId: t.apiId,
    })
    expect(described.ServiceConfig.EmulatorEventFormat).toBe('aws-rest-v1')
    const plain = await gateway()
    const other = await plain.api.ok<{ ServiceConfig: Record<string, unknown> }>('DescribeApi', {
      ApiId: plain.apiId,
    })
    expect('EmulatorEventFormat' in other.ServiceConfig).toBe(false)
    const bad = await t.api.call(
      'CreateApi',
      t.api.apiParams(t.groupId, t.backendId, {
        ApiName: 'other_api',
        RequestConfig: { RequestPath: '/other' },
        ServiceConfig: { EmulatorEventFormat: 'gcp' },
      }),
    )
    expect(bad.body.Code).toBe('InvalidServiceConfig')
  })

  it('is part of the deployed snapshot: ModifyApi changes nothing until DeployApi', async () => {
    const t = await gateway({ api: { ServiceConfig: { EmulatorEventFormat: 'aws-http-v2' } } })
    await t.call('/hello')
    expect(t.event(0).version).toBe('2.0')
    await t.api.ok('ModifyApi', { ApiId: t.apiId, ...t.api.apiParams(t.groupId, t.backendId) })
    await t.call('/hello')
    expect(t.event(1).version).toBe('2.0')
    await t.api.deploy(t.groupId, t.apiId)
    await t.call('/hello')
    expect(t.event(2)).toHaveProperty('isBase64Encoded')
    expect(t.event(2)).toHaveProperty('queryParameters')
  })
})
