import { queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod'
import { apiJson } from '@/lib/api-client'
import { isApiError } from '@/lib/api-error'
import { apiPaths } from '@/lib/api-paths'

/**
 * Which cloud the console is talking to. `GET /api/emulator/health` is answered only by an
 * emulator (the browser one through MSW, or the local cloud behind the proxy); against the real
 * cloud the proxy answers 404, which means "Alibaba Cloud".
 */
const HealthSchema = z.object({
  ok: z.boolean().optional(),
  emulator: z.string().optional(),
  runtimeMode: z.enum(['browser', 'node']),
  accountId: z.string().optional(),
  region: z.string().optional(),
})

export type ConsoleMode =
  | { kind: 'browser' | 'node'; region: string | undefined; accountId: string | undefined }
  | { kind: 'cloud'; region: undefined; accountId: undefined }

async function getConsoleMode(): Promise<ConsoleMode> {
  try {
    const health = await apiJson(apiPaths.emulator('health'), HealthSchema)
    return { kind: health.runtimeMode, region: health.region, accountId: health.accountId }
  } catch (error) {
    if (isApiError(error) && error.status === 404)
      return { kind: 'cloud', region: undefined, accountId: undefined }
    throw error
  }
}

export const consoleModeQueryOptions = () =>
  queryOptions({
    queryKey: ['emulator', 'health'] as const,
    queryFn: getConsoleMode,
    // The mode cannot change while the page is open.
    staleTime: Number.POSITIVE_INFINITY,
  })

export function useConsoleMode() {
  return useQuery(consoleModeQueryOptions())
}
