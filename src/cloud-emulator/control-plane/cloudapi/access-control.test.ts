import { describe, expect, it } from 'vitest'
import {
  cidrContains,
  cidrListProblem,
  DescribeIpControlPolicyItemsResponseSchema,
  DescribeTrafficControlsResponseSchema,
  parseCidr,
} from '../../../cloud-api/cloudapi'
import { cloudApiClient } from '../../testing/cloudapi'
import { setup } from '../../testing/harness'
import { sdkShapeProblems } from '../../testing/sdk-shape'

async function withApi() {
  const t = setup()
  const api = cloudApiClient(t.emulator)
  await t.createFunction()
  const flow = await api.publishHello()
  const { AppId } = await api.ok<{ AppId: number }>('CreateApp', { AppName: 'fcApp' })
  return { ...t, api, ...flow, AppId }
}

describe('IP control (CreateIpControl … DeleteIpControl; reference §1.2)', () => {
  it('creates a list from the flattened IpControlPolicys.N.* parameters and describes it in the SDK shapes', async () => {
    const { api, AppId, apiId, groupId } = await withApi()
    const created = await api.ok<{ IpControlId: string }>('CreateIpControl', {
      IpControlName: 'office_only',
      IpControlType: 'allow',
      Description: 'test',
      'IpControlPolicys.1.CidrIp': '114.1.1.0/24; 10.0.0.1',
      'IpControlPolicys.1.AppId': String(AppId),
      'IpControlPolicys.2.CidrIp': '127.0.0.1',
    })
    expect(sdkShapeProblems('CreateIpControl', created)).toEqual([])
    expect(created.IpControlId).toMatch(/^[0-9a-f]{32}$/)
    const list = await api.ok('DescribeIpControls', {})
    expect(sdkShapeProblems('DescribeIpControls', list)).toEqual([])
    expect(list).toMatchObject({
      IpControlInfos: {
        IpControlInfo: [{ IpControlName: 'office_only', IpControlType: 'ALLOW', RegionId: 'cn-hangzhou' }],
      },
    })
    const items = await api.ok('DescribeIpControlPolicyItems', { IpControlId: created.IpControlId })
    expect(sdkShapeProblems('DescribeIpControlPolicyItems', items)).toEqual([])
    expect(
      DescribeIpControlPolicyItemsResponseSchema.parse(items).IpControlPolicyItems.IpControlPolicyItem.map(
        (p) => [p.AppId, p.CidrIp],
      ),
    ).toEqual([
      [String(AppId), '114.1.1.0/24;10.0.0.1'],
      ['', '127.0.0.1'],
    ])

    await api.ok('SetIpControlApis', {
      IpControlId: created.IpControlId,
      GroupId: groupId,
      ApiIds: apiId,
      StageName: 'RELEASE',
    })
    const bound = await api.ok('DescribeApiIpControls', { GroupId: groupId, StageName: 'RELEASE' })
    expect(sdkShapeProblems('DescribeApiIpControls', bound)).toEqual([])
    expect(bound).toMatchObject({
      ApiIpControls: { ApiIpControlItem: [{ ApiId: apiId, IpControlName: 'office_only' }] },
    })
    const busy = await api.call('DeleteIpControl', { IpControlId: created.IpControlId })
    expect(busy.body.Code).toBe('InvalidIpControlId')
    await api.ok('RemoveIpControlApis', {
      IpControlId: created.IpControlId,
      GroupId: groupId,
      StageName: 'RELEASE',
    })
    const none = await api.call('RemoveIpControlApis', {
      IpControlId: created.IpControlId,
      GroupId: groupId,
      StageName: 'RELEASE',
      ApiIds: apiId,
    })
    expect(none.body.Code).toBe('NotFoundIpControlApi')
    await api.ok('DeleteIpControl', { IpControlId: created.IpControlId })
    expect((await api.call('DeleteIpControl', { IpControlId: created.IpControlId })).body.Code).toBe(
      'NotFoundIpControl',
    )
  })

  it('refuses bad CIDRs, bad names and types, unknown apps, a repeated name; REFUSE lists drop AppIds', async () => {
    const { api } = await withApi()
    const create = (params: Record<string, unknown>) =>
      api.call('CreateIpControl', { IpControlName: 'deny_list', IpControlType: 'REFUSE', ...params })
    const badCidr = await create({ 'IpControlPolicys.1.CidrIp': '10.0.0.0/33' })
    expect(badCidr.status).toBe(400)
    expect(badCidr.body.Code).toBe('InvalidIpControlPolicys')
    expect(badCidr.body.Message).toContain("'10.0.0.0/33' is not an IP address or CIDR block")
    expect((await create({ 'IpControlPolicys.1.CidrIp': '300.1.1.1' })).body.Code).toBe(
      'InvalidIpControlPolicys',
    )
    const eleven = Array.from({ length: 11 }, (_, i) => `10.0.0.${i}`).join(';')
    expect((await create({ 'IpControlPolicys.1.CidrIp': eleven })).body.Code).toBe('InvalidIpControlPolicys')
    expect((await create({ IpControlName: '_bad' })).body.Code).toBe('InvalidIpControlName')
    expect((await create({ IpControlType: 'BLOCK' })).body.Code).toBe('InvalidIpControlType')
    expect((await create({ IpControlType: undefined })).body.Code).toBe('MissingIpControlType')
    const unknownApp = await api.call('CreateIpControl', {
      IpControlName: 'allow_app',
      IpControlType: 'ALLOW',
      'IpControlPolicys.1.CidrIp': '1.2.3.4',
      'IpControlPolicys.1.AppId': '999',
    })
    expect(unknownApp.body.Code).toBe('InvalidIpControlPolicys')
    const { IpControlId } = await api.ok<{ IpControlId: string }>('CreateIpControl', {
      IpControlName: 'deny_list',
      IpControlType: 'REFUSE',
      'IpControlPolicys.1.CidrIp': '1.2.3.4',
      'IpControlPolicys.1.AppId': '999',
    })
    const items = await api.ok('DescribeIpControlPolicyItems', { IpControlId })
    expect(JSON.stringify(items)).toContain('"AppId":""')
    expect((await create({})).body.Code).toBe('RepeatedIpControlName')
  })

  it('binds one list per API and stage: binding another moves the API', async () => {
    const { api, apiId, groupId } = await withApi()
    const make = async (name: string) =>
      (
        await api.ok<{ IpControlId: string }>('CreateIpControl', {
          IpControlName: name,
          IpControlType: 'REFUSE',
        })
      ).IpControlId
    const a = await make('first_list')
    const b = await make('second_list')
    const bind = (IpControlId: string, extra: Record<string, unknown> = {}) =>
      api.call('SetIpControlApis', {
        IpControlId,
        GroupId: groupId,
        ApiIds: apiId,
        StageName: 'RELEASE',
        ...extra,
      })
    expect((await bind(a)).status).toBe(200)
    expect((await bind(b)).status).toBe(200)
    const bound = await api.ok('DescribeApiIpControls', { GroupId: groupId })
    expect(bound).toMatchObject({ TotalCount: 1, ApiIpControls: { ApiIpControlItem: [{ IpControlId: b }] } })
    expect((await bind(a, { ApiIds: 'f'.repeat(32) })).body.Code).toBe('NotFoundApi')
    expect((await bind('nope')).body.Code).toBe('NotFoundIpControl')
    expect((await bind(a, { GroupId: 'f'.repeat(32) })).body.Code).toBe('NotFoundApiGroup')
  })
})

describe('traffic control (CreateTrafficControl … DeleteTrafficControl, special policies)', () => {
  it('creates, describes (SDK shape), binds, adds special values, unbinds and deletes', async () => {
    const { api, AppId, apiId, groupId } = await withApi()
    const { TrafficControlId } = await api.ok<{ TrafficControlId: string }>('CreateTrafficControl', {
      TrafficControlName: 'ThrottlingTest',
      TrafficControlUnit: 'minute',
      ApiDefault: 100,
      UserDefault: 50,
      AppDefault: 10,
    })
    await api.ok('AddTrafficSpecialControl', {
      TrafficControlId,
      SpecialType: 'APP',
      SpecialKey: String(AppId),
      TrafficValue: 3,
    })
    await api.ok('SetTrafficControlApis', {
      TrafficControlId,
      GroupId: groupId,
      ApiIds: apiId,
      StageName: 'RELEASE',
    })
    const described = await api.ok('DescribeTrafficControls', {
      GroupId: groupId,
      ApiId: apiId,
      StageName: 'RELEASE',
    })
    expect(sdkShapeProblems('DescribeTrafficControls', described)).toEqual([])
    expect(DescribeTrafficControlsResponseSchema.parse(described).TrafficControls.TrafficControl).toEqual([
      expect.objectContaining({
        TrafficControlName: 'ThrottlingTest',
        TrafficControlUnit: 'MINUTE',
        ApiDefault: 100,
        UserDefault: 50,
        AppDefault: 10,
        SpecialPolicies: {
          SpecialPolicy: [
            { SpecialType: 'APP', Specials: { Special: [{ SpecialKey: String(AppId), TrafficValue: 3 }] } },
          ],
        },
      }),
    ])
    const byApi = await api.ok('DescribeApiTrafficControls', { GroupId: groupId, StageName: 'RELEASE' })
    expect(sdkShapeProblems('DescribeApiTrafficControls', byApi)).toEqual([])
    expect((await api.call('DeleteTrafficControl', { TrafficControlId })).body.Code).toBe(
      'InvalidTrafficControlId',
    )
    await api.ok('DeleteTrafficSpecialControl', {
      TrafficControlId,
      SpecialType: 'APP',
      SpecialKey: String(AppId),
    })
    await api.ok('RemoveTrafficControlApis', {
      TrafficControlId,
      GroupId: groupId,
      ApiIds: apiId,
      StageName: 'RELEASE',
    })
    await api.ok('DeleteTrafficControl', { TrafficControlId })
    const none = await api.ok<{ TotalCount: number }>('DescribeTrafficControls', {})
    expect(none.TotalCount).toBe(0)
  })

  it('refuses bad units, values and names', async () => {
    const { api } = await withApi()
    const create = (params: Record<string, unknown>) =>
      api.call('CreateTrafficControl', {
        TrafficControlName: 'limits',
        TrafficControlUnit: 'MINUTE',
        ApiDefault: 10,
        ...params,
      })
    expect((await create({ TrafficControlUnit: 'WEEK' })).body.Code).toBe('InvalidTrafficControlUnit')
    expect((await create({ ApiDefault: 0 })).body.Code).toBe('InvalidApiDefault')
    expect((await create({ ApiDefault: 'ten' })).body.Code).toBe('InvalidApiDefault')
    expect((await create({ ApiDefault: undefined })).body.Code).toBe('MissingApiDefault')
    expect((await create({ UserDefault: 20 })).body.Code).toBe('InvalidUserDefault')
    expect((await create({ AppDefault: 20 })).body.Code).toBe('InvalidAppDefault')
    expect((await create({ TrafficControlName: 'ab' })).body.Code).toBe('InvalidTrafficControlName')
    expect((await create({})).status).toBe(200)
    expect((await create({})).body.Code).toBe('RepeatedTrafficControlName')
    const special = await api.call('AddTrafficSpecialControl', {
      TrafficControlId: 'nope',
      SpecialType: 'APP',
      SpecialKey: '1',
      TrafficValue: 1,
    })
    expect(special.body.Code).toBe('NotFoundTrafficControl')
  })
})

describe('CIDR helpers (shared with the console forms)', () => {
  it('parses IPv4 and IPv6 blocks and matches addresses', () => {
    const block = parseCidr('114.1.1.0/24')!
    expect(cidrContains(block, '114.1.1.200')).toBe(true)
    expect(cidrContains(block, '114.1.2.1')).toBe(false)
    expect(cidrContains(parseCidr('10.0.0.1')!, '10.0.0.1')).toBe(true)
    expect(cidrContains(parseCidr('0.0.0.0/0')!, '8.8.8.8')).toBe(true)
    expect(cidrContains(parseCidr('127.0.0.1')!, '::ffff:127.0.0.1')).toBe(true)
    expect(cidrContains(parseCidr('2001:db8::/32')!, '2001:db8:1::5')).toBe(true)
    expect(cidrContains(parseCidr('2001:db8::/32')!, '10.0.0.1')).toBe(false)
    expect(parseCidr('1.2.3')).toBeNull()
    expect(parseCidr('1.2.3.4/40')).toBeNull()
    expect(cidrListProblem('1.1.1.1;;2.2.2.0/24')).toBeNull()
    expect(cidrListProblem('')).toContain('CidrIp holds')
  })
})
