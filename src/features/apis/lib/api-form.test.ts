import { describe, expect, it } from 'vitest'
import { apiDefinitionParams } from '@/lib/cloud/apis'
import { makeApi } from '../testing'
import { apiFormSchema, formValuesOf, toDefinitionInput } from './api-form'

/** Edit API: what DescribeApi answers, through the form unchanged, is what ModifyApi sends back. */
function roundTrip(api: ReturnType<typeof makeApi>) {
  return apiDefinitionParams(toDefinitionInput(apiFormSchema.parse(formValuesOf(api))))
}

describe('Edit API keeps what the form does not show changed', () => {
  it('an app-authenticated web-function API keeps its AppCode mode and its function type', () => {
    const params = roundTrip(
      makeApi({
        AuthType: 'APP',
        AppCodeAuthType: 'HEADER_QUERY',
        ServiceConfig: {
          ServiceProtocol: 'FunctionCompute',
          ServiceTimeout: 10000,
          FunctionComputeConfig: { FcType: 'HttpTrigger', FcVersion: '3.0' },
        },
        BackendEnable: true,
        BackendConfig: { BackendId: 'b', BackendName: 'web', BackendType: 'FC_HTTP_V3' },
      }),
    )
    expect(params).toMatchObject({ AuthType: 'APP', AppCodeAuthType: 'HEADER_QUERY', BackendId: 'b' })
    expect(JSON.parse(String(params.ServiceConfig))).toMatchObject({
      FunctionComputeConfig: { FcType: 'HttpTrigger', FcVersion: '3.0' },
    })
  })

  it('an API made with the cloud’s defaults stays an event-function API on DEFAULT', () => {
    const params = roundTrip(makeApi({ AuthType: 'APP', BackendEnable: true }))
    expect(params.AppCodeAuthType).toBe('DEFAULT')
    expect(JSON.parse(String(params.ServiceConfig))).toMatchObject({
      FunctionComputeConfig: { FcType: 'FCEvent' },
    })
  })
})
