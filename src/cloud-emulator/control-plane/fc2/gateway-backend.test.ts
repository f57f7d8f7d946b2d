/**
 * API Gateway backends of FC version 2.0 (FC_EVENT backend services, or FcVersion 2.0 in an inline
 * ServiceConfig): service + function + qualifier reach FC 2.0 functions with the same event and
 * envelope rules as FC 3.0 ones (data-plane/gateway/backend.ts, ./invoke.ts `fc2Invocation`).
 */
import { describe, expect, it } from 'vitest'
import { cloudApiClient, gatewayCall } from '../../testing/cloudapi'
import { fc2Setup } from '../../testing/fc2'
import { answers, errorOf, OK_ENVELOPE } from '../../testing/gateway'

const FC2_CONFIG = {
  FcRegionId: 'cn-hangzhou',
  ServiceName: 'svc',
  FunctionName: 'hello',
  FcVersion: '2.0',
  FcType: 'FCEvent',
}

async function published(config: Record<string, unknown> = FC2_CONFIG, inline = false) {
  const t = fc2Setup({ responder: answers(OK_ENVELOPE) })
  await t.createService()
  await t.createFunction()
  const api = cloudApiClient(t.emulator)
  const group = await api.createGroup()
  let backendId: string | null = null
  if (!inline) {
    ;({ BackendId: backendId } = await api.ok<{ BackendId: string }>('CreateBackend', {
      BackendName: 'fc2_backend',
      BackendType: 'FC_EVENT',
    }))
    await api.ok('CreateBackendModel', {
      BackendId: backendId,
      BackendType: 'FC_EVENT',
      StageName: 'RELEASE',
      BackendModelData: { Type: 'FC_EVENT', FunctionComputeConfig: config },
    })
  }
  const apiId = await api.createApi(
    group.GroupId,
    backendId,
    inline ? { ServiceConfig: { FunctionComputeConfig: config } } : {},
  )
  await api.deploy(group.GroupId, apiId)
  const call = (path: string) => gatewayCall(t.emulator, group.SubDomain, path)
  return { ...t, call }
}

describe('API Gateway → FC 2.0 event functions', () => {
  it('an FC_EVENT backend service reaches service/function with the gateway event', async () => {
    const { call, fake } = await published()
    const response = await call('/hello?a=1')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('hi')
    expect(response.headers.get('x-custom-header')).toBe('v')
    const request = fake.calls.invoke[0]!
    expect(request).toMatchObject({
      functionName: 'hello',
      service: { name: 'svc' },
      instanceGroup: 'fc2:svc/hello',
    })
    const event = JSON.parse(new TextDecoder().decode(request.event))
    expect(event).toMatchObject({ path: '/hello', httpMethod: 'GET', queryParameters: { a: '1' } })
  })

  it('an inline ServiceConfig with FcVersion 2.0', async () => {
    const { call, fake } = await published(FC2_CONFIG, true)
    expect((await call('/hello')).status).toBe(200)
    expect(fake.calls.invoke[0]?.service?.name).toBe('svc')
  })

  it("FC's refusals become the gateway's backend error: a missing service, a function behind an HTTP trigger", async () => {
    const missing = await published({ ...FC2_CONFIG, ServiceName: 'nope' })
    const error = errorOf(await missing.call('/hello'))
    expect(error.message).toContain("ServiceNotFound: service 'nope' does not exist")

    const { call, createTrigger } = await published()
    await createTrigger()
    expect(errorOf(await call('/hello')).message).toContain('can only be invoked with http trigger URL')
  })
})
