import { z } from 'zod'
import { apiJson } from '../api-client'
import { isApiError } from '../api-error'
import { apiPaths } from '../api-paths'

/**
 * Whether an emulator answers behind `/api` (browser-only or local cloud) — what decides if the
 * console may use emulator-only settings such as an API's event format (decision 011). Only an
 * emulator answers `/api/emulator/health`; in front of the real cloud the proxy answers 404.
 */
export interface EmulatorInfo {
  available: boolean
  region: string | undefined
}

const HealthSchema = z.looseObject({ region: z.string().optional() })

export async function getEmulatorInfo(signal?: AbortSignal): Promise<EmulatorInfo> {
  try {
    const health = await apiJson(apiPaths.emulator('health'), HealthSchema, { signal })
    return { available: true, region: health.region }
  } catch (error) {
    if (isApiError(error) && error.status === 404) return { available: false, region: undefined }
    throw error
  }
}

/** Its own query key (the emulator area's `['emulator', 'health']` caches another shape). */
export const emulatorInfoQueryKey = ['emulator', 'info'] as const
