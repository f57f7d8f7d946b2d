/**
 * The RPC transport of CloudAPI (reference §1.1): `POST /` (or GET) with parameters in the query
 * and/or a form body (the POP gateway merges them, so SDK, pop-core GET and pop-core POST all work).
 * `Action` and `Version` come from the parameters or, for V3-signed SDK calls, from the
 * `x-acs-action` / `x-acs-version` headers (darabonba openapi-core `doRequest`).
 */
import type { z } from 'zod'
import { NOT_WELL_FORMATTED } from '../../../cloud-api/cloudapi'
import { invalid, invalidFormat, missing } from './errors'

export interface RpcCall {
  action: string | null
  version: string | null
  /** query ∪ form; the first value of a repeated name wins, the query before the form */
  params: Record<string, string>
}

function isForm(request: Request): boolean {
  const type = request.headers.get('content-type') ?? ''
  return type === '' || type.toLowerCase().includes('application/x-www-form-urlencoded')
}

export async function readRpcCall(request: Request, url: URL): Promise<RpcCall> {
  const params: Record<string, string> = {}
  const add = (entries: URLSearchParams) => {
    for (const [key, value] of entries) if (!(key in params)) params[key] = value
  }
  add(url.searchParams)
  if (request.method !== 'GET' && request.method !== 'HEAD' && isForm(request)) {
    add(new URLSearchParams(await request.text()))
  }
  return {
    action: params.Action ?? request.headers.get('x-acs-action'),
    version: params.Version ?? request.headers.get('x-acs-version'),
    params,
  }
}

function detailOf(issue: z.core.$ZodIssue): string {
  const [, ...inner] = issue.path.map(String)
  const where = inner.length > 0 ? `${inner.join('.')}: ` : ''
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input'))
    return `${where}expected ${issue.expected}.`
  if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid option'))
    return `${where}must be one of: ${issue.values.map(String).join(', ')}.`
  const message = issue.message.endsWith('.') ? issue.message : `${issue.message}.`
  return `${where}${message}`
}

/**
 * Validates an action's parameters with its contract schema. The first problem becomes the cloud's
 * error: a missing top-level parameter `Missing<Param>`, JSON that does not parse
 * `InvalidFormat<Param>`, any other rule `Invalid<Param>` with the rule's message.
 */
export function parseParams<S extends z.ZodType>(schema: S, params: Record<string, string>): z.output<S> {
  const result = schema.safeParse(params)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const param = issue ? String(issue.path[0] ?? '') : ''
  if (!issue || param === '') throw invalid('Parameters')
  if (issue.path.length === 1 && params[param] === undefined) throw missing(param)
  if (issue.code === 'custom' && issue.params?.kind === NOT_WELL_FORMATTED)
    throw invalidFormat(param, `${param} must be a JSON string.`)
  if (issue.path.length > 1 && issue.code === 'invalid_type' && issue.input === undefined)
    throw invalid(param, `${issue.path.map(String).slice(1).join('.')} is required.`)
  throw invalid(param, detailOf(issue))
}
