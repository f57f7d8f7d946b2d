import { describe, expect, it } from 'vitest'
import { TRIGGER_NAME_MESSAGE, TriggerResponseSchema } from '../../../cloud-api/fc2'
import { fc2Setup, httpTriggerInput, triggersOf } from '../../testing/fc2'

const TRIGGERS = triggersOf('svc', 'hello')

async function ready() {
  const env = fc2Setup()
  await env.createService()
  await env.createFunction()
  return env
}

const OSS = {
  triggerName: 'oss',
  triggerType: 'oss',
  sourceArn: 'acs:oss:cn-hangzhou:1234567890:mybucket',
  invocationRole: 'acs:ram::1234567890:role/fc-oss',
  triggerConfig: { events: ['oss:ObjectCreated:*'], filter: { key: { prefix: 'img/', suffix: '.jpg' } } },
}

describe('CreateTrigger', () => {
  it('an HTTP trigger: TriggerResponse with its URL and an ETag', async () => {
    const { json } = await ready()
    const { status, body, response } = await json('POST', TRIGGERS, { body: httpTriggerInput() })
    expect(status).toBe(200)
    expect(TriggerResponseSchema.strict().parse(body)).toEqual(body)
    expect(body).toMatchObject({
      triggerName: 'http',
      triggerType: 'http',
      triggerConfig: { authType: 'anonymous', methods: ['GET', 'POST'] },
      sourceArn: '',
      invocationRole: '',
      qualifier: 'LATEST',
      description: '',
      createdTime: '2026-01-02T03:04:05.678+0000',
      urlInternet: 'https://1234567890123456.cn-hangzhou.fc.aliyuncs.com/2016-08-15/proxy/svc/hello/',
    })
    expect(response.headers.get('etag')).toMatch(/^[0-9a-f]{32}$/)
  })

  it('stores other types with their event source; timers need a cron expression', async () => {
    const { json } = await ready()
    const oss = await json('POST', TRIGGERS, { body: OSS })
    expect(oss.status).toBe(200)
    expect(oss.body).toMatchObject({ sourceArn: OSS.sourceArn, invocationRole: OSS.invocationRole })
    expect(oss.body).not.toHaveProperty('urlInternet')
    const timer = await json('POST', TRIGGERS, {
      body: {
        triggerName: 't',
        triggerType: 'timer',
        triggerConfig: { cronExpression: '@every 5m', enable: true, payload: '{}' },
      },
    })
    expect(timer.status).toBe(200)
    const log = await json('POST', TRIGGERS, {
      body: {
        triggerName: 'l',
        triggerType: 'log',
        sourceArn: 'acs:log:cn-hangzhou:1234567890:project/p',
        invocationRole: 'acs:ram::1234567890:role/r',
        triggerConfig: { sourceConfig: { logstore: 's' } },
      },
    })
    expect(log.status).toBe(200)
  })

  it.each([
    [{ triggerName: '9x' }, `triggerName: ${TRIGGER_NAME_MESSAGE}`],
    [
      { triggerType: 'ftp' },
      'triggerType: triggerType must be one of http, timer, oss, log, cdn_events, tablestore, mns_topic, rds, eventbridge.',
    ],
    [{ triggerConfig: undefined }, 'triggerConfig is required.'],
    [
      { triggerConfig: { authType: 'open', methods: ['GET'] } },
      'triggerConfig.authType: triggerConfig.authType must be anonymous or function.',
    ],
    [
      { triggerConfig: { authType: 'function', methods: [] } },
      'triggerConfig.methods: An HTTP trigger needs at least one method.',
    ],
    [
      { triggerConfig: { authType: 'function', methods: ['FETCH'] } },
      'triggerConfig.methods.0: Each method must be one of GET, POST, PUT, DELETE, HEAD, PATCH, OPTIONS.',
    ],
    [{ triggerConfig: { authType: 'function' } }, 'triggerConfig.methods is required.'],
    [
      { triggerType: 'timer', triggerConfig: { cronExpression: 'soon', enable: true } },
      'triggerConfig.cronExpression: triggerConfig.cronExpression must be "@every <n>m" or a six-field cron expression.',
    ],
    [{ ...OSS, sourceArn: undefined }, 'sourceArn is required for a oss trigger.'],
    [
      { ...OSS, invocationRole: undefined },
      'invocationRole is required for a oss trigger: the role the event source assumes.',
    ],
    [
      { ...OSS, sourceArn: 'mybucket' },
      "sourceArn must be an ARN like acs:oss:cn-hangzhou:1234567890:mybucket, not 'mybucket'.",
    ],
  ])('InvalidArgument for %j', async (overrides, message) => {
    const { json } = await ready()
    const { status, body } = await json('POST', TRIGGERS, { body: { ...httpTriggerInput(), ...overrides } })
    expect(status).toBe(400)
    expect(body).toEqual({ ErrorCode: 'InvalidArgument', ErrorMessage: message })
  })

  it('TriggerAlreadyExists (409); one HTTP trigger per function; missing service or function', async () => {
    const { json, createTrigger } = await ready()
    await createTrigger()
    const dup = await json('POST', TRIGGERS, { body: httpTriggerInput() })
    expect(dup.status).toBe(409)
    expect(dup.body).toEqual({
      ErrorCode: 'TriggerAlreadyExists',
      ErrorMessage: "trigger 'http' already exists in service 'svc' and function 'hello'",
    })
    const second = await json('POST', TRIGGERS, { body: httpTriggerInput({ triggerName: 'http2' }) })
    expect(second.body.ErrorMessage).toContain('a function can have only one HTTP trigger')
    expect((await json('POST', triggersOf('svc', 'nope'), { body: httpTriggerInput() })).body.ErrorCode).toBe(
      'FunctionNotFound',
    )
    expect(
      (await json('POST', triggersOf('none', 'hello'), { body: httpTriggerInput() })).body.ErrorCode,
    ).toBe('ServiceNotFound')
  })
})

describe('GetTrigger, ListTriggers, UpdateTrigger, DeleteTrigger', () => {
  it('get with the ETag; TriggerNotFound', async () => {
    const { json, createTrigger } = await ready()
    const created = await createTrigger()
    const got = await json('GET', `${TRIGGERS}/http`)
    expect(got.body).toEqual(created.body)
    expect(got.response.headers.get('etag')).toBe(created.response.headers.get('etag'))
    expect((await json('GET', `${TRIGGERS}/nope`)).body).toEqual({
      ErrorCode: 'TriggerNotFound',
      ErrorMessage: "trigger 'nope' does not exist in service 'svc' and function 'hello'",
    })
  })

  it('lists with paging', async () => {
    const { json, createTrigger } = await ready()
    await createTrigger()
    for (const name of ['t1', 't2'])
      await createTrigger('svc', 'hello', {
        triggerName: name,
        triggerType: 'timer',
        triggerConfig: { cronExpression: '0 0/5 * * * *', enable: false },
      })
    const page = await json<{ triggers: { triggerName: string }[]; nextToken?: string }>(
      'GET',
      `${TRIGGERS}?limit=2`,
    )
    expect(page.body.triggers.map((t) => t.triggerName)).toEqual(['http', 't1'])
    expect(page.body.nextToken).toBe('t2')
    const all = await json<{ triggers: unknown[] }>('GET', `${TRIGGERS}?prefix=t`)
    expect(all.body.triggers).toHaveLength(2)
  })

  it('update replaces triggerConfig (validated against the type) and honours If-Match', async () => {
    const { json, createTrigger } = await ready()
    const created = await createTrigger()
    const etag = created.response.headers.get('etag') as string
    const updated = await json('PUT', `${TRIGGERS}/http`, {
      body: { triggerConfig: { authType: 'function', methods: ['GET'] }, description: 'd' },
      headers: { 'if-match': etag },
    })
    expect(updated.status).toBe(200)
    expect(updated.body).toMatchObject({
      triggerConfig: { authType: 'function', methods: ['GET'] },
      description: 'd',
    })
    expect(updated.response.headers.get('etag')).not.toBe(etag)
    const stale = await json('PUT', `${TRIGGERS}/http`, { body: {}, headers: { 'if-match': etag } })
    expect(stale.status).toBe(412)
    const bad = await json('PUT', `${TRIGGERS}/http`, { body: { triggerConfig: { methods: ['GET'] } } })
    expect(bad.body).toEqual({
      ErrorCode: 'InvalidArgument',
      ErrorMessage: 'triggerConfig.authType is required.',
    })
    expect((await json('PUT', `${TRIGGERS}/nope`, { body: {} })).status).toBe(404)
  })

  it('delete: If-Match, 204, then TriggerNotFound', async () => {
    const { json, call, createTrigger } = await ready()
    await createTrigger()
    expect((await json('DELETE', `${TRIGGERS}/http`, { headers: { 'if-match': 'x' } })).status).toBe(412)
    expect((await call('DELETE', `${TRIGGERS}/http`)).status).toBe(204)
    expect((await json('DELETE', `${TRIGGERS}/http`)).body.ErrorCode).toBe('TriggerNotFound')
  })
})
