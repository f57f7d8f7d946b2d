import type { z } from 'zod'
import { CLOUDAPI_VERSION, type CloudApiAction, type CloudApiParams, toRpcParams } from '@/cloud-api/cloudapi'
import { apiJson, type QueryParams } from '../api-client'
import { apiPaths } from '../api-paths'

/**
 * Calls a CloudAPI 2016-07-14 action the way the official SDK does (reference §1.1): `POST /` with
 * `Action` and `Version` and the small parameters in the query, the bulky ones (`RequestParameters`,
 * `ResultSample` …, SDK `createApiWithOptions`) in an `application/x-www-form-urlencoded` body;
 * structured parameters travel as JSON strings. The answer is validated against the contract's
 * response schema; an error body `{RequestId, HostId, Code, Message, Recommend}` becomes an ApiError
 * in api-client.ts.
 */
const FORM_BODY_PARAMS: ReadonlySet<string> = new Set([
  'ConstantParameters',
  'ErrorCodeSamples',
  'FailResultSample',
  'RequestParameters',
  'ResultDescriptions',
  'ResultSample',
  'ServiceParameters',
  'ServiceParametersMap',
  'SystemParameters',
])

export async function callCloudApi<A extends CloudApiAction, S extends z.ZodType>(
  action: A,
  params: CloudApiParams<A>,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  const query: QueryParams = { Action: action, Version: CLOUDAPI_VERSION }
  const form: QueryParams = {}
  for (const [key, value] of Object.entries(toRpcParams(params as Record<string, unknown>))) {
    // An empty value goes in the form body, where it is kept: it clears the field (ModifyApiGroup …).
    if (FORM_BODY_PARAMS.has(key) || value === '') form[key] = value
    else query[key] = value
  }
  return apiJson(apiPaths.cloudapi(), schema, { method: 'POST', query, form, signal })
}
