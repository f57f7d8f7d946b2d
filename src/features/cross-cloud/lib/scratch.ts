import type { z } from 'zod'
import {
  CLOUDAPI_LIMITS,
  type CloudApiParams,
  EVENT_FORMAT_FIELD,
  EVENT_FORMATS,
  type EventFormat,
  type ServiceConfigSchema,
  type StageName,
} from '@/cloud-api/cloudapi'

/**
 * "Try across clouds" (issue 7, decision 011) sends one request through the four event formats by
 * calling four scratch APIs the emulator serves like any other: one API group per format (so every
 * API answers the same path, `ANY /*`, and the function sees the same request), one anonymous
 * PASSTHROUGH API in each, bound inline to the chosen FC 3.0 function and published to TEST. They are
 * reused from run to run (the API is re-pointed and republished) and removed by "Clean up".
 */
export const SCRATCH_STAGE: StageName = 'TEST'
export const SCRATCH_GROUP_PREFIX = 'CrossCloud-'
export const SCRATCH_DESCRIPTION =
  'Scratch resource of the console’s “Try across clouds” view; safe to delete.'

export const scratchGroupName = (format: EventFormat) => `${SCRATCH_GROUP_PREFIX}${format}`
export const scratchApiName = (format: EventFormat) => `cross_cloud_${format.replaceAll('-', '_')}`

export const isScratchGroupName = (name: string) =>
  EVENT_FORMATS.some((format) => scratchGroupName(format) === name)

/** CreateApi / ModifyApi parameters of a format's scratch API, bound to `functionName`. */
export function scratchApiParams(
  format: EventFormat,
  groupId: string,
  functionName: string,
  region: string | undefined,
): CloudApiParams<'CreateApi'> {
  const serviceConfig: z.input<typeof ServiceConfigSchema> = {
    ServiceProtocol: 'FunctionCompute',
    ServiceTimeout: CLOUDAPI_LIMITS.serviceTimeoutDefault,
    FunctionComputeConfig: {
      ...(region && { FcRegionId: region }),
      FunctionName: functionName,
      FcVersion: '3.0',
      FcType: 'FCEvent',
    },
    // Emulator-only; Alibaba's format is the default and is never written (decision 011).
    ...(format !== 'alibaba' && { [EVENT_FORMAT_FIELD]: format }),
  }
  return {
    GroupId: groupId,
    ApiName: scratchApiName(format),
    Description: SCRATCH_DESCRIPTION,
    Visibility: 'PRIVATE',
    AuthType: 'ANONYMOUS',
    RequestConfig: JSON.stringify({
      RequestProtocol: 'HTTP,HTTPS',
      RequestHttpMethod: 'ANY',
      RequestPath: '/*',
      RequestMode: 'PASSTHROUGH',
    }),
    ServiceConfig: JSON.stringify(serviceConfig),
    ResultType: 'JSON',
  }
}

/** `Name: value` lines → header pairs (blank lines and lines without a colon are skipped). */
export function parseHeaderLines(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim()
    if (name !== '') out.push([name, line.slice(colon + 1).trim()])
  }
  return out
}

/** `/orders/42?expand=items` → path and query pairs. */
export function splitPathAndQuery(input: string): { path: string; query: Array<[string, string]> } {
  const trimmed = input.trim() || '/'
  const [rawPath = '/', search = ''] = trimmed.split(/\?(.*)/s)
  const path = rawPath.startsWith('/') ? rawPath : `/${rawPath}`
  return { path, query: [...new URLSearchParams(search)] }
}
