import { z } from 'zod'
import { apiJson } from '../api-client'
import { isApiError } from '../api-error'
import { apiPaths } from '../api-paths'

/**
 * Whether an emulator answers behind `/api` (browser-only or local cloud) — what decides if the
 * console may use emulator-only settings such as an API's event format (decision 011) — and where
 * curl reaches it. Only an emulator answers `/api/emulator/health`; in front of the real cloud the
 * proxy answers 404.
 */
export interface EmulatorInfo {
  available: boolean
  region: string | undefined
  /** `browser`: the emulator runs in this page (MSW); `node`: the local cloud behind `npm start` */
  runtimeMode: 'browser' | 'node' | undefined
  /**
   * The local cloud's own origin (`http://127.0.0.1:9000`, or whatever LOCAL_CLOUD_HOST / _PORT made
   * it), as its health answer reports it: where SDKs and curl reach it. Undefined in browser-only mode
   * (nothing outside the page reaches that emulator) and against the real cloud.
   */
  endpoint: string | undefined
}

const HealthSchema = z.looseObject({
  region: z.string().optional(),
  runtimeMode: z.enum(['browser', 'node']).optional(),
  endpoint: z
    .url({ protocol: /^https?$/ })
    .optional()
    .catch(undefined),
})

export async function getEmulatorInfo(signal?: AbortSignal): Promise<EmulatorInfo> {
  try {
    const health = await apiJson(apiPaths.emulator('health'), HealthSchema, { signal })
    return {
      available: true,
      region: health.region,
      runtimeMode: health.runtimeMode,
      endpoint: health.endpoint?.replace(/\/+$/, ''),
    }
  } catch (error) {
    if (isApiError(error) && error.status === 404)
      return { available: false, region: undefined, runtimeMode: undefined, endpoint: undefined }
    throw error
  }
}

/** Its own query key (the emulator area's `['emulator', 'health']` caches another shape). */
export const emulatorInfoQueryKey = ['emulator', 'info'] as const
