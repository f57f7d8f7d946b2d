import { describe, expect, it } from 'vitest'
import { PopErrorSchema } from '../../../cloud-api/cloudapi'
import { CLOUDAPI_ORIGIN, cloudApiClient } from '../../testing/cloudapi'
import { setup } from '../../testing/harness'

const UUID_UPPER = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/

describe('CloudAPI RPC transport (reference §1.1)', () => {
  it('answers with RequestId (upper-case UUID) in the body and x-acs-request-id', async () => {
    const api = cloudApiClient(setup().emulator)
    const { status, body, response } = await api.call('DescribeApiGroups')
    expect(status).toBe(200)
    expect(body.RequestId).toMatch(UUID_UPPER)
    expect(response.headers.get('x-acs-request-id')).toBe(body.RequestId)
    expect(response.headers.get('content-type')).toContain('application/json')
  })

  it('reads parameters from the query, from a form body, and from both (query ∪ form)', async () => {
    const { emulator } = setup()
    const api = cloudApiClient(emulator)
    expect((await api.call('CreateApiGroup', { GroupName: 'in_query' }, { method: 'GET' })).status).toBe(200)
    expect((await api.call('CreateApiGroup', { GroupName: 'in_form' }, { in: 'form' })).status).toBe(200)
    const mixed = await emulator.handle(
      new Request(`${CLOUDAPI_ORIGIN}/?Action=CreateApiGroup&Version=2016-07-14`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'GroupName=in_both&Description=from+the+form',
      }),
    )
    expect(mixed.status).toBe(200)
    expect(await mixed.json()).toMatchObject({ GroupName: 'in_both', Description: 'from the form' })
  })

  it('takes Action and Version from the x-acs-* headers of V3-signed SDK calls', async () => {
    const { emulator } = setup()
    const response = await emulator.handle(
      new Request(`${CLOUDAPI_ORIGIN}/?GroupName=by_header`, {
        method: 'POST',
        headers: { 'x-acs-action': 'CreateApiGroup', 'x-acs-version': '2016-07-14' },
      }),
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ GroupName: 'by_header' })
  })

  it('answers an unknown Action with InvalidAction.NotFound (404) in the POP error shape', async () => {
    const api = cloudApiClient(setup().emulator)
    const { status, body } = await api.call('DescribeNothing')
    expect(status).toBe(404)
    expect(PopErrorSchema.strict().parse(body)).toEqual({
      RequestId: body.RequestId,
      HostId: 'apigateway.cn-hangzhou.aliyuncs.com',
      Code: 'InvalidAction.NotFound',
      Message: 'Specified api is not found, please check your url and method.',
      Recommend: `https://api.aliyun.com/troubleshoot?q=InvalidAction.NotFound&product=CloudAPI&requestId=${body.RequestId}`,
    })
  })

  it('answers another Version with InvalidVersion (400) "Specified parameter Version is not valid."', async () => {
    const api = cloudApiClient(setup().emulator)
    const { status, body } = await api.call('DescribeApiGroups', {}, { version: '2018-01-01' })
    expect(status).toBe(400)
    expect(body).toMatchObject({
      Code: 'InvalidVersion',
      Message: 'Specified parameter Version is not valid.',
    })
  })

  it('answers a POST to / without an Action with MissingAction', async () => {
    const { emulator } = setup()
    const response = await emulator.handle(new Request(`${CLOUDAPI_ORIGIN}/`, { method: 'POST' }))
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ Code: 'MissingAction' })
  })

  it('reads JSON-string parameters with keys in any case and enum values in any case, echoes PascalCase', async () => {
    const { emulator, createFunction } = setup()
    await createFunction()
    const api = cloudApiClient(emulator)
    const group = await api.createGroup()
    // funcraft's makeApi spelling (fixtures/cloudapi-config.samples.json funcraft_createApi)
    const { ApiId } = await api.ok('CreateApi', {
      GroupId: group.GroupId,
      ApiName: 'fc_svc_fn_hello_GET',
      Visibility: 'Private',
      AuthType: 'anonymous',
      ResultType: 'passthrough',
      RequestConfig: {
        requestProtocol: 'HTTP',
        postBodyDescription: '',
        requestMode: 'passthrough',
        requestHttpMethod: 'get',
        requestpath: '/hello',
      },
      ServiceConfig: {
        serviceProtocol: 'FunctionCompute',
        serviceTimeout: 3000,
        functionComputeConfig: { fcRegionId: 'cn-hangzhou', functionName: 'hello' },
      },
    })
    const described = await api.ok('DescribeApi', { ApiId })
    expect(described).toMatchObject({
      Visibility: 'PRIVATE',
      AuthType: 'ANONYMOUS',
      ResultType: 'PASSTHROUGH',
      RequestConfig: { RequestHttpMethod: 'GET', RequestMode: 'PASSTHROUGH', RequestPath: '/hello' },
      ServiceConfig: {
        ServiceProtocol: 'FunctionCompute',
        ServiceTimeout: 3000,
        FunctionComputeConfig: { RegionId: 'cn-hangzhou', FunctionName: 'hello' },
      },
    })
  })

  it('never answers with a stack trace: an emulator bug is InternalError 500 and is logged', async () => {
    const { emulator, logs } = setup()
    const api = cloudApiClient(emulator)
    // A body that fails while being read: a stand-in for any unexpected failure.
    const response = await emulator.handle(
      new Request(`${CLOUDAPI_ORIGIN}/?Action=CreateApiGroup&Version=2016-07-14&GroupName=ok_group`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new ReadableStream({
          pull(controller) {
            controller.error(new Error('socket reset'))
          },
        }),
        duplex: 'half',
      } as RequestInit),
    )
    expect(response.status).toBe(500)
    const body = await response.json()
    expect(body).toMatchObject({ Code: 'InternalError' })
    expect(JSON.stringify(body)).not.toContain('socket reset')
    expect(logs.some((event) => event.message.includes('CloudAPI'))).toBe(true)
    expect((await api.call('DescribeApiGroups')).status).toBe(200)
  })
})
