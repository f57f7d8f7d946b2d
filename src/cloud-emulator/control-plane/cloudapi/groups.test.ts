import { describe, expect, it } from 'vitest'
import {
  CreateApiGroupResponseSchema,
  DescribeApiGroupResponseSchema,
  DescribeApiGroupsResponseSchema,
  GROUP_NAME_MESSAGE,
} from '../../../cloud-api/cloudapi'
import { cloudApiClient } from '../../testing/cloudapi'
import { setup } from '../../testing/harness'
import { sdkShapeProblems } from '../../testing/sdk-shape'

const HEX32 = /^[0-9a-f]{32}$/

function client() {
  const t = setup()
  return { ...t, api: cloudApiClient(t.emulator) }
}

describe('CreateApiGroup', () => {
  it('creates a group on the shared instance with its <GroupId>-<region>.alicloudapi.com subdomain', async () => {
    const { api } = client()
    const { status, body } = await api.call('CreateApiGroup', { GroupName: 'FC-Group', Description: 'demo' })
    expect(status).toBe(200)
    expect(sdkShapeProblems('CreateApiGroup', body)).toEqual([])
    const group = CreateApiGroupResponseSchema.parse(body)
    expect(group.GroupId).toMatch(HEX32)
    expect(group).toMatchObject({
      GroupName: 'FC-Group',
      Description: 'demo',
      BasePath: '/',
      SubDomain: `${group.GroupId}-cn-hangzhou.alicloudapi.com`,
      InstanceId: 'api-shared-vpc-001',
      InstanceType: 'VPC_SHARED',
      TagStatus: false,
    })
  })

  it.each([
    [{}, 'MissingGroupName', 'The GroupName is mandatory for this action.'],
    [{ GroupName: 'abc' }, 'InvalidGroupName', GROUP_NAME_MESSAGE],
    [{ GroupName: '1group' }, 'InvalidGroupName', GROUP_NAME_MESSAGE],
    [{ GroupName: 'has space' }, 'InvalidGroupName', GROUP_NAME_MESSAGE],
    [{ GroupName: 'x'.repeat(51) }, 'InvalidGroupName', GROUP_NAME_MESSAGE],
    [{ GroupName: 'okname', Description: 'd'.repeat(181) }, 'InvalidDescription', '180 characters'],
    [{ GroupName: 'okname', BasePath: 'qqq' }, 'InvalidBasePath', 'must start with /'],
    [
      { GroupName: 'okname', InstanceId: 'apigateway-cn-v6419k43xxxxx' },
      'InvalidInstanceId',
      'shared instance',
    ],
  ])('%j → %s (400)', async (params, code, message) => {
    const { api } = client()
    const { status, body } = await api.call('CreateApiGroup', params)
    expect(status).toBe(400)
    expect(body.Code).toBe(code)
    expect(body.Message).toContain(message)
  })

  it('refuses a second group with the same name: RepeatedGroupName', async () => {
    const { api } = client()
    await api.createGroup('Weather')
    const { status, body } = await api.call('CreateApiGroup', { GroupName: 'Weather' })
    expect(status).toBe(400)
    expect(body).toMatchObject({ Code: 'RepeatedGroupName' })
    expect(body.Message).toMatch(/^The specified GroupName is repeated\./)
  })
})

describe('DescribeApiGroups / DescribeApiGroup', () => {
  it('lists ApiGroupAttributes.ApiGroupAttribute[], newest first, filtered and paged', async () => {
    const { api, clock } = client()
    for (const name of ['alpha_group', 'beta_group', 'gamma_group']) {
      await api.createGroup(name)
      clock.advance(1000)
    }
    const all = await api.ok('DescribeApiGroups')
    expect(sdkShapeProblems('DescribeApiGroups', all)).toEqual([])
    const parsed = DescribeApiGroupsResponseSchema.parse(all)
    expect(parsed.ApiGroupAttributes.ApiGroupAttribute.map((g) => g.GroupName)).toEqual([
      'gamma_group',
      'beta_group',
      'alpha_group',
    ])
    expect(parsed).toMatchObject({ PageNumber: 1, PageSize: 10, TotalCount: 3 })
    const page = DescribeApiGroupsResponseSchema.parse(
      await api.ok('DescribeApiGroups', { PageSize: 2, PageNumber: 2, Sort: 'asc' }),
    )
    expect(page.ApiGroupAttributes.ApiGroupAttribute.map((g) => g.GroupName)).toEqual(['gamma_group'])
    const byName = DescribeApiGroupsResponseSchema.parse(
      await api.ok('DescribeApiGroups', { GroupName: 'ETA' }),
    )
    expect(byName.TotalCount).toBe(1)
    const bad = await api.call('DescribeApiGroups', { PageSize: 51 })
    expect(bad.body).toMatchObject({ Code: 'InvalidPageSize' })
  })

  it('describes one group with StageItems.StageInfo[] for RELEASE, PRE and TEST', async () => {
    const { api } = client()
    const { GroupId } = await api.createGroup()
    const body = await api.ok('DescribeApiGroup', { GroupId })
    expect(sdkShapeProblems('DescribeApiGroup', body)).toEqual([])
    const group = DescribeApiGroupResponseSchema.parse(body)
    expect(group).toMatchObject({ GroupId, Status: 'NORMAL', TrafficLimit: 500, RegionId: 'cn-hangzhou' })
    expect(group.StageItems.StageInfo.map((s) => s.StageName)).toEqual(['RELEASE', 'PRE', 'TEST'])
    expect(group.StageItems.StageInfo.every((s) => /^[0-9a-f]{32}$/.test(s.StageId))).toBe(true)
    expect(group.CreatedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
  })

  it('answers an unknown GroupId with NotFoundApiGroup', async () => {
    const { api } = client()
    const { status, body } = await api.call('DescribeApiGroup', { GroupId: 'f'.repeat(32) })
    expect(status).toBe(400)
    expect(body.Code).toBe('NotFoundApiGroup')
    expect(body.Message).toMatch(/^Cannot find resource according to your specified ApiGroup\./)
    expect((await api.call('DescribeApiGroup')).body.Code).toBe('MissingGroupId')
  })
})

describe('ModifyApiGroup / DeleteApiGroup', () => {
  it('renames and re-describes; the new name must be free and valid', async () => {
    const { api } = client()
    const { GroupId, SubDomain } = await api.createGroup('first_group')
    await api.createGroup('taken_group')
    const body = await api.ok('ModifyApiGroup', { GroupId, GroupName: 'renamed_group', Description: 'new' })
    expect(sdkShapeProblems('ModifyApiGroup', body)).toEqual([])
    expect(body).toMatchObject({ GroupId, GroupName: 'renamed_group', Description: 'new', SubDomain })
    expect((await api.call('ModifyApiGroup', { GroupId, GroupName: 'taken_group' })).body.Code).toBe(
      'RepeatedGroupName',
    )
    expect((await api.call('ModifyApiGroup', { GroupId, GroupName: 'x' })).body.Code).toBe('InvalidGroupName')
  })

  it('deletes an empty group; refuses one that still has APIs', async () => {
    const { api } = client()
    const { GroupId } = await api.createGroup()
    await api.createApi(GroupId, null, {
      ServiceConfig: { FunctionComputeConfig: { FunctionName: 'hello' } },
    })
    const refused = await api.call('DeleteApiGroup', { GroupId })
    expect(refused.status).toBe(400)
    expect(refused.body.Code).toBe('InvalidGroupId')
    expect(refused.body.Message).toContain('still contains 1 API(s) (hello_api)')
    const empty = await api.createGroup('empty_group')
    expect(
      sdkShapeProblems('DeleteApiGroup', await api.ok('DeleteApiGroup', { GroupId: empty.GroupId })),
    ).toEqual([])
    expect((await api.call('DescribeApiGroup', { GroupId: empty.GroupId })).body.Code).toBe(
      'NotFoundApiGroup',
    )
  })
})
