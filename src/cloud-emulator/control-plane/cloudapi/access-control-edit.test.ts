import { describe, expect, it } from 'vitest'
import {
  DescribeIpControlPolicyItemsResponseSchema,
  DescribeIpControlsResponseSchema,
} from '../../../cloud-api/cloudapi'
import { appGateway } from '../../testing/app-auth'
import { errorOf } from '../../testing/gateway'
import { sdkShapeProblems } from '../../testing/sdk-shape'

/**
 * Editing access controls: ModifyIpControl, Add/Modify/RemoveIpControlPolicyItem and
 * ModifyTrafficControl (SDK models `@alicloud/cloudapi20160714`), each taking effect on the bound APIs
 * from the next call.
 */
type T = Awaited<ReturnType<typeof appGateway>>

async function items(t: T, IpControlId: string) {
  const answer = await t.api.ok('DescribeIpControlPolicyItems', { IpControlId })
  return DescribeIpControlPolicyItemsResponseSchema.parse(answer).IpControlPolicyItems.IpControlPolicyItem
}

async function boundList(t: T, type: 'ALLOW' | 'REFUSE', cidr: string) {
  const { IpControlId } = await t.api.ok<{ IpControlId: string }>('CreateIpControl', {
    IpControlName: `list_${type.toLowerCase()}`,
    IpControlType: type,
    Description: 'first',
    'IpControlPolicys.1.CidrIp': cidr,
  })
  await t.api.ok('SetIpControlApis', {
    IpControlId,
    GroupId: t.groupId,
    ApiIds: t.apiId,
    StageName: 'RELEASE',
  })
  return IpControlId
}

describe('editing an IP control', () => {
  it('renames it and changes its description (ModifyIpControl); the type stays', async () => {
    const t = await appGateway({ clientIp: '127.0.0.1' })
    const id = await boundList(t, 'REFUSE', '10.0.0.1')
    await t.api.ok('CreateIpControl', { IpControlName: 'taken_name', IpControlType: 'ALLOW' })
    t.clock.advance(60_000)
    const answer = await t.api.ok('ModifyIpControl', {
      IpControlId: id,
      IpControlName: 'renamed_list',
      Description: '',
    })
    expect(sdkShapeProblems('ModifyIpControl', answer)).toEqual([])
    const [info] = DescribeIpControlsResponseSchema.parse(
      await t.api.ok('DescribeIpControls', { IpControlId: id }),
    ).IpControlInfos.IpControlInfo
    expect(info).toMatchObject({ IpControlName: 'renamed_list', Description: '', IpControlType: 'REFUSE' })
    expect(info!.ModifiedTime > info!.CreateTime).toBe(true)
    // Left out: unchanged. A name another list has: RepeatedIpControlName; its own name: fine.
    await t.api.ok('ModifyIpControl', { IpControlId: id, Description: 'second' })
    expect(await t.api.ok('DescribeIpControls', { IpControlId: id })).toMatchObject({
      IpControlInfos: { IpControlInfo: [{ IpControlName: 'renamed_list', Description: 'second' }] },
    })
    const repeated = await t.api.call('ModifyIpControl', { IpControlId: id, IpControlName: 'taken_name' })
    expect(repeated.body.Code).toBe('RepeatedIpControlName')
    await t.api.ok('ModifyIpControl', { IpControlId: id, IpControlName: 'renamed_list' })
    expect((await t.api.call('ModifyIpControl', { IpControlId: id, IpControlName: '_x' })).body.Code).toBe(
      'InvalidIpControlName',
    )
    expect((await t.api.call('ModifyIpControl', { IpControlId: 'nope' })).body.Code).toBe('NotFoundIpControl')
    expect((await t.api.call('ModifyIpControl', {})).body.Code).toBe('MissingIpControlId')
  })

  it('adds, modifies and removes entries, each effective on the next call', async () => {
    const t = await appGateway({ clientIp: '127.0.0.1' })
    const id = await boundList(t, 'REFUSE', '10.0.0.1')
    expect((await t.withCode('/hello')).status).toBe(200)

    const added = await t.api.ok<{ PolicyItemId: string }>('AddIpControlPolicyItem', {
      IpControlId: id,
      CidrIp: ' 127.0.0.0/8 ; ::1 ',
      AppId: String(t.AppId), // a REFUSE list ignores AppIds (SDK remark)
    })
    expect(sdkShapeProblems('AddIpControlPolicyItem', added)).toEqual([])
    expect(added.PolicyItemId).toMatch(/^[0-9a-f]{32}$/)
    expect((await items(t, id)).map((i) => [i.CidrIp, i.AppId])).toEqual([
      ['10.0.0.1', ''],
      ['127.0.0.0/8;::1', ''],
    ])
    expect(errorOf(await t.withCode('/hello')).code).toBe('A403IP')

    await t.api.ok('ModifyIpControlPolicyItem', {
      IpControlId: id,
      PolicyItemId: added.PolicyItemId,
      CidrIp: '192.0.2.0/24',
    })
    expect((await t.withCode('/hello')).status).toBe(200)
    const modified = (await items(t, id)).find((i) => i.PolicyItemId === added.PolicyItemId)
    expect(modified).toMatchObject({ CidrIp: '192.0.2.0/24' })

    const first = (await items(t, id))[0]!.PolicyItemId
    const removed = await t.api.ok('RemoveIpControlPolicyItem', {
      IpControlId: id,
      PolicyItemIds: `${first};${added.PolicyItemId}`,
    })
    expect(sdkShapeProblems('RemoveIpControlPolicyItem', removed)).toEqual([])
    expect(await items(t, id)).toEqual([])
  })

  it('checks entries as CreateIpControl does, and knows which entries exist', async () => {
    const t = await appGateway({ clientIp: '127.0.0.1' })
    const id = await boundList(t, 'ALLOW', '127.0.0.1')
    const add = (params: Record<string, unknown>) =>
      t.api.call('AddIpControlPolicyItem', { IpControlId: id, ...params })
    expect((await add({ CidrIp: '10.0.0.0/33' })).body.Code).toBe('InvalidCidrIp')
    expect((await add({})).body.Code).toBe('MissingCidrIp')
    expect((await add({ CidrIp: '10.0.0.1', AppId: '999' })).body).toMatchObject({
      Code: 'InvalidAppId',
      Message: expect.stringContaining('no app with AppId 999 exists'),
    })
    // An ALLOW entry keeps its AppId: only that app passes from those addresses.
    const { PolicyItemId } = await t.api.ok<{ PolicyItemId: string }>('AddIpControlPolicyItem', {
      IpControlId: id,
      CidrIp: '10.0.0.1',
      AppId: String(t.AppId),
    })
    expect((await items(t, id)).find((i) => i.PolicyItemId === PolicyItemId)?.AppId).toBe(String(t.AppId))

    const modify = (params: Record<string, unknown>) =>
      t.api.call('ModifyIpControlPolicyItem', {
        IpControlId: id,
        PolicyItemId,
        CidrIp: '10.0.0.2',
        ...params,
      })
    expect((await modify({ PolicyItemId: 'nope' })).body.Code).toBe('NotFoundIpControlPolicyItem')
    expect((await modify({ CidrIp: 'x' })).body.Code).toBe('InvalidCidrIp')
    expect((await modify({ IpControlId: 'nope' })).body.Code).toBe('NotFoundIpControl')
    // One unknown id among those to remove: nothing is removed.
    const remove = await t.api.call('RemoveIpControlPolicyItem', {
      IpControlId: id,
      PolicyItemIds: `${PolicyItemId};nope`,
    })
    expect(remove.body.Code).toBe('NotFoundIpControlPolicyItem')
    expect(await items(t, id)).toHaveLength(2)
    expect(
      (await t.api.call('RemoveIpControlPolicyItem', { IpControlId: id, PolicyItemIds: ' ; ' })).body.Code,
    ).toBe('InvalidPolicyItemIds')
  })

  it('holds at most 100 entries', async () => {
    const t = await appGateway({ clientIp: '127.0.0.1' })
    const policies = Object.fromEntries(
      Array.from({ length: 100 }, (_, i) => [`IpControlPolicys.${i + 1}.CidrIp`, `10.0.${i}.1`]),
    )
    const { IpControlId } = await t.api.ok<{ IpControlId: string }>('CreateIpControl', {
      IpControlName: 'full_list',
      IpControlType: 'REFUSE',
      ...policies,
    })
    const over = await t.api.call('AddIpControlPolicyItem', { IpControlId, CidrIp: '10.9.9.9' })
    expect(over.body.Code).toBe('InvalidIpControlPolicys')
  })
})

describe('editing a traffic control (ModifyTrafficControl)', () => {
  async function boundPolicy(t: T) {
    const { TrafficControlId } = await t.api.ok<{ TrafficControlId: string }>('CreateTrafficControl', {
      TrafficControlName: 'one_a_day',
      TrafficControlUnit: 'DAY',
      ApiDefault: 1,
      UserDefault: 1,
    })
    await t.api.ok('SetTrafficControlApis', {
      TrafficControlId,
      GroupId: t.groupId,
      ApiIds: t.apiId,
      StageName: 'RELEASE',
    })
    return TrafficControlId
  }

  it('changes what it is given, keeps the rest, and the new limit applies from the next call', async () => {
    const t = await appGateway({ clientIp: '127.0.0.1' })
    const id = await boundPolicy(t)
    expect((await t.withCode('/hello')).status).toBe(200)
    expect(errorOf(await t.withCode('/hello')).code).toBe('T429PA')
    const answer = await t.api.ok('ModifyTrafficControl', {
      TrafficControlId: id,
      TrafficControlName: 'five_a_day',
      ApiDefault: 5,
      UserDefault: 5,
      AppDefault: 2,
      Description: 'raised',
    })
    expect(sdkShapeProblems('ModifyTrafficControl', answer)).toEqual([])
    // The app had no limit before: its count starts now, 2 a day.
    expect((await t.withCode('/hello')).status).toBe(200)
    expect((await t.withCode('/hello')).status).toBe(200)
    expect(errorOf(await t.withCode('/hello')).code).toBe('T429PR')
    const described = await t.api.ok('DescribeTrafficControls', { TrafficControlId: id })
    expect(described).toMatchObject({
      TrafficControls: {
        TrafficControl: [
          {
            TrafficControlName: 'five_a_day',
            TrafficControlUnit: 'DAY',
            ApiDefault: 5,
            UserDefault: 5,
            AppDefault: 2,
            Description: 'raised',
          },
        ],
      },
    })
    // Only the unit: the limits stay.
    await t.api.ok('ModifyTrafficControl', { TrafficControlId: id, TrafficControlUnit: 'second' })
    expect(await t.api.ok('DescribeTrafficControls', { TrafficControlId: id })).toMatchObject({
      TrafficControls: { TrafficControl: [{ TrafficControlUnit: 'SECOND', ApiDefault: 5, AppDefault: 2 }] },
    })
  })

  it('refuses values out of order with what is kept, bad values, a taken name, an unknown id', async () => {
    const t = await appGateway({ clientIp: '127.0.0.1' })
    const id = await boundPolicy(t)
    await t.api.ok('CreateTrafficControl', {
      TrafficControlName: 'taken_name',
      TrafficControlUnit: 'DAY',
      ApiDefault: 5,
    })
    const modify = (params: Record<string, unknown>) =>
      t.api.call('ModifyTrafficControl', { TrafficControlId: id, ...params })
    // UserDefault 1 is kept: an AppDefault above it is out of order.
    expect((await modify({ AppDefault: 2 })).body.Code).toBe('InvalidAppDefault')
    expect((await modify({ ApiDefault: 0 })).body.Code).toBe('InvalidApiDefault')
    expect((await modify({ TrafficControlUnit: 'WEEK' })).body.Code).toBe('InvalidTrafficControlUnit')
    expect((await modify({ TrafficControlName: 'taken_name' })).body.Code).toBe('RepeatedTrafficControlName')
    expect((await modify({ TrafficControlName: 'one_a_day' })).status).toBe(200)
    expect((await t.api.call('ModifyTrafficControl', { TrafficControlId: 'nope' })).body.Code).toBe(
      'NotFoundTrafficControl',
    )
  })
})
