import { describe, expect, it } from 'vitest'
import { setup } from '../../testing/harness'

const FUNCTIONS = '/2023-03-30/functions'

describe('ListFunctions GET /2023-03-30/functions', () => {
  async function withFunctions(names: string[]) {
    const harness = setup()
    for (const functionName of names) await harness.createFunction({ functionName })
    return harness
  }
  const namesOf = (body: { functions: { functionName: string }[] }) =>
    body.functions.map((f) => f.functionName)

  it('lists by name, without nextToken on the last page', async () => {
    const { json } = await withFunctions(['b', 'a', 'C', 'a-2'])
    const { status, body } = await json<{ functions: { functionName: string }[]; nextToken?: string }>(
      'GET',
      FUNCTIONS,
    )
    expect(status).toBe(200)
    expect(namesOf(body)).toEqual(['C', 'a', 'a-2', 'b'])
    expect(body).not.toHaveProperty('nextToken')
  })

  it('filters by prefix', async () => {
    const { json } = await withFunctions(['api-one', 'api-two', 'other'])
    const { body } = await json<{ functions: { functionName: string }[] }>('GET', `${FUNCTIONS}?prefix=api-`)
    expect(namesOf(body)).toEqual(['api-one', 'api-two'])
  })

  it('pages with limit and an opaque nextToken', async () => {
    const { json } = await withFunctions(['f1', 'f2', 'f3', 'f4', 'f5'])
    type Page = { functions: { functionName: string }[]; nextToken?: string }
    const first = (await json<Page>('GET', `${FUNCTIONS}?limit=2`)).body
    expect(namesOf(first)).toEqual(['f1', 'f2'])
    expect(first.nextToken).toEqual(expect.any(String))
    const second = (
      await json<Page>('GET', `${FUNCTIONS}?limit=2&nextToken=${encodeURIComponent(first.nextToken!)}`)
    ).body
    expect(namesOf(second)).toEqual(['f3', 'f4'])
    const third = (
      await json<Page>('GET', `${FUNCTIONS}?limit=2&nextToken=${encodeURIComponent(second.nextToken!)}`)
    ).body
    expect(namesOf(third)).toEqual(['f5'])
    expect(third).not.toHaveProperty('nextToken')
  })

  it('defaults to 20 per page', async () => {
    const { json } = await withFunctions(
      Array.from({ length: 21 }, (_, i) => `fn${String(i).padStart(2, '0')}`),
    )
    const { body } = await json<{ functions: unknown[]; nextToken?: string }>('GET', FUNCTIONS)
    expect(body.functions).toHaveLength(20)
    expect(body.nextToken).toBeDefined()
  })

  it.each(['0', '101', 'abc', '1.5'])('rejects limit=%s with InvalidArgument', async (limit) => {
    const { json } = setup()
    const { status, body } = await json('GET', `${FUNCTIONS}?limit=${limit}`)
    expect(status).toBe(400)
    expect(body).toMatchObject({
      Code: 'InvalidArgument',
      Message: 'limit: limit must be an integer between 1 and 100.',
    })
  })

  it('rejects a nextToken it did not issue', async () => {
    const { json } = setup()
    const { status, body } = await json('GET', `${FUNCTIONS}?nextToken=%25%25%25`)
    expect(status).toBe(400)
    expect(body.Code).toBe('InvalidArgument')
  })
})
