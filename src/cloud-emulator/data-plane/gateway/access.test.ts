import { describe, expect, it } from 'vitest'
import type { GatewayTrace } from '../../../cloud-api/cloudapi'
import { appGateway } from '../../testing/app-auth'
import { errorOf, gateway } from '../../testing/gateway'

type T = Awaited<ReturnType<typeof appGateway>>

async function ipControl(
  t: T,
  type: 'ALLOW' | 'REFUSE',
  policies: Record<string, string>,
  stage = 'RELEASE',
) {
  const { IpControlId } = await t.api.ok<{ IpControlId: string }>('CreateIpControl', {
    IpControlName: `list_${type.toLowerCase()}_${Object.keys(policies).length}`,
    IpControlType: type,
    ...policies,
  })
  await t.api.ok('SetIpControlApis', { IpControlId, GroupId: t.groupId, ApiIds: t.apiId, StageName: stage })
  return IpControlId
}

const traceOf = async (t: T, response: Response) =>
  (await (
    await t.emulator.handle(
      new Request(
        `https://1234567890123456.cn-hangzhou.fc.aliyuncs.com/__emulator/gateway-traces?requestId=${response.headers.get('x-ca-request-id')}`,
      ),
    )
  ).json()) as GatewayTrace

describe('IP control on the data plane (the connection address, not X-Forwarded-For)', () => {
  it('a REFUSE rule takes effect on the next call: 403 A403IP; unbinding reopens', async () => {
    const t = await appGateway({ clientIp: '203.0.113.7' })
    expect((await t.withCode('/hello')).status).toBe(200)
    const id = await ipControl(t, 'REFUSE', { 'IpControlPolicys.1.CidrIp': '10.0.0.0/8;203.0.113.0/24' })
    const refused = await t.withCode('/hello')
    const error = errorOf(refused)
    expect(error).toMatchObject({ status: 403, code: 'A403IP' })
    expect(error.message).toMatch(/^Access Denied by IP Control Policy: 203\.0\.113\.7 is in the deny list/)
    expect((await traceOf(t, refused)).ipControl).toMatchObject({
      ipControlId: id,
      ipControlType: 'REFUSE',
      clientIp: '203.0.113.7',
      matched: { cidr: '203.0.113.0/24', appId: null },
      result: 'refused',
    })
    // X-Forwarded-For is the caller's to write: it never changes the verdict.
    const spoofed = await t.withCode('/hello', { headers: { 'X-Forwarded-For': '8.8.8.8' } })
    expect(errorOf(spoofed).code).toBe('A403IP')
    expect(t.fake.calls.invoke).toHaveLength(1)
    await t.api.ok('RemoveIpControlApis', { IpControlId: id, GroupId: t.groupId, StageName: 'RELEASE' })
    expect((await t.withCode('/hello')).status).toBe(200)
  })

  it('binds per stage: a rule on TEST leaves RELEASE open', async () => {
    const t = await appGateway({ clientIp: '127.0.0.1', stages: ['RELEASE', 'TEST'] })
    await ipControl(t, 'REFUSE', { 'IpControlPolicys.1.CidrIp': '127.0.0.1' }, 'TEST')
    expect((await t.withCode('/hello')).status).toBe(200)
    expect(errorOf(await t.withCode('/hello', { headers: { 'X-Ca-Stage': 'TEST' } })).code).toBe('A403IP')
  })

  it('ALLOW admits only listed addresses; an entry with an AppId only that app (anonymous callers never)', async () => {
    const t = await appGateway({ clientIp: '192.168.1.20' })
    const other = await t.api.ok<{ AppId: number }>('CreateApp', { AppName: 'otherApp' })
    await ipControl(t, 'ALLOW', {
      'IpControlPolicys.1.CidrIp': '192.168.1.0/24',
      'IpControlPolicys.1.AppId': String(t.AppId),
      'IpControlPolicys.2.CidrIp': '10.1.1.1',
    })
    expect((await t.withCode('/hello')).status).toBe(200)
    const outside = await t.emulator.handle(
      new Request(`http://${t.host}/hello`, {
        headers: { Authorization: 'APPCODE c0de0000000000000000000000000001' },
      }),
      { clientIp: '172.16.0.1' },
    )
    expect(errorOf(outside)).toMatchObject({ status: 403, code: 'A403IP' })
    expect(errorOf(outside).message).toContain('is not in the allow list')
    // The address is listed for the first app only.
    await t.api.ok('SetApisAuthorities', { AppId: other.AppId, StageName: 'RELEASE', ApiIds: t.apiId })
    const { AppCode } = await t.api.ok<{ AppCode: string }>('DescribeAppSecurity', { AppId: other.AppId })
    expect(errorOf(await t.withCode('/hello', {}, AppCode)).code).toBe('A403IP')
    // From the plain entry anybody authenticated passes.
    const plain = await t.emulator.handle(
      new Request(`http://${t.host}/hello`, { headers: { Authorization: `APPCODE ${AppCode}` } }),
      { clientIp: '10.1.1.1' },
    )
    expect(plain.status).toBe(200)
  })

  it('checks IP control after authentication: a refused address with a bad signature gets the signature error', async () => {
    const t = await appGateway({ clientIp: '10.0.0.1' })
    await ipControl(t, 'REFUSE', { 'IpControlPolicys.1.CidrIp': '10.0.0.1' })
    expect(errorOf(await t.signed('/hello', { secret: 'wrong', clientIp: '10.0.0.1' })).code).toBe('A403IS')
    expect(errorOf(await t.signed('/hello', { clientIp: '10.0.0.1' })).code).toBe('A403IP')
  })
})

describe('traffic control on the data plane', () => {
  async function throttling(t: T, values: Record<string, unknown>) {
    const { TrafficControlId } = await t.api.ok<{ TrafficControlId: string }>('CreateTrafficControl', {
      TrafficControlName: 'limits',
      TrafficControlUnit: 'MINUTE',
      ...values,
    })
    await t.api.ok('SetTrafficControlApis', {
      TrafficControlId,
      GroupId: t.groupId,
      ApiIds: t.apiId,
      StageName: 'RELEASE',
    })
    return TrafficControlId
  }

  it('an API limit takes effect on the next call: 429 `Throttled by API Flow Control`, until the window turns', async () => {
    const t = await appGateway()
    t.clock.set(Date.UTC(2026, 0, 2, 3, 4, 0))
    await throttling(t, { ApiDefault: 2 })
    expect((await t.withCode('/hello')).status).toBe(200)
    expect((await t.withCode('/hello')).status).toBe(200)
    const third = await t.withCode('/hello')
    expect(errorOf(third)).toMatchObject({
      status: 429,
      code: 'T429PA',
      message: 'Throttled by API Flow Control',
    })
    expect((await traceOf(t, third)).throttling).toMatchObject({
      unit: 'MINUTE',
      checks: [{ dimension: 'API', limit: 2, used: 2 }],
      result: 'throttled',
    })
    expect(t.fake.calls.invoke).toHaveLength(2)
    t.clock.advance(60_000)
    expect((await t.withCode('/hello')).status).toBe(200)
  })

  it('app and user limits, and special values per app', async () => {
    const t = await appGateway()
    t.clock.set(Date.UTC(2026, 0, 2, 3, 0, 0))
    const id = await throttling(t, {
      TrafficControlUnit: 'HOUR',
      ApiDefault: 100,
      UserDefault: 3,
      AppDefault: 1,
    })
    expect((await t.withCode('/hello')).status).toBe(200)
    expect(errorOf(await t.withCode('/hello'))).toMatchObject({
      status: 429,
      code: 'T429PR',
      message: 'Throttled by APP Flow Control',
    })
    await t.api.ok('AddTrafficSpecialControl', {
      TrafficControlId: id,
      SpecialType: 'APP',
      SpecialKey: String(t.AppId),
      TrafficValue: 5,
    })
    expect((await t.withCode('/hello')).status).toBe(200)
    expect((await t.withCode('/hello')).status).toBe(200)
    // 3 calls by this account's apps this hour: the user limit answers now.
    expect(errorOf(await t.withCode('/hello'))).toMatchObject({
      status: 429,
      code: 'T429SR',
      message: 'Throttled by USER Flow Control',
    })
  })

  it('anonymous APIs count against the API limit only; SECOND windows', async () => {
    const t = await gateway()
    const { TrafficControlId } = await t.api.ok<{ TrafficControlId: string }>('CreateTrafficControl', {
      TrafficControlName: 'per_second',
      TrafficControlUnit: 'SECOND',
      ApiDefault: 1,
      AppDefault: 1,
    })
    await t.api.ok('SetTrafficControlApis', {
      TrafficControlId,
      GroupId: t.groupId,
      ApiIds: t.apiId,
      StageName: 'RELEASE',
    })
    t.clock.set(Date.UTC(2026, 0, 2, 3, 0, 0, 100))
    expect((await t.call('/hello')).status).toBe(200)
    expect(errorOf(await t.call('/hello')).code).toBe('T429PA')
    t.clock.advance(900)
    expect((await t.call('/hello')).status).toBe(200)
  })

  it('refused calls (IP control, authentication) use up no quota', async () => {
    const t = await appGateway({ clientIp: '10.0.0.1' })
    await throttling(t, { ApiDefault: 1 })
    expect(errorOf(await t.withCode('/hello', {}, 'bad')).code).toBe('A401AC')
    expect((await t.withCode('/hello')).status).toBe(200)
  })
})
