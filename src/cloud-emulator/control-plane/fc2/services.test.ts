import { describe, expect, it } from 'vitest'
import { SERVICE_NAME_MESSAGE, ServiceResponseSchema } from '../../../cloud-api/fc2'
import { memoryPersistence } from '../../store/persistence'
import { emptyState } from '../../store/state'
import { fc2Setup, SERVICES } from '../../testing/fc2'

const FC2_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/

describe('CreateService POST /2016-08-15/services', () => {
  it('creates a service with every field filled, an ETag and the seed time format', async () => {
    const { json } = fc2Setup()
    const { status, body, response } = await json('POST', SERVICES, { body: { serviceName: 'demo' } })
    expect(status).toBe(200)
    expect(ServiceResponseSchema.strict().parse(body)).toEqual(body)
    expect(body).toMatchObject({
      serviceName: 'demo',
      description: '',
      role: '',
      logConfig: { project: '', logstore: '' },
      vpcConfig: { vpcId: '', vSwitchIds: [], securityGroupId: '' },
      internetAccess: true,
      createdTime: '2026-01-02T03:04:05.678+0000',
      lastModifiedTime: '2026-01-02T03:04:05.678+0000',
    })
    expect(body.createdTime).toMatch(FC2_TIME)
    expect(body.serviceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/)
    expect(response.headers.get('etag')).toMatch(/^[0-9a-f]{32}$/)
    expect(response.headers.get('x-fc-request-id')).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/)
    expect(body).not.toHaveProperty('etag')
  })

  it('keeps the given fields', async () => {
    const { json } = fc2Setup()
    const input = {
      serviceName: 'demo',
      description: 'This is a demo service.',
      internetAccess: false,
      role: 'acs:ram::1234567890:role/fc-test',
      logConfig: { project: 'p', logstore: 's' },
      vpcConfig: { vpcId: 'vpc-1', vSwitchIds: ['vsw-1'], securityGroupId: 'sg-1' },
    }
    const { body } = await json('POST', SERVICES, { body: input })
    expect(body).toMatchObject(input)
  })

  it.each([
    [{ serviceName: '1abc' }, `serviceName: ${SERVICE_NAME_MESSAGE}`],
    [{ serviceName: 'a'.repeat(129) }, `serviceName: ${SERVICE_NAME_MESSAGE}`],
    [{}, 'serviceName is required.'],
    [
      { serviceName: 'a', description: 'x'.repeat(257) },
      'description: The description can be at most 256 characters.',
    ],
    [
      { serviceName: 'a', role: 'admin' },
      'role: A role must be a RAM role ARN like acs:ram::1234567890:role/fc-test.',
    ],
    [{ serviceName: 'a', internetAccess: 'yes' }, 'internetAccess must be a boolean.'],
  ])('InvalidArgument (400) in FC 2.0 error shape for %j', async (input, message) => {
    const { json } = fc2Setup()
    const { status, body } = await json('POST', SERVICES, { body: input })
    expect(status).toBe(400)
    expect(body).toEqual({ ErrorCode: 'InvalidArgument', ErrorMessage: message })
  })

  it('accepts the longest name, 128 characters', async () => {
    const { json } = fc2Setup()
    expect((await json('POST', SERVICES, { body: { serviceName: `a${'b'.repeat(127)}` } })).status).toBe(200)
  })

  it('ServiceAlreadyExists (409)', async () => {
    const { json, createService } = fc2Setup()
    await createService('demo')
    const { status, body } = await json('POST', SERVICES, { body: { serviceName: 'demo' } })
    expect(status).toBe(409)
    expect(body).toEqual({ ErrorCode: 'ServiceAlreadyExists', ErrorMessage: "service 'demo' already exists" })
  })
})

describe('GetService', () => {
  it('answers the service and the same ETag as CreateService', async () => {
    const { json, createService } = fc2Setup()
    const created = await createService('demo')
    const { status, body, response } = await json('GET', `${SERVICES}/demo`)
    expect(status).toBe(200)
    expect(body).toEqual(created.body)
    expect(response.headers.get('etag')).toBe(created.response.headers.get('etag'))
  })

  it('ServiceNotFound (404) with the documented template', async () => {
    const { json } = fc2Setup()
    const { status, body, response } = await json('GET', `${SERVICES}/demo`)
    expect(status).toBe(404)
    expect(body).toEqual({ ErrorCode: 'ServiceNotFound', ErrorMessage: "service 'demo' does not exist" })
    expect(response.headers.get('x-fc-request-id')).toMatch(/^1-/)
  })

  it('qualifiers: LATEST is the service; versions and aliases do not exist yet', async () => {
    const { json, createService } = fc2Setup()
    await createService('demo')
    expect((await json('GET', `${SERVICES}/demo.LATEST`)).status).toBe(200)
    expect((await json('GET', `${SERVICES}/demo.3`)).body).toEqual({
      ErrorCode: 'VersionNotFound',
      ErrorMessage: "version '3' of service 'demo' does not exist",
    })
    expect((await json('GET', `${SERVICES}/demo.prod`)).body).toEqual({
      ErrorCode: 'AliasNotFound',
      ErrorMessage: "alias 'prod' of service 'demo' does not exist",
    })
  })
})

describe('UpdateService PUT /2016-08-15/services/{name}', () => {
  it('changes only the given fields, a new ETag and lastModifiedTime', async () => {
    const { json, createService, clock } = fc2Setup()
    const created = await createService('demo', { description: 'old', role: 'acs:ram::1:role/r' })
    clock.advance(60_000)
    const { status, body, response } = await json('PUT', `${SERVICES}/demo`, { body: { description: 'new' } })
    expect(status).toBe(200)
    expect(body).toMatchObject({
      description: 'new',
      role: 'acs:ram::1:role/r',
      createdTime: created.body.createdTime,
    })
    expect(body.lastModifiedTime).toBe('2026-01-02T03:05:05.678+0000')
    expect(response.headers.get('etag')).not.toBe(created.response.headers.get('etag'))
  })

  it('If-Match: the current ETag (quoted or not) or * passes; an old one is PreconditionFailed (412)', async () => {
    const { json, createService } = fc2Setup()
    const created = await createService('demo')
    const etag = created.response.headers.get('etag') as string
    const updated = await json('PUT', `${SERVICES}/demo`, {
      body: { description: 'a' },
      headers: { 'if-match': `"${etag}"` },
    })
    expect(updated.status).toBe(200)
    const stale = await json('PUT', `${SERVICES}/demo`, {
      body: { description: 'b' },
      headers: { 'if-match': etag },
    })
    expect(stale.status).toBe(412)
    expect(stale.body).toEqual({
      ErrorCode: 'PreconditionFailed',
      ErrorMessage: 'the resource being modified has been changed',
    })
    expect((await json('PUT', `${SERVICES}/demo`, { body: {}, headers: { 'if-match': '*' } })).status).toBe(
      200,
    )
    expect((await json('GET', `${SERVICES}/demo`)).body.description).toBe('a')
  })

  it('ServiceNotFound, InvalidArgument', async () => {
    const { json, createService } = fc2Setup()
    expect((await json('PUT', `${SERVICES}/nope`, { body: {} })).status).toBe(404)
    await createService('demo')
    const bad = await json('PUT', `${SERVICES}/demo`, { body: { internetAccess: 1 } })
    expect(bad.body).toEqual({
      ErrorCode: 'InvalidArgument',
      ErrorMessage: 'internetAccess must be a boolean.',
    })
  })
})

describe('DeleteService', () => {
  it('204 without a body, then ServiceNotFound', async () => {
    const { call, json, createService } = fc2Setup()
    await createService('demo')
    const response = await call('DELETE', `${SERVICES}/demo`)
    expect(response.status).toBe(204)
    expect(await response.text()).toBe('')
    expect((await json('DELETE', `${SERVICES}/demo`)).status).toBe(404)
  })

  it('ServiceNotEmpty (409) while it has a function', async () => {
    const { json, createService, createFunction } = fc2Setup()
    await createService('demo')
    await createFunction('demo')
    const { status, body } = await json('DELETE', `${SERVICES}/demo`)
    expect(status).toBe(409)
    expect(body).toEqual({
      ErrorCode: 'ServiceNotEmpty',
      ErrorMessage: "service 'demo' has active functions",
    })
  })

  it('honours If-Match', async () => {
    const { json, createService } = fc2Setup()
    const created = await createService('demo')
    expect((await json('DELETE', `${SERVICES}/demo`, { headers: { 'if-match': 'nope' } })).status).toBe(412)
    const etag = created.response.headers.get('etag') as string
    expect((await json('DELETE', `${SERVICES}/demo`, { headers: { 'if-match': etag } })).status).toBe(204)
  })
})

describe('ListServices paging (limit, nextToken, prefix, startKey)', () => {
  async function withServices(count: number) {
    const env = fc2Setup()
    for (let i = 0; i < count; i++) await env.createService(`svc-${String(i).padStart(3, '0')}`)
    return env
  }
  const namesOf = (body: { services: { serviceName: string }[] }) => body.services.map((s) => s.serviceName)

  it('20 by default, in name order, with a nextToken that continues', async () => {
    const { json } = await withServices(25)
    const first = await json<{ services: { serviceName: string }[]; nextToken?: string }>('GET', SERVICES)
    expect(namesOf(first.body)).toHaveLength(20)
    expect(namesOf(first.body)[0]).toBe('svc-000')
    expect(first.body.nextToken).toBe('svc-020')
    const second = await json<{ services: { serviceName: string }[]; nextToken?: string }>(
      'GET',
      `${SERVICES}?nextToken=${first.body.nextToken}`,
    )
    expect(namesOf(second.body)).toEqual(['svc-020', 'svc-021', 'svc-022', 'svc-023', 'svc-024'])
    expect(second.body).not.toHaveProperty('nextToken')
  })

  it('limit up to 100; 0, 101 and non-numbers are InvalidArgument', async () => {
    const { json } = await withServices(3)
    const two = await json<{ services: unknown[]; nextToken?: string }>('GET', `${SERVICES}?limit=2`)
    expect(two.body.services).toHaveLength(2)
    expect(two.body.nextToken).toBe('svc-002')
    expect((await json('GET', `${SERVICES}?limit=100`)).status).toBe(200)
    for (const limit of ['0', '101', 'ten', '1.5']) {
      const bad = await json('GET', `${SERVICES}?limit=${limit}`)
      expect(bad.status).toBe(400)
      expect(bad.body).toEqual({
        ErrorCode: 'InvalidArgument',
        ErrorMessage: 'limit: limit must be an integer between 1 and 100.',
      })
    }
  })

  it('prefix and startKey; empty parameters as the seed sample sends them', async () => {
    const { json, createService } = await withServices(3)
    await createService('other')
    const prefixed = await json<{ services: { serviceName: string }[] }>(
      'GET',
      `${SERVICES}?prefix=svc-00&startKey=svc-001`,
    )
    expect(namesOf(prefixed.body)).toEqual(['svc-001', 'svc-002'])
    // seed 004 "Sample request": GET /2016-08-15/services?limit=100&nextToken=&prefix=&startKey=
    const all = await json<{ services: unknown[] }>(
      'GET',
      `${SERVICES}?limit=100&nextToken=&prefix=&startKey=`,
    )
    expect(all.body.services).toHaveLength(4)
  })
})

describe('the FC 2.0 endpoint', () => {
  it('answers unknown paths and methods with PathNotSupported in its own error shape', async () => {
    const { json } = fc2Setup()
    expect((await json('GET', '/2016-08-15/versions')).body).toEqual({
      ErrorCode: 'PathNotSupported',
      ErrorMessage: "'GET' against '/2016-08-15/versions' is not supported",
    })
    expect((await json('PATCH', SERVICES)).status).toBe(400)
  })

  it('persists its tables, and loads snapshots written before FC 2.0 existed', async () => {
    const old = emptyState() as Partial<ReturnType<typeof emptyState>>
    delete old.fc2
    const persistence = memoryPersistence(old)
    const { json, createService } = fc2Setup({ persistence })
    expect((await json('GET', SERVICES)).body).toEqual({ services: [] })
    await createService('kept')
    const again = fc2Setup({ persistence })
    expect((await again.json('GET', `${SERVICES}/kept`)).status).toBe(200)
  })
})
