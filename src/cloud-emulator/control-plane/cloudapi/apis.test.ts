import { describe, expect, it } from 'vitest'
import {
  API_NAME_MESSAGE,
  DescribeApiResponseSchema,
  DescribeApisResponseSchema,
  SERVICE_TIMEOUT_MESSAGE,
} from '../../../cloud-api/cloudapi'
import { cloudApiClient } from '../../testing/cloudapi'
import { setup } from '../../testing/harness'
import { sdkShapeProblems } from '../../testing/sdk-shape'

async function withGroupAndBackend() {
  const t = setup()
  const api = cloudApiClient(t.emulator)
  const backendId = await api.createEventBackend('hello', ['RELEASE'])
  const { GroupId } = await api.createGroup()
  return { ...t, api, backendId, groupId: GroupId }
}

describe('CreateApi / DescribeApi', () => {
  it('creates an API on a backend service; DescribeApi answers the definition as objects', async () => {
    const { api, backendId, groupId } = await withGroupAndBackend()
    const created = await api.ok(
      'CreateApi',
      api.apiParams(groupId, backendId, {
        RequestConfig: { RequestPath: '/users/[userId]', RequestMode: 'MAPPING' },
        RequestParameters: [{ ApiParameterName: 'userId', Location: 'PATH', Required: 'REQUIRED' }],
        Description: 'Get a user',
      }),
    )
    expect(sdkShapeProblems('CreateApi', created)).toEqual([])
    expect(created.ApiId).toMatch(/^[0-9a-f]{32}$/)
    const body = await api.ok('DescribeApi', { GroupId: groupId, ApiId: created.ApiId })
    expect(sdkShapeProblems('DescribeApi', body)).toEqual([])
    const described = DescribeApiResponseSchema.parse(body)
    expect(described).toMatchObject({
      ApiId: created.ApiId,
      ApiName: 'hello_api',
      GroupId: groupId,
      GroupName: 'FC_Group',
      RegionId: 'cn-hangzhou',
      AuthType: 'ANONYMOUS',
      Visibility: 'PUBLIC',
      Description: 'Get a user',
      ResultType: 'JSON',
      BackendEnable: true,
      BackendConfig: { BackendId: backendId, BackendName: 'fc_backend', BackendType: 'FC_EVENT_V3' },
      RequestConfig: { RequestPath: '/users/[userId]', RequestHttpMethod: 'GET', RequestMode: 'MAPPING' },
      ServiceConfig: { ServiceTimeout: 10000, ServiceProtocol: 'FunctionCompute' },
      RequestParameters: {
        RequestParameter: [
          { ApiParameterName: 'userId', Location: 'PATH', Required: 'REQUIRED', ParameterType: 'String' },
        ],
      },
    })
    expect(described.DeployedInfos.DeployedInfo).toEqual([
      { StageName: 'RELEASE', DeployedStatus: 'NONDEPLOYED', EffectiveVersion: '' },
      { StageName: 'PRE', DeployedStatus: 'NONDEPLOYED', EffectiveVersion: '' },
      { StageName: 'TEST', DeployedStatus: 'NONDEPLOYED', EffectiveVersion: '' },
    ])
  })

  it.each([
    ['ApiName', { ApiName: undefined }, 'MissingApiName', 'The ApiName is mandatory'],
    ['ApiName', { ApiName: 'abc' }, 'InvalidApiName', API_NAME_MESSAGE],
    ['ApiName', { ApiName: 'my-api' }, 'InvalidApiName', API_NAME_MESSAGE],
    ['ApiName', { ApiName: '_api_name' }, 'InvalidApiName', API_NAME_MESSAGE],
    ['Visibility', { Visibility: 'SECRET' }, 'InvalidVisibility', 'PUBLIC, PRIVATE'],
    ['RequestConfig', { RequestConfig: undefined }, 'MissingRequestConfig', 'mandatory'],
    [
      'RequestConfig',
      { RequestConfig: '{"RequestPath":' },
      'InvalidFormatRequestConfig',
      'not well formatted',
    ],
    [
      'RequestPath',
      { RequestConfig: { RequestPath: 'hello' } },
      'InvalidRequestConfig',
      'RequestPath: The request path must start with /',
    ],
    ['RequestPath', { RequestConfig: { RequestPath: '/a/{id}' } }, 'InvalidRequestConfig', 'square brackets'],
    [
      'RequestHttpMethod',
      { RequestConfig: { RequestHttpMethod: 'FETCH' } },
      'InvalidRequestConfig',
      'RequestHttpMethod',
    ],
    [
      'ServiceTimeout',
      { ServiceConfig: { ServiceTimeout: 0 } },
      'InvalidServiceConfig',
      SERVICE_TIMEOUT_MESSAGE,
    ],
    [
      'ServiceTimeout',
      { ServiceConfig: { ServiceTimeout: 30001 } },
      'InvalidServiceConfig',
      SERVICE_TIMEOUT_MESSAGE,
    ],
    ['BackendId', { BackendId: undefined }, 'MissingBackendId', 'BackendEnable is true'],
    ['BackendId', { BackendId: 'f'.repeat(32) }, 'NotFoundBackend', 'Cannot find resource'],
    ['GroupId', { GroupId: 'f'.repeat(32) }, 'NotFoundApiGroup', 'Cannot find resource'],
    ['Description', { Description: 'x'.repeat(181) }, 'InvalidDescription', '180'],
  ])('%s: %j → %s', async (_field, overrides, code, message) => {
    const { api, backendId, groupId } = await withGroupAndBackend()
    const params = api.apiParams(groupId, backendId)
    for (const [key, value] of Object.entries(overrides)) {
      if (key === 'RequestConfig' || key === 'ServiceConfig') {
        ;(params as Record<string, unknown>)[key] =
          value === undefined || typeof value === 'string'
            ? value
            : { ...(params[key] as object), ...(value as object) }
      } else (params as Record<string, unknown>)[key] = value
    }
    const { status, body } = await api.call('CreateApi', params)
    expect(status).toBe(400)
    expect(body.Code).toBe(code)
    expect(body.Message).toContain(message)
  })

  it('checks RequestParameters against the path (DuplicateRequestParamaters, PATH names, MAPPING)', async () => {
    const { api, backendId, groupId } = await withGroupAndBackend()
    const create = (RequestParameters: unknown, RequestMode = 'MAPPING') =>
      api.call(
        'CreateApi',
        api.apiParams(groupId, backendId, {
          RequestConfig: { RequestPath: '/items/[id]', RequestMode },
          RequestParameters,
        }),
      )
    const twice = [
      { ApiParameterName: 'id', Location: 'PATH' },
      { ApiParameterName: 'id', Location: 'QUERY' },
    ]
    expect((await create(twice)).body.Code).toBe('DuplicateRequestParamaters')
    const stray = await create([
      { ApiParameterName: 'id', Location: 'PATH' },
      { ApiParameterName: 'other', Location: 'PATH' },
    ])
    expect(stray.body).toMatchObject({ Code: 'InvalidRequestParameters' })
    expect(stray.body.Message).toContain("PATH parameter 'other' does not appear")
    const undeclared = await create([])
    expect(undeclared.body.Code).toBe('InvalidRequestParameters')
    expect(undeclared.body.Message).toContain('[id]')
    expect((await create([], 'PASSTHROUGH')).status).toBe(200)
  })

  it('refuses a second API with the same name or the same method + path in the group (ANY overlaps all)', async () => {
    const { api, backendId, groupId } = await withGroupAndBackend()
    await api.createApi(groupId, backendId, { RequestConfig: { RequestPath: '/users/[id]' } })
    const sameName = await api.call(
      'CreateApi',
      api.apiParams(groupId, backendId, { RequestConfig: { RequestPath: '/x' } }),
    )
    expect(sameName.body.Code).toBe('RepeatedApiName')
    const samePath = await api.call(
      'CreateApi',
      api.apiParams(groupId, backendId, {
        ApiName: 'second_api',
        RequestConfig: { RequestPath: '/users/[name]' },
      }),
    )
    expect(samePath.body.Code).toBe('RepeatedApiPath')
    expect(samePath.body.Message).toContain("API 'hello_api' already answers GET /users/[id]")
    const any = await api.call(
      'CreateApi',
      api.apiParams(groupId, backendId, {
        ApiName: 'any_api',
        RequestConfig: { RequestPath: '/users/[id]', RequestHttpMethod: 'ANY' },
      }),
    )
    expect(any.body.Code).toBe('RepeatedApiPath')
    const post = await api.call(
      'CreateApi',
      api.apiParams(groupId, backendId, {
        ApiName: 'post_api',
        RequestConfig: { RequestPath: '/users/[id]', RequestHttpMethod: 'POST' },
      }),
    )
    expect(post.status).toBe(200)
  })
})

describe('DescribeApis', () => {
  it('lists ApiSummarys.ApiSummary[] (sic) with DeployedInfos, filtered and paged', async () => {
    const { api, backendId, groupId, clock } = await withGroupAndBackend()
    const first = await api.createApi(groupId, backendId, {
      ApiName: 'first_api',
      RequestConfig: { RequestPath: '/a' },
    })
    clock.advance(1000)
    await api.createApi(groupId, backendId, { ApiName: 'second_api', RequestConfig: { RequestPath: '/b' } })
    await api.deploy(groupId, first)
    const body = await api.ok('DescribeApis', { GroupId: groupId })
    expect(sdkShapeProblems('DescribeApis', body)).toEqual([])
    const list = DescribeApisResponseSchema.parse(body)
    expect(list.ApiSummarys.ApiSummary.map((a) => a.ApiName)).toEqual(['second_api', 'first_api'])
    expect(list.ApiSummarys.ApiSummary[1]).toMatchObject({
      ApiPath: '/a',
      ApiMethod: 'GET',
      GroupName: 'FC_Group',
    })
    expect(list.ApiSummarys.ApiSummary[1]?.DeployedInfos.DeployedInfo[0]).toMatchObject({
      StageName: 'RELEASE',
      DeployedStatus: 'DEPLOYED',
    })
    const deployed = DescribeApisResponseSchema.parse(await api.ok('DescribeApis', { StageName: 'RELEASE' }))
    expect(deployed.ApiSummarys.ApiSummary.map((a) => a.ApiName)).toEqual(['first_api'])
    const undeployed = DescribeApisResponseSchema.parse(await api.ok('DescribeApis', { UnDeployed: true }))
    expect(undeployed.ApiSummarys.ApiSummary.map((a) => a.ApiName)).toEqual(['second_api'])
    const byName = DescribeApisResponseSchema.parse(await api.ok('DescribeApis', { ApiName: 'SECOND' }))
    expect(byName.TotalCount).toBe(1)
    const paged = DescribeApisResponseSchema.parse(
      await api.ok('DescribeApis', { PageSize: 1, PageNumber: 2 }),
    )
    expect(paged).toMatchObject({ PageNumber: 2, PageSize: 1, TotalCount: 2 })
    expect(paged.ApiSummarys.ApiSummary.map((a) => a.ApiName)).toEqual(['first_api'])
  })
})

describe('ModifyApi / DeleteApi', () => {
  it('replaces the definition; a wrong ApiId or GroupId is NotFoundApi', async () => {
    const { api, backendId, groupId } = await withGroupAndBackend()
    const ApiId = await api.createApi(groupId, backendId)
    const body = await api.ok('ModifyApi', {
      ApiId,
      ...api.apiParams(groupId, backendId, {
        ApiName: 'renamed_api',
        RequestConfig: { RequestPath: '/renamed' },
      }),
    })
    expect(sdkShapeProblems('ModifyApi', body)).toEqual([])
    expect(await api.ok('DescribeApi', { ApiId })).toMatchObject({
      ApiName: 'renamed_api',
      RequestConfig: { RequestPath: '/renamed' },
    })
    expect((await api.call('DescribeApi', { ApiId: 'f'.repeat(32) })).body.Code).toBe('NotFoundApi')
    const other = await api.createGroup('other_group')
    expect((await api.call('DescribeApi', { ApiId, GroupId: other.GroupId })).body.Code).toBe('NotFoundApi')
    expect(
      (await api.call('ModifyApi', { ApiId, ...api.apiParams(groupId, backendId, { ApiName: 'x' }) })).body
        .Code,
    ).toBe('InvalidApiName')
  })

  it('deletes an unpublished API; a published one must be abolished first', async () => {
    const { api, backendId, groupId } = await withGroupAndBackend()
    const ApiId = await api.createApi(groupId, backendId)
    await api.deploy(groupId, ApiId)
    const refused = await api.call('DeleteApi', { GroupId: groupId, ApiId })
    expect(refused.body.Code).toBe('InvalidApiId')
    expect(refused.body.Message).toContain('published to RELEASE')
    await api.ok('AbolishApi', { GroupId: groupId, ApiId, StageName: 'RELEASE' })
    expect(sdkShapeProblems('DeleteApi', await api.ok('DeleteApi', { GroupId: groupId, ApiId }))).toEqual([])
    expect((await api.call('DescribeApi', { ApiId })).body.Code).toBe('NotFoundApi')
  })
})
