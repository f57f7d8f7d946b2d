import { describe, expect, it } from 'vitest'
import { DescribeApiResponseSchema, DescribeDeployedApiResponseSchema } from '../../../cloud-api/cloudapi'
import { cloudApiClient } from '../../testing/cloudapi'
import { setup } from '../../testing/harness'
import { sdkShapeProblems } from '../../testing/sdk-shape'

/** Every structured parameter CreateApi takes, so the SDK shape checks see all of them answered. */
const FULL_DEFINITION = {
  RequestConfig: { RequestPath: '/orders/[orderId]', RequestMode: 'MAPPING', BodyFormat: 'FORM' },
  ServiceConfig: {
    ContentTypeCatagory: 'CUSTOM',
    ContentTypeValue: 'application/json',
    Mock: 'FALSE',
    MockHeaders: [{ HeaderName: 'x-mock', HeaderValue: '1' }],
  },
  RequestParameters: [
    { ApiParameterName: 'orderId', Location: 'PATH', Required: 'REQUIRED' },
    { ApiParameterName: 'verbose', Location: 'QUERY', ParameterType: 'Boolean', DefaultValue: 'false' },
  ],
  ServiceParameters: [
    { ServiceParameterName: 'orderId', Location: 'PATH', Type: 'String', ParameterCatalog: 'REQUEST' },
    {
      ServiceParameterName: 'verbose',
      Location: 'QUERY',
      ParameterType: 'BOOLEAN',
      ParameterCatalog: 'REQUEST',
    },
  ],
  ServiceParametersMap: [
    { ServiceParameterName: 'orderId', RequestParameterName: 'orderId' },
    { ServiceParameterName: 'verbose', RequestParameterName: 'verbose' },
  ],
  ConstantParameters: [{ ServiceParameterName: 'source', ConstantValue: 'gateway', Location: 'HEAD' }],
  SystemParameters: [{ ParameterName: 'CaClientIp', ServiceParameterName: 'client-ip', Location: 'HEAD' }],
  ErrorCodeSamples: '[{"Code":"400","Message":"bad","Description":"bad request"}]',
  ResultSample: '{"ok":true}',
}

async function published(overrides: Record<string, unknown> = {}) {
  const t = setup()
  const api = cloudApiClient(t.emulator)
  const backendId = await api.createEventBackend('hello', ['RELEASE', 'TEST'])
  const { GroupId } = await api.createGroup()
  const ApiId = await api.createApi(GroupId, backendId, overrides)
  return { ...t, api, backendId, groupId: GroupId, apiId: ApiId }
}

describe('DeployApi / DescribeDeployedApi', () => {
  it('publishes a snapshot per stage; DescribeApi and DescribeApis show it as DEPLOYED', async () => {
    const { api, groupId, apiId } = await published(FULL_DEFINITION)
    const deployed = await api.ok('DeployApi', {
      GroupId: groupId,
      ApiId: apiId,
      StageName: 'RELEASE',
      Description: 'v1',
    })
    expect(sdkShapeProblems('DeployApi', deployed)).toEqual([])
    const described = DescribeApiResponseSchema.parse(await api.ok('DescribeApi', { ApiId: apiId }))
    expect(described.DeployedInfos.DeployedInfo[0]).toMatchObject({
      StageName: 'RELEASE',
      DeployedStatus: 'DEPLOYED',
    })
    expect(described.DeployedInfos.DeployedInfo[0]?.EffectiveVersion).not.toBe('')
    expect(described.DeployedInfos.DeployedInfo[2]).toMatchObject({
      StageName: 'TEST',
      DeployedStatus: 'NONDEPLOYED',
    })

    const body = await api.ok('DescribeDeployedApi', { GroupId: groupId, ApiId: apiId, StageName: 'RELEASE' })
    expect(sdkShapeProblems('DescribeDeployedApi', body)).toEqual([])
    const snapshot = DescribeDeployedApiResponseSchema.parse(body)
    expect(snapshot).toMatchObject({
      StageName: 'RELEASE',
      ApiName: 'hello_api',
      RequestConfig: { RequestPath: '/orders/[orderId]', RequestMode: 'MAPPING' },
      ServiceParameters: {
        ServiceParameter: [{ ServiceParameterName: 'orderId', ParameterType: 'String' }, {}],
      },
      ConstantParameters: {
        ConstantParameter: [{ ServiceParameterName: 'source', ConstantValue: 'gateway' }],
      },
      ErrorCodeSamples: { ErrorCodeSample: [{ Code: '400', Message: 'bad' }] },
    })
    expect(snapshot.DeployedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    // The full definition also passes DescribeApi's SDK model.
    expect(sdkShapeProblems('DescribeApi', await api.ok('DescribeApi', { ApiId: apiId }))).toEqual([])
  })

  it('keeps the deployed snapshot when the API is edited, until it is deployed again', async () => {
    const { api, groupId, apiId, backendId } = await published()
    await api.deploy(groupId, apiId, 'RELEASE')
    await api.ok('ModifyApi', {
      ApiId: apiId,
      ...api.apiParams(groupId, backendId, { RequestConfig: { RequestPath: '/edited' } }),
    })
    const before = await api.ok('DescribeDeployedApi', { ApiId: apiId, StageName: 'RELEASE' })
    expect(before).toMatchObject({ RequestConfig: { RequestPath: '/hello' } })
    await api.deploy(groupId, apiId, 'RELEASE')
    const after = await api.ok('DescribeDeployedApi', { ApiId: apiId, StageName: 'RELEASE' })
    expect(after).toMatchObject({ RequestConfig: { RequestPath: '/edited' } })
  })

  it.each([
    [{ StageName: undefined }, 'MissingStageName'],
    [{ StageName: 'PROD' }, 'InvalidStageName'],
    [{ Description: undefined }, 'MissingDescription'],
    [{ ApiId: 'f'.repeat(32) }, 'NotFoundApi'],
  ])('DeployApi %j → %s', async (overrides, code) => {
    const { api, groupId, apiId } = await published()
    const { status, body } = await api.call('DeployApi', {
      GroupId: groupId,
      ApiId: apiId,
      StageName: 'RELEASE',
      Description: 'v1',
      ...overrides,
    })
    expect(status).toBe(400)
    expect(body.Code).toBe(code)
  })

  it('refuses to publish to a stage the backend service has no model for', async () => {
    const { api, groupId, apiId } = await published()
    const { body } = await api.call('DeployApi', {
      GroupId: groupId,
      ApiId: apiId,
      StageName: 'PRE',
      Description: 'v1',
    })
    expect(body.Code).toBe('NotFoundBackendModel')
    expect(body.Message).toContain('has no backend model for stage PRE')
  })

  it('answers DescribeDeployedApi for a stage without a deployment with NotFoundDeployment', async () => {
    const { api, apiId } = await published()
    const { status, body } = await api.call('DescribeDeployedApi', { ApiId: apiId, StageName: 'TEST' })
    expect(status).toBe(400)
    expect(body.Code).toBe('NotFoundDeployment')
  })
})

describe('AbolishApi', () => {
  it('removes the stage snapshot only', async () => {
    const { api, groupId, apiId } = await published()
    await api.deploy(groupId, apiId, 'RELEASE')
    await api.deploy(groupId, apiId, 'TEST')
    const body = await api.ok('AbolishApi', { GroupId: groupId, ApiId: apiId, StageName: 'TEST' })
    expect(sdkShapeProblems('AbolishApi', body)).toEqual([])
    const described = DescribeApiResponseSchema.parse(await api.ok('DescribeApi', { ApiId: apiId }))
    expect(described.DeployedInfos.DeployedInfo.map((d) => d.DeployedStatus)).toEqual([
      'DEPLOYED',
      'NONDEPLOYED',
      'NONDEPLOYED',
    ])
    const again = await api.call('AbolishApi', { GroupId: groupId, ApiId: apiId, StageName: 'TEST' })
    expect(again.body.Code).toBe('NotFoundDeployment')
  })
})
