import { describe, expect, it } from 'vitest'
import {
  DescribeAppAttributesResponseSchema,
  DescribeAppSecurityResponseSchema,
  DescribeAppsResponseSchema,
  DescribeAuthorizedApisResponseSchema,
  DescribeAuthorizedAppsResponseSchema,
  parseAuthValidTime,
} from '../../../cloud-api/cloudapi'
import { cloudApiClient } from '../../testing/cloudapi'
import { setup } from '../../testing/harness'
import { sdkShapeProblems } from '../../testing/sdk-shape'

const fixture = () => {
  const t = setup()
  return { ...t, api: cloudApiClient(t.emulator) }
}

describe('apps: CreateApp, DescribeApps, DescribeAppAttributes, DescribeAppSecurity (reference §1.2)', () => {
  it('creates an app with a numeric AppId and generated AppKey / AppSecret / AppCode in the SDK formats', async () => {
    const { api } = fixture()
    const created = await api.ok<{ AppId: number; TagStatus: boolean }>('CreateApp', {
      AppName: 'fcApp',
      Description: 'seed 002',
    })
    expect(sdkShapeProblems('CreateApp', created)).toEqual([])
    expect(typeof created.AppId).toBe('number')
    expect(String(created.AppId)).toMatch(/^\d{14}$/)
    expect(created.TagStatus).toBe(false)

    const security = await api.ok('DescribeAppSecurity', { AppId: created.AppId })
    expect(sdkShapeProblems('DescribeAppSecurity', security)).toEqual([])
    const parsed = DescribeAppSecurityResponseSchema.parse(security)
    expect(parsed.AppKey).toMatch(/^20\d{7}$/)
    expect(parsed.AppSecret).toMatch(/^[0-9a-f]{32}$/)
    expect(parsed.AppCode).toMatch(/^[0-9a-f]{32}$/)
    expect(parsed.CreatedTime).toBe('2026-01-02T03:04:05Z')

    const list = await api.ok('DescribeApps', {})
    expect(sdkShapeProblems('DescribeApps', list)).toEqual([])
    expect(DescribeAppsResponseSchema.parse(list).Apps.AppItem).toEqual([
      { AppId: created.AppId, AppName: 'fcApp', Description: 'seed 002' },
    ])
    const attributes = await api.ok('DescribeAppAttributes', { AppName: 'fcapp' })
    expect(sdkShapeProblems('DescribeAppAttributes', attributes)).toEqual([])
    expect(DescribeAppAttributesResponseSchema.parse(attributes).Apps.AppAttribute[0]).toMatchObject({
      AppId: created.AppId,
      Disabled: false,
    })
  })

  it('keeps custom credentials, and refuses a repeated AppName, AppKey or AppCode', async () => {
    const { api } = fixture()
    const { AppId } = await api.ok<{ AppId: number }>('CreateApp', {
      AppName: 'custom_app',
      AppKey: '203753385',
      AppSecret: '123456',
      AppCode: '3aaf905a0a1f4f0eabc6d891dfa08afc',
    })
    expect(await api.ok('DescribeAppSecurity', { AppId })).toMatchObject({
      AppKey: '203753385',
      AppSecret: '123456',
      AppCode: '3aaf905a0a1f4f0eabc6d891dfa08afc',
    })
    const name = await api.call('CreateApp', { AppName: 'custom_app' })
    expect(name.status).toBe(400)
    expect(name.body.Code).toBe('RepeatedAppName')
    expect((await api.call('CreateApp', { AppName: 'other_app', AppKey: '203753385' })).body.Code).toBe(
      'RepeatedAppKey',
    )
    expect(
      (await api.call('CreateApp', { AppName: 'other_app', AppCode: '3aaf905a0a1f4f0eabc6d891dfa08afc' }))
        .body.Code,
    ).toBe('RepeatedAppCode')
  })

  it('checks AppName (4–26, letter first) and answers NotFoundApp for unknown ids', async () => {
    const { api } = fixture()
    for (const bad of ['abc', '1app', 'a-pp', 'x'.repeat(27)]) {
      const result = await api.call('CreateApp', { AppName: bad })
      expect(result.body.Code, bad).toBe('InvalidAppName')
      expect(result.body.Message).toContain('4 to 26 characters')
    }
    expect((await api.call('CreateApp', {})).body.Code).toBe('MissingAppName')
    const missing = await api.call('DescribeAppSecurity', { AppId: 12345 })
    expect(missing.status).toBe(400)
    expect(missing.body.Code).toBe('NotFoundApp')
    expect((await api.call('DescribeAppSecurity', { AppId: 'abc' })).body.Code).toBe('InvalidAppId')
    expect((await api.call('DeleteApp', { AppId: 12345 })).body.Code).toBe('NotFoundApp')
  })

  it('ResetAppSecret and ResetAppCode replace the credentials (generated, or the ones given)', async () => {
    const { api } = fixture()
    const { AppId } = await api.ok<{ AppId: number }>('CreateApp', { AppName: 'resetting' })
    const before = DescribeAppSecurityResponseSchema.parse(await api.ok('DescribeAppSecurity', { AppId }))
    await api.ok('ResetAppSecret', { AppKey: before.AppKey })
    const secret = DescribeAppSecurityResponseSchema.parse(await api.ok('DescribeAppSecurity', { AppId }))
    expect(secret.AppKey).toBe(before.AppKey)
    expect(secret.AppSecret).not.toBe(before.AppSecret)
    await api.ok('ResetAppSecret', {
      AppKey: before.AppKey,
      NewAppKey: 'newAppKey1',
      NewAppSecret: 'newSecret1',
    })
    await api.ok('ResetAppCode', { AppCode: before.AppCode })
    const after = DescribeAppSecurityResponseSchema.parse(await api.ok('DescribeAppSecurity', { AppId }))
    expect(after).toMatchObject({ AppKey: 'newAppKey1', AppSecret: 'newSecret1' })
    expect(after.AppCode).not.toBe(before.AppCode)
    expect((await api.call('ResetAppSecret', { AppKey: before.AppKey })).body.Code).toBe('NotFoundApp')
    expect((await api.call('ResetAppCode', { AppCode: 'nope' })).body.Code).toBe('NotFoundApp')
    await api.ok('ResetAppCode', { AppCode: after.AppCode, NewAppCode: 'my_own_code_1' })
    expect(await api.ok('DescribeAppSecurity', { AppId })).toMatchObject({ AppCode: 'my_own_code_1' })
  })
})

describe('authorization: SetApisAuthorities, RemoveApisAuthorities, DescribeAuthorized* (§1.2, §1.4 step 6)', () => {
  async function withApi() {
    const t = fixture()
    await t.createFunction()
    const flow = await t.api.publishHello()
    const { AppId } = await t.api.ok<{ AppId: number }>('CreateApp', { AppName: 'fcApp' })
    return { ...t, ...flow, AppId }
  }

  it('grants per stage with an optional expiry and lists it both ways, in the SDK shapes', async () => {
    const { api, clock, AppId, apiId, groupId } = await withApi()
    await api.ok('SetApisAuthorities', {
      AppId,
      StageName: 'RELEASE',
      ApiIds: apiId,
      GroupId: groupId,
      AuthValidTime: 'Fri, 05 Oct 2029 16:00:00 GMT',
      Description: 'seed 002',
    })
    await api.ok('SetApisAuthorities', { AppId, StageName: 'test', ApiIds: apiId })
    const apis = await api.ok('DescribeAuthorizedApis', { AppId })
    expect(sdkShapeProblems('DescribeAuthorizedApis', apis)).toEqual([])
    const list = DescribeAuthorizedApisResponseSchema.parse(apis).AuthorizedApis.AuthorizedApi
    expect(list.map((g) => [g.StageName, g.AuthVaildTime])).toEqual(
      expect.arrayContaining([
        ['RELEASE', '2029-10-05T16:00:00Z'],
        ['TEST', ''],
      ]),
    )
    expect(list[0]).toMatchObject({ ApiName: 'hello_api', GroupName: 'FC_Group', RegionId: 'cn-hangzhou' })
    const apps = await api.ok('DescribeAuthorizedApps', {
      GroupId: groupId,
      ApiId: apiId,
      StageName: 'RELEASE',
    })
    expect(sdkShapeProblems('DescribeAuthorizedApps', apps)).toEqual([])
    expect(DescribeAuthorizedAppsResponseSchema.parse(apps).AuthorizedApps.AuthorizedApp).toEqual([
      expect.objectContaining({ AppId, AppName: 'fcApp', StageAlias: 'Production', Description: 'seed 002' }),
    ])
    clock.advance(1000)
    await api.ok('RemoveApisAuthorities', { AppId, StageName: 'TEST', ApiIds: apiId })
    expect((await api.ok<{ TotalCount: number }>('DescribeAuthorizedApis', { AppId })).TotalCount).toBe(1)
    const again = await api.call('RemoveApisAuthorities', { AppId, StageName: 'TEST', ApiIds: apiId })
    expect(again.body.Code).toBe('NotFoundAuthorization')
  })

  it('refuses unknown apps and APIs, APIs of another group, past or malformed expiry times', async () => {
    const { api, AppId, apiId, groupId } = await withApi()
    const other = await api.createGroup('Other_Group')
    const call = (params: Record<string, unknown>) =>
      api.call('SetApisAuthorities', { AppId, StageName: 'RELEASE', ApiIds: apiId, ...params })
    expect((await call({ AppId: 999 })).body.Code).toBe('NotFoundApp')
    expect((await call({ ApiIds: 'f'.repeat(32) })).body.Code).toBe('NotFoundApi')
    expect((await call({ GroupId: other.GroupId })).body.Code).toBe('NotFoundApi')
    expect((await call({ StageName: 'PROD' })).body.Code).toBe('InvalidStageName')
    expect((await call({ ApiIds: '' })).body.Code).toBe('InvalidApiIds')
    expect((await call({ AuthValidTime: 'next week' })).body.Code).toBe('InvalidAuthValidTime')
    expect((await call({ AuthValidTime: '2020-01-01T00:00:00Z' })).body.Code).toBe('InvalidAuthValidTime')
    expect((await api.call('DescribeAuthorizedApps', { GroupId: groupId })).body.Code).toBe('MissingApiId')
  })

  it('DeleteApp removes the app and its grants', async () => {
    const { api, AppId, apiId, groupId } = await withApi()
    await api.ok('SetApisAuthorities', { AppId, StageName: 'RELEASE', ApiIds: apiId })
    await api.ok('DeleteApp', { AppId })
    const apps = await api.ok<{ TotalCount: number }>('DescribeAuthorizedApps', {
      GroupId: groupId,
      ApiId: apiId,
    })
    expect(apps.TotalCount).toBe(0)
    expect((await api.call('DescribeAuthorizedApis', { AppId })).body.Code).toBe('NotFoundApp')
  })
})

describe('parseAuthValidTime', () => {
  it('reads ISO 8601, RFC 1123 and the squeezed form of the SDK example', () => {
    const expected = Date.UTC(2018, 9, 5, 16, 0, 0)
    expect(parseAuthValidTime('2018-10-05T16:00:00Z')).toBe(expected)
    expect(parseAuthValidTime('Fri, 05 Oct 2018 16:00:00 GMT')).toBe(expected)
    expect(parseAuthValidTime('Fri,05Oct201816:00:00GMT')).toBe(expected)
    expect(parseAuthValidTime('tomorrow')).toBeNull()
  })
})
