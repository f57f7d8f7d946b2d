import { describe, expect, it } from 'vitest'
import {
  DescribeBackendInfoResponseSchema,
  DescribeBackendListResponseSchema,
} from '../../../cloud-api/cloudapi'
import { cloudApiClient } from '../../testing/cloudapi'
import { setup } from '../../testing/harness'
import { sdkShapeProblems } from '../../testing/sdk-shape'

function client() {
  const t = setup()
  return { ...t, api: cloudApiClient(t.emulator) }
}

const FC_MODEL = {
  Type: 'FC_EVENT_V3',
  ServiceTimeout: 5000,
  FunctionComputeConfig: {
    FcRegionId: 'cn-hangzhou',
    FunctionName: 'hello',
    FcVersion: '3.0',
    FcType: 'FCEvent',
    Qualifier: 'LATEST',
  },
}

describe('CreateBackend / DescribeBackendList', () => {
  it('creates FC_EVENT_V3 and FC_HTTP_V3 backends and lists them as a plain BackendInfoList array', async () => {
    const { api, clock } = client()
    const created = await api.ok('CreateBackend', {
      BackendName: 'event_backend',
      BackendType: 'FC_EVENT_V3',
    })
    expect(sdkShapeProblems('CreateBackend', created)).toEqual([])
    expect(created.BackendId).toMatch(/^[0-9a-f]{32}$/)
    clock.advance(1000)
    await api.ok('CreateBackend', {
      BackendName: 'web_backend',
      BackendType: 'fc_http_v3',
      Description: 'web',
    })
    const list = await api.ok('DescribeBackendList')
    expect(sdkShapeProblems('DescribeBackendList', list)).toEqual([])
    const parsed = DescribeBackendListResponseSchema.parse(list)
    expect(parsed.BackendInfoList.map((b) => [b.BackendName, b.BackendType])).toEqual([
      ['web_backend', 'FC_HTTP_V3'],
      ['event_backend', 'FC_EVENT_V3'],
    ])
    expect(parsed.TotalCount).toBe(2)
    const filtered = DescribeBackendListResponseSchema.parse(
      await api.ok('DescribeBackendList', { BackendType: 'FC_EVENT_V3' }),
    )
    expect(filtered.BackendInfoList.map((b) => b.BackendName)).toEqual(['event_backend'])
  })

  it.each([
    [{ BackendType: 'FC_EVENT_V3' }, 'MissingBackendName'],
    [{ BackendName: 'event_backend' }, 'MissingBackendType'],
    [{ BackendName: 'event_backend', BackendType: 'FUNCTION' }, 'InvalidBackendType'],
    [{ BackendName: 'ab', BackendType: 'FC_EVENT_V3' }, 'InvalidBackendName'],
  ])('%j → %s', async (params, code) => {
    const { api } = client()
    const { status, body } = await api.call('CreateBackend', params)
    expect(status).toBe(400)
    expect(body.Code).toBe(code)
  })

  it('refuses a duplicate name: RepeatedBackendName', async () => {
    const { api } = client()
    await api.createEventBackend('hello', [], 'same_name')
    const { body } = await api.call('CreateBackend', { BackendName: 'same_name', BackendType: 'HTTP' })
    expect(body.Code).toBe('RepeatedBackendName')
  })
})

describe('CreateBackendModel / DescribeBackendInfo / DeleteBackendModel', () => {
  it('binds a function per stage and describes BackendModels[] with the SDK BackendConfig shape', async () => {
    const { api } = client()
    const BackendId = await api.createEventBackend('hello', [])
    const model = await api.ok('CreateBackendModel', {
      BackendId,
      BackendType: 'FC_EVENT_V3',
      StageName: 'RELEASE',
      BackendModelData: FC_MODEL,
      Description: 'production',
    })
    expect(sdkShapeProblems('CreateBackendModel', model)).toEqual([])
    const info = await api.ok('DescribeBackendInfo', { BackendId })
    expect(sdkShapeProblems('DescribeBackendInfo', info)).toEqual([])
    const parsed = DescribeBackendInfoResponseSchema.parse(info)
    expect(parsed.BackendInfo.BackendModels).toHaveLength(1)
    expect(parsed.BackendInfo.BackendModels[0]).toMatchObject({
      BackendModelId: model.BackendModelId,
      StageName: 'RELEASE',
      Description: 'production',
      BackendConfig: {
        Type: 'FC_EVENT_V3',
        ServiceTimeout: 5000,
        // No FcVersion in DescribeBackendInfo's FunctionComputeConfig (SDK model; reference §1.2).
        FunctionComputeConfig: { FcRegionId: 'cn-hangzhou', FunctionName: 'hello', FcType: 'FCEvent' },
      },
    })
    expect(parsed.BackendInfo.BackendModels[0]?.GmtCreate).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/,
    )
    expect(parsed.BackendInfo.BackendModels[0]?.BackendConfig).not.toHaveProperty(
      'FunctionComputeConfig.FcVersion',
    )

    const removed = await api.ok('DeleteBackendModel', {
      BackendId,
      StageName: 'RELEASE',
      BackendModelId: model.BackendModelId,
    })
    expect(sdkShapeProblems('DeleteBackendModel', removed)).toEqual([])
    const after = DescribeBackendInfoResponseSchema.parse(await api.ok('DescribeBackendInfo', { BackendId }))
    expect(after.BackendInfo.BackendModels).toEqual([])
  })

  it('reads BackendModelData keys in any case (terraform camelCase)', async () => {
    const { api } = client()
    const BackendId = await api.createEventBackend('hello', [])
    await api.ok('CreateBackendModel', {
      BackendId,
      BackendType: 'FC_EVENT_V3',
      StageName: 'test',
      BackendModelData: { functionComputeConfig: { fcRegionId: 'cn-hangzhou', functionName: 'hello' } },
    })
    const info = DescribeBackendInfoResponseSchema.parse(await api.ok('DescribeBackendInfo', { BackendId }))
    expect(info.BackendInfo.BackendModels[0]).toMatchObject({
      StageName: 'TEST',
      BackendConfig: { FunctionComputeConfig: { FunctionName: 'hello' } },
    })
  })

  it.each([
    [{ BackendModelData: '{not json' }, 'InvalidFormatBackendModelData'],
    [{ BackendModelData: { FunctionComputeConfig: {} } }, 'InvalidBackendModelData'],
    [
      { BackendModelData: { ServiceTimeout: 0, FunctionComputeConfig: { FunctionName: 'f' } } },
      'InvalidBackendModelData',
    ],
    [{ BackendType: 'HTTP' }, 'InvalidBackendType'],
    [{ StageName: 'PROD' }, 'InvalidStageName'],
    [{ StageName: undefined }, 'MissingStageName'],
    [{ BackendId: 'f'.repeat(32) }, 'NotFoundBackend'],
  ])('%j → %s', async (overrides, code) => {
    const { api } = client()
    const BackendId = await api.createEventBackend('hello', [])
    const { status, body } = await api.call('CreateBackendModel', {
      BackendId,
      BackendType: 'FC_EVENT_V3',
      StageName: 'RELEASE',
      BackendModelData: FC_MODEL,
      ...overrides,
    })
    expect(status).toBe(400)
    expect(body.Code).toBe(code)
  })

  it('refuses a second model for the same stage and an unknown model on delete', async () => {
    const { api } = client()
    const BackendId = await api.createEventBackend('hello', ['PRE'])
    const again = await api.call('CreateBackendModel', {
      BackendId,
      BackendType: 'FC_EVENT_V3',
      StageName: 'PRE',
      BackendModelData: FC_MODEL,
    })
    expect(again.body.Code).toBe('RepeatedBackendModel')
    const missing = await api.call('DeleteBackendModel', {
      BackendId,
      StageName: 'PRE',
      BackendModelId: 'f'.repeat(32),
    })
    expect(missing.body.Code).toBe('NotFoundBackendModel')
  })
})

describe('DeleteBackend', () => {
  it('deletes an unused backend; refuses one an API uses', async () => {
    const { api } = client()
    const used = await api.createEventBackend('hello', ['RELEASE'], 'used_backend')
    const { GroupId } = await api.createGroup()
    await api.createApi(GroupId, used)
    const refused = await api.call('DeleteBackend', { BackendId: used })
    expect(refused.status).toBe(400)
    expect(refused.body.Code).toBe('InvalidBackendId')
    expect(refused.body.Message).toContain('used by API(s) hello_api')
    const unused = await api.createEventBackend('hello', ['RELEASE'], 'free_backend')
    expect(sdkShapeProblems('DeleteBackend', await api.ok('DeleteBackend', { BackendId: unused }))).toEqual(
      [],
    )
    expect((await api.call('DescribeBackendInfo', { BackendId: unused })).body.Code).toBe('NotFoundBackend')
  })
})
