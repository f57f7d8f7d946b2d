/**
 * Request parsing shared by the operations: JSON bodies and zod validation, both failing with the
 * cloud's `InvalidArgument` (400) and a message that names the field and the rule
 * (ARCHITECTURE.md principle 6: the API and the console's forms say the same thing, because both
 * validate with the contract's schemas in src/cloud-api/).
 */
import type { z } from 'zod'
import { invalidArgument } from './errors'

/** Reads a JSON body; an empty or malformed body is InvalidArgument. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text()
  if (text.trim() === '') throw invalidArgument('The request body is empty; a JSON object is required.')
  try {
    return JSON.parse(text)
  } catch {
    throw invalidArgument('The request body is not valid JSON.')
  }
}

/** Reads a JSON body and validates it against a contract schema. */
export async function readJsonAs<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  return parseAs(schema, await readJson(request))
}

/** Validates a value; the FIRST zod issue becomes the InvalidArgument message. */
export function parseAs<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  throw invalidArgument(issue ? describeIssue(issue, input) : 'The request is invalid.')
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}

/** `memorySize: Memory must be a multiple of 64 MB …`, `functionName is required.`, `timeout must be a number.` */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const field = issue.path.map(String).join('.')
  // Whatever the rule (type, enum, regex), a missing field is best reported as missing.
  if (field !== '' && valueAt(input, issue.path) === undefined) return `${field} is required.`
  if (issue.code === 'invalid_type') {
    if (field === '') return `The request body must be ${article(issue.expected)}.`
    // Schemas that carry their own rule (e.g. the coerced `limit`) say it better than "must be a number".
    if (!issue.message.startsWith('Invalid input')) return `${field}: ${issue.message}`
    return `${field} must be ${article(issue.expected)}.`
  }
  return field === '' ? issue.message : `${field}: ${issue.message}`
}
