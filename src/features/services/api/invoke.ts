import { useMutation, useQuery } from '@tanstack/react-query'
import { z } from 'zod'
import { INVOKE_HEADERS } from '@/cloud-api/fc3'
import { apiFetch, apiJson, apiRequest } from '@/lib/api-client'
import { isApiError } from '@/lib/api-error'
import { apiPaths } from '@/lib/api-paths'
import { decodeBase64Utf8 } from '@/lib/base64'
import { fc2Path, serviceKeys } from './client'

/**
 * InvokeFunction (`POST /2016-08-15/services/{s}/functions/{f}/invocations`, Sync, `X-Fc-Log-Type: Tail`)
 * and calls through an HTTP trigger (`/2016-08-15/proxy/{s}/{f}/{path}`). A function error is still an
 * answer (X-Fc-Error-Type with the error JSON); only API errors reject.
 */
export interface RunResult {
  requestId: string | undefined
  errorType: string | undefined
  /** HTTP trigger calls: the status the function answered with */
  status: number | undefined
  body: string
  log: string
  durationMs: number | undefined
  maxMemoryUsageMb: number | undefined
  receivedAt: Date
}

function numberHeader(headers: Headers, name: string): number | undefined {
  const value = headers.get(name)
  const n = value === null || value.trim() === '' ? Number.NaN : Number(value)
  return Number.isFinite(n) ? n : undefined
}

async function readResult(response: Response, status?: number): Promise<RunResult> {
  const log = response.headers.get(INVOKE_HEADERS.logResult)
  return {
    requestId: response.headers.get(INVOKE_HEADERS.requestId) ?? undefined,
    errorType: response.headers.get(INVOKE_HEADERS.errorType) ?? undefined,
    status,
    body: new TextDecoder().decode(await response.arrayBuffer()),
    log: log ? (decodeBase64Utf8(log) ?? '(the log tail could not be decoded)') : '',
    durationMs: numberHeader(response.headers, INVOKE_HEADERS.duration),
    maxMemoryUsageMb: numberHeader(response.headers, INVOKE_HEADERS.maxMemoryUsage),
    receivedAt: new Date(),
  }
}

export function useInvoke(service: string, fn: string) {
  return useMutation({
    mutationFn: async (event: string) =>
      readResult(
        await apiRequest(fc2Path('services', service, 'functions', fn, 'invocations'), {
          method: 'POST',
          body: new TextEncoder().encode(event),
          headers: {
            accept: '*/*',
            'content-type': 'application/octet-stream',
            [INVOKE_HEADERS.invocationType]: 'Sync',
            [INVOKE_HEADERS.logType]: 'Tail',
          },
        }),
      ),
  })
}

export interface HttpCall {
  method: string
  /** path under the function, e.g. `/users?id=1` */
  path: string
  body: string
}

/** A request through the function's HTTP trigger; its status is the function's, whatever it is. */
export function useHttpCall(service: string, fn: string) {
  return useMutation({
    mutationFn: async (call: HttpCall) => {
      const path = call.path.startsWith('/') ? call.path : `/${call.path}`
      const url = `${fc2Path('proxy', service, fn)}${path}`
      const hasBody = call.method !== 'GET' && call.method !== 'HEAD'
      const response = await apiFetch(url, {
        method: call.method as 'GET',
        headers: { accept: '*/*', [INVOKE_HEADERS.logType]: 'Tail' },
        ...(hasBody ? { body: call.body } : {}),
      })
      return readResult(response, response.status)
    },
  })
}

/**
 * Whether the console runs on the in-page emulator (`npm run dev`), where Python cannot run. Only an
 * emulator answers `/api/emulator/health`; the real cloud's 404 means "not the browser".
 */
export function useBrowserMode() {
  return useQuery({
    queryKey: serviceKeys.mode(),
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => {
      try {
        const health = await apiJson(apiPaths.emulator('health'), z.object({ runtimeMode: z.string() }))
        return health.runtimeMode === 'browser'
      } catch (error) {
        if (isApiError(error) && error.status === 404) return false
        throw error
      }
    },
  })
}
