import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  CreateApiParamsSchema,
  CreateBackendModelParamsSchema,
  RequestIdOnlySchema,
} from '@/cloud-api/cloudapi'
import { apiDefinitionParams } from './apis'
import { bindEventFunctionParams, parseFunctionArn } from './backends'
import { callCloudApi } from './cloudapi-client'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('callCloudApi', () => {
  it('puts Action, Version and small parameters in the query, bulky ones in the form body', async () => {
    const fetchMock = vi.fn(async () => Response.json({ RequestId: 'R' }))
    vi.stubGlobal('fetch', fetchMock)
    await callCloudApi(
      'CreateApi',
      {
        GroupId: 'g',
        ApiName: 'a_b_c',
        Visibility: 'PUBLIC',
        RequestConfig: '{}',
        ServiceConfig: '{}',
        ResultSample: '{"a":1}',
        Description: '',
      },
      RequestIdOnlySchema,
    )
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    const query = new URL(url, 'http://x').searchParams
    expect(new URL(url, 'http://x').pathname).toBe('/api/cloudapi/')
    expect(init.method).toBe('POST')
    expect(query.get('Action')).toBe('CreateApi')
    expect(query.get('Version')).toBe('2016-07-14')
    expect(query.get('RequestConfig')).toBe('{}')
    const form = new URLSearchParams(String(init.body))
    expect(form.get('ResultSample')).toBe('{"a":1}')
    // An empty value clears a field, so it is sent (in the form body, where empty values are kept).
    expect(form.get('Description')).toBe('')
  })
})

/** The smallest API definition, for the tests of one field each. */
const MINIMAL = {
  groupId: 'g',
  apiName: 'hello_api',
  description: '',
  visibility: 'PUBLIC',
  protocol: 'HTTP',
  method: 'GET',
  path: '/hello',
  requestMode: 'PASSTHROUGH',
  parameters: [],
  backendId: 'b',
  serviceTimeout: 3000,
  resultType: 'JSON',
  resultSample: '',
  failResultSample: '',
} as const

describe('API definition for "Use Existing Backend Service"', () => {
  it('is a valid CreateApi call with the backend service, timeout and mapped parameters', () => {
    const params = apiDefinitionParams({
      groupId: 'g',
      apiName: 'hello_api',
      description: '',
      authType: 'ANONYMOUS',
      visibility: 'PUBLIC',
      protocol: 'HTTP',
      method: 'GET',
      path: '/hello/[name]',
      requestMode: 'MAPPING',
      parameters: [
        { name: 'name', location: 'PATH', type: 'String', required: true },
        { name: 'q', location: 'QUERY', type: 'Int', required: false, defaultValue: '1' },
      ],
      backendId: 'b',
      serviceTimeout: 3000,
      resultType: 'JSON',
      resultSample: '',
      failResultSample: '',
    })
    const parsed = CreateApiParamsSchema.parse(params)
    expect(parsed.BackendEnable).toBe(true)
    expect(parsed.BackendId).toBe('b')
    expect(parsed.RequestConfig).toMatchObject({ RequestPath: '/hello/[name]', RequestMode: 'MAPPING' })
    expect(parsed.ServiceConfig).toMatchObject({ ServiceProtocol: 'FunctionCompute', ServiceTimeout: 3000 })
    expect(parsed.RequestParameters).toEqual([
      expect.objectContaining({ ApiParameterName: 'name', Location: 'PATH', Required: 'REQUIRED' }),
      expect.objectContaining({
        ApiParameterName: 'q',
        Location: 'QUERY',
        ParameterType: 'Int',
        DefaultValue: '1',
      }),
    ])
    expect(parsed.ServiceParametersMap).toEqual([
      { ServiceParameterName: 'name', RequestParameterName: 'name' },
      { ServiceParameterName: 'q', RequestParameterName: 'q' },
    ])
    // AppCodeAuthType belongs to app-authenticated APIs only.
    expect(parsed.AppCodeAuthType).toBeUndefined()
  })

  it('sends AppCodeAuthType for an app-authenticated API', () => {
    const app = CreateApiParamsSchema.parse(
      apiDefinitionParams({ ...MINIMAL, authType: 'APP', appCodeAuthType: 'HEADER' }),
    )
    expect(app).toMatchObject({ AuthType: 'APP', AppCodeAuthType: 'HEADER' })
    const anonymous = apiDefinitionParams({ ...MINIMAL, authType: 'ANONYMOUS', appCodeAuthType: 'HEADER' })
    expect(anonymous.AppCodeAuthType).toBeUndefined()
  })

  it('names the function type: an event function by default, a web function as HttpTrigger without an event format', () => {
    const input = { ...MINIMAL, authType: 'ANONYMOUS', eventFormat: 'aws-rest-v1' } as const
    const event = CreateApiParamsSchema.parse(apiDefinitionParams(input)).ServiceConfig
    expect(event).toMatchObject({
      FunctionComputeConfig: { FcType: 'FCEvent' },
      EmulatorEventFormat: 'aws-rest-v1',
    })
    const web = CreateApiParamsSchema.parse(
      apiDefinitionParams({ ...input, fcType: 'HttpTrigger' }),
    ).ServiceConfig
    expect(web).toMatchObject({ FunctionComputeConfig: { FcType: 'HttpTrigger', FcVersion: '3.0' } })
    expect(web).not.toHaveProperty('EmulatorEventFormat')
  })
})

describe('FC_EVENT_V3 backend model', () => {
  it('names the function, its region and the API Gateway role, and passes the contract', () => {
    const params = bindEventFunctionParams('b', 'RELEASE', {
      functionName: 'fn',
      functionArn: 'acs:fc:cn-shanghai:1234:functions/fn',
    })
    const parsed = CreateBackendModelParamsSchema.parse(params)
    expect(parsed.BackendModelData).toMatchObject({
      Type: 'FC_EVENT_V3',
      FunctionComputeConfig: {
        FunctionName: 'fn',
        FcRegionId: 'cn-shanghai',
        FcType: 'FCEvent',
        Qualifier: 'LATEST',
        RoleArn: 'acs:ram::1234:role/aliyunserviceroleforapigateway',
      },
    })
    expect(parseFunctionArn('nope')).toBeNull()
  })
})
