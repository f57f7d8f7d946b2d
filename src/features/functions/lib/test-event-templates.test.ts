import { describe, expect, it } from 'vitest'
import { TEST_EVENT_TEMPLATES, templateContent } from './test-event-templates'

/** The top-level fields of each cloud's event, as the seeds print them (001; 003 REST and HTTP API). */
const SEED_FIELDS = {
  'tencent-scf': [
    'requestContext',
    'headers',
    'body',
    'pathParameters',
    'queryStringParameters',
    'headerParameters',
    'stageVariables',
    'path',
    'queryString',
    'httpMethod',
  ],
  'aws-rest-v1': [
    'resource',
    'path',
    'httpMethod',
    'requestContext',
    'headers',
    'multiValueHeaders',
    'queryStringParameters',
    'multiValueQueryStringParameters',
    'pathParameters',
    'stageVariables',
    'body',
    'isBase64Encoded',
  ],
  'aws-http-v2': [
    'version',
    'routeKey',
    'rawPath',
    'rawQueryString',
    'cookies',
    'headers',
    'requestContext',
    'isBase64Encoded',
  ],
} as const

describe('test event templates of every event format', () => {
  it.each(Object.entries(SEED_FIELDS))('%s has the seed example’s fields', (id, fields) => {
    const event = JSON.parse(templateContent(id as keyof typeof SEED_FIELDS)) as Record<string, unknown>
    expect(Object.keys(event).sort()).toEqual([...fields].sort())
  })

  it('offers one template per format, each valid JSON', () => {
    const ids = TEST_EVENT_TEMPLATES.map((t) => t.id)
    for (const id of ['api-gateway', 'tencent-scf', 'aws-rest-v1', 'aws-http-v2'] as const)
      expect(ids).toContain(id)
    for (const t of TEST_EVENT_TEMPLATES) expect(() => JSON.parse(t.content)).not.toThrow()
  })
})
