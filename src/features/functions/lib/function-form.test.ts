import { describe, expect, it } from 'vitest'
import { FUNCTION_NAME_MESSAGE, MEMORY_MESSAGE, TIMEOUT_MESSAGE } from '@/cloud-api/fc3'
import { CREATE_FUNCTION_DEFAULTS, createFunctionFormSchema } from './function-form'

const messages = (values: object) => {
  const result = createFunctionFormSchema.safeParse({
    ...CREATE_FUNCTION_DEFAULTS,
    functionName: 'ok',
    ...values,
  })
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('create function form rules (= the API contract)', () => {
  it('accepts the defaults with a valid name', () => {
    expect(messages({})).toEqual({})
  })

  it("uses the contract's messages, so the form says what the API would", () => {
    expect(messages({ functionName: '1abc' })).toEqual({ functionName: FUNCTION_NAME_MESSAGE })
    expect(messages({ memorySize: 100 })).toEqual({ memorySize: MEMORY_MESSAGE })
    expect(messages({ memorySize: Number.NaN })).toEqual({ memorySize: MEMORY_MESSAGE })
    expect(messages({ timeout: 0 })).toEqual({ timeout: TIMEOUT_MESSAGE })
    expect(messages({ timeout: Number.NaN })).toEqual({ timeout: TIMEOUT_MESSAGE })
  })

  it('rejects empty and repeated environment variable names', () => {
    expect(
      messages({
        environmentVariables: [
          { key: 'A', value: '1' },
          { key: 'A', value: '2' },
          { key: ' ', value: '3' },
        ],
      }),
    ).toEqual({
      'environmentVariables.1.key': 'The variable A is defined twice.',
      'environmentVariables.2.key': 'Enter a variable name.',
    })
  })
})
