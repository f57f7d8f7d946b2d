import type { z } from 'zod'
import { API_PREFIX } from '@/cloud-api/endpoints'
import { ETAG_HEADER, FC2_API_VERSION } from '@/cloud-api/fc2'
import { type ApiRequestOptions, apiRequest, requestIdOf } from '@/lib/api-client'
import { ApiError, CLIENT_ERROR_CODES } from '@/lib/api-error'

/**
 * FC 2016-08-15 through the console's `/api/fc/2016-08-15/...` (decision 002); the shared client does
 * headers and errors (FC 2.0's `{ErrorCode, ErrorMessage}` is read there). Resources come back with
 * their `ETag` (seed 004), which the console sends as `If-Match` when it writes code.
 */
export function fc2Path(...segments: string[]): string {
  return [`${API_PREFIX.fc}/${FC2_API_VERSION}`, ...segments.map((s) => encodeURIComponent(s))].join('/')
}

export interface WithEtag<T> {
  data: T
  etag: string | undefined
}

export async function fc2Json<S extends z.ZodType>(
  path: string,
  schema: S,
  options: ApiRequestOptions = {},
): Promise<WithEtag<z.output<S>>> {
  const response = await apiRequest(path, options)
  const parsed = schema.safeParse(await response.json().catch(() => undefined))
  if (!parsed.success) {
    throw new ApiError({
      code: CLIENT_ERROR_CODES.invalidResponse,
      message: `The answer of ${path.split('?')[0]} does not match the FC 2.0 contract.`,
      status: response.status,
      requestId: requestIdOf(response),
    })
  }
  return { data: parsed.data, etag: response.headers.get(ETAG_HEADER) ?? undefined }
}

/** Query keys of the area, in one factory, so a mutation invalidates exactly what it changed. */
export const serviceKeys = {
  all: ['fc2'] as const,
  services: () => [...serviceKeys.all, 'services'] as const,
  service: (service: string) => [...serviceKeys.all, 'service', service] as const,
  functions: (service: string) => [...serviceKeys.service(service), 'functions'] as const,
  function: (service: string, fn: string) => [...serviceKeys.service(service), 'function', fn] as const,
  code: (service: string, fn: string) => [...serviceKeys.function(service, fn), 'code'] as const,
  triggers: (service: string, fn: string) => [...serviceKeys.function(service, fn), 'triggers'] as const,
  mode: () => [...serviceKeys.all, 'mode'] as const,
}
