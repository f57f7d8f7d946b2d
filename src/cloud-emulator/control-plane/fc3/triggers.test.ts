import { describe, expect, it } from 'vitest'
import { parseHttpTriggerUrl, TriggerSchema } from '../../../cloud-api/fc3'
import { setup } from '../../testing/harness'

const TRIGGERS = '/2023-03-30/functions/web-fn/triggers'
const httpTrigger = (overrides: Record<string, unknown> = {}) => ({
  triggerName: 'defaultTrigger',
  triggerType: 'http',
  triggerConfig: JSON.stringify({ authType: 'anonymous', methods: ['GET', 'POST'] }),
  ...overrides,
})

async function withWebFunction() {
  const t = setup()
  await t.createFunction({
    functionName: 'web-fn',
    runtime: 'custom.debian10',
    customRuntimeConfig: { command: ['node'], args: ['server.js'], port: 9000 },
  })
  return t
}

describe('FC 3.0 triggers (CreateTrigger … DeleteTrigger)', () => {
  it('creates a web function (custom runtime + customRuntimeConfig) and an HTTP trigger with its URLs', async () => {
    const t = await withWebFunction()
    const fn = await t.json('GET', '/2023-03-30/functions/web-fn')
    expect(fn.body).toMatchObject({
      runtime: 'custom.debian10',
      customRuntimeConfig: { command: ['node'], args: ['server.js'], port: 9000 },
    })
    const created = await t.json<Record<string, unknown>>('POST', TRIGGERS, {
      body: httpTrigger({ description: 'web' }),
    })
    expect(created.status).toBe(200)
    const trigger = TriggerSchema.strict().parse(created.body)
    expect(trigger).toMatchObject({
      triggerName: 'defaultTrigger',
      triggerType: 'http',
      qualifier: 'LATEST',
      status: 'OK',
      targetArn: 'acs:fc:cn-hangzhou:1234567890123456:functions/web-fn',
      createdTime: '2026-01-02T03:04:05Z',
      description: 'web',
    })
    expect(JSON.parse(trigger.triggerConfig)).toEqual({ authType: 'anonymous', methods: ['GET', 'POST'] })
    expect(trigger.httpTrigger?.urlInternet).toMatch(
      /^https:\/\/web-fn-[0-9a-f]{10}\.cn-hangzhou\.fcapp\.run$/,
    )
    expect(trigger.httpTrigger?.urlIntranet).toMatch(
      /^https:\/\/web-fn-[0-9a-f]{10}\.cn-hangzhou-vpc\.fcapp\.run$/,
    )
    expect(parseHttpTriggerUrl(trigger.httpTrigger!.urlIntranet)).toMatchObject({
      region: 'cn-hangzhou',
      internal: true,
    })

    expect((await t.json('GET', `${TRIGGERS}/defaultTrigger`)).body).toEqual(trigger)
    const listed = await t.json<{ triggers: unknown[] }>('GET', TRIGGERS)
    expect(listed.body.triggers).toEqual([trigger])
    const updated = await t.json<{ triggerConfig: string }>('PUT', `${TRIGGERS}/defaultTrigger`, {
      body: { triggerConfig: JSON.stringify({ methods: ['GET'] }) },
    })
    expect(JSON.parse(updated.body.triggerConfig)).toEqual({ authType: 'function', methods: ['GET'] })
    expect((await t.json('DELETE', `${TRIGGERS}/defaultTrigger`)).status).toBe(204)
    expect((await t.json<{ triggers: unknown[] }>('GET', TRIGGERS)).body.triggers).toEqual([])
  })

  it('answers FC errors: TriggerAlreadyExists 409, TriggerNotFound 404, FunctionNotFound, InvalidArgument', async () => {
    const t = await withWebFunction()
    await t.json('POST', TRIGGERS, { body: httpTrigger() })
    const again = await t.json('POST', TRIGGERS, { body: httpTrigger() })
    expect(again).toMatchObject({
      status: 409,
      body: {
        Code: 'TriggerAlreadyExists',
        Message: "trigger 'defaultTrigger' already exists in function 'web-fn'",
      },
    })
    expect(await t.json('GET', `${TRIGGERS}/nope`)).toMatchObject({
      status: 404,
      body: { Code: 'TriggerNotFound', Message: "trigger 'nope' does not exist in function 'web-fn'" },
    })
    expect(
      (await t.json('POST', '/2023-03-30/functions/nope/triggers', { body: httpTrigger() })).body,
    ).toMatchObject({
      Code: 'FunctionNotFound',
    })
    const bad = async (overrides: Record<string, unknown>) =>
      (
        await t.json<{ Code: string; Message: string }>('POST', TRIGGERS, {
          body: httpTrigger({ triggerName: 't2', ...overrides }),
        })
      ).body
    expect(await bad({ triggerConfig: 'not json' })).toMatchObject({
      Code: 'InvalidArgument',
      Message: 'triggerConfig must be a JSON string.',
    })
    expect((await bad({ triggerConfig: JSON.stringify({ methods: ['FETCH'] }) })).Message).toContain(
      'methods',
    )
    expect((await bad({ triggerConfig: JSON.stringify({ authType: 'anonymous' }) })).Message).toBe(
      'methods is required.',
    )
    expect((await bad({ triggerType: 'cron' })).Message).toContain('triggerType must be one of')
    expect((await bad({ triggerName: '1bad' })).Message).toContain('cannot start with a digit')
    expect((await bad({ qualifier: 'prod' })).Message).toContain('only LATEST')
    // Other trigger types are stored (they never fire): no httpTrigger URLs.
    const timer = await t.json<Record<string, unknown>>('POST', TRIGGERS, {
      body: {
        triggerName: 'tick',
        triggerType: 'timer',
        triggerConfig: '{"cronExpression":"@every 1m","enable":true}',
      },
    })
    expect(timer.status).toBe(200)
    expect(timer.body.httpTrigger).toBeUndefined()
  })

  it('pages ListTriggers with prefix, limit and nextToken', async () => {
    const t = await withWebFunction()
    for (const name of ['a1', 'a2', 'b1'])
      await t.json('POST', TRIGGERS, {
        body: { triggerName: name, triggerType: 'timer', triggerConfig: '{}' },
      })
    const first = await t.json<{ triggers: { triggerName: string }[]; nextToken?: string }>(
      'GET',
      `${TRIGGERS}?limit=2`,
    )
    expect(first.body.triggers.map((x) => x.triggerName)).toEqual(['a1', 'a2'])
    const second = await t.json<{ triggers: { triggerName: string }[] }>(
      'GET',
      `${TRIGGERS}?nextToken=${first.body.nextToken}`,
    )
    expect(second.body.triggers.map((x) => x.triggerName)).toEqual(['b1'])
    const prefixed = await t.json<{ triggers: unknown[] }>('GET', `${TRIGGERS}?prefix=a`)
    expect(prefixed.body.triggers).toHaveLength(2)
  })

  it('rejects an invalid customRuntimeConfig port', async () => {
    const t = setup()
    const bad = await t.json<{ Message: string }>('POST', '/2023-03-30/functions', {
      body: {
        functionName: 'web',
        runtime: 'custom.debian10',
        handler: 'index.handler',
        code: { zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' },
        customRuntimeConfig: { port: 70000 },
      },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.Message).toBe('customRuntimeConfig.port: port must be an integer between 1 and 65535.')
  })
})
