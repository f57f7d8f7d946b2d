import { useMutation } from '@tanstack/react-query'
import { INVOKE_HEADERS, type InvocationErrorType } from '@/cloud-api/fc3'
import { apiRequest } from '@/lib/api-client'
import { apiPaths } from '@/lib/api-paths'
import { decodeBase64Utf8 } from '@/lib/base64'

/**
 * InvokeFunction: `POST /2023-03-30/functions/{functionName}/invocations`, synchronous, with the
 * log tail (`x-fc-log-type: Tail`). A function error is still HTTP 200: it is reported by
 * `x-fc-error-type` (HandledInvocationError / UnhandledInvocationError) with the error JSON as body
 * (reference §3.3); only API errors (FunctionNotFound ...) reject.
 */
export interface InvokeResult {
  requestId: string | undefined
  errorType: InvocationErrorType | undefined
  /** The function's result (or error JSON) as text. */
  body: string
  /** Decoded `x-fc-log-result`. */
  log: string
  durationMs: number | undefined
  maxMemoryUsageMb: number | undefined
  /** Only on a cold start. */
  initDurationMs: number | undefined
  codeChecksum: string | undefined
  /** When the result was received (results of earlier runs are told apart by it). */
  receivedAt: Date
}

function numberHeader(headers: Headers, name: string): number | undefined {
  const value = headers.get(name)
  if (value === null || value.trim() === '') return undefined
  const n = Number(value)
  return Number.isFinite(n) ? n : undefined
}

export async function invokeFunction(name: string, event: string): Promise<InvokeResult> {
  const response = await apiRequest(apiPaths.fc3('functions', name, 'invocations'), {
    method: 'POST',
    body: new TextEncoder().encode(event),
    headers: {
      accept: '*/*',
      'content-type': 'application/octet-stream',
      [INVOKE_HEADERS.invocationType]: 'Sync',
      [INVOKE_HEADERS.logType]: 'Tail',
    },
  })
  const headers = response.headers
  const errorType = headers.get(INVOKE_HEADERS.errorType)
  const logResult = headers.get(INVOKE_HEADERS.logResult)
  const body = new TextDecoder().decode(await response.arrayBuffer())
  return {
    requestId: headers.get(INVOKE_HEADERS.requestId) ?? undefined,
    errorType: errorType ? (errorType as InvocationErrorType) : undefined,
    body,
    log: logResult ? (decodeBase64Utf8(logResult) ?? '(the log tail could not be decoded)') : '',
    durationMs: numberHeader(headers, INVOKE_HEADERS.duration),
    maxMemoryUsageMb: numberHeader(headers, INVOKE_HEADERS.maxMemoryUsage),
    initDurationMs: numberHeader(headers, INVOKE_HEADERS.initDuration),
    codeChecksum: headers.get(INVOKE_HEADERS.codeChecksum) ?? undefined,
    receivedAt: new Date(),
  }
}

export function useInvokeFunction(name: string) {
  return useMutation({ mutationFn: (event: string) => invokeFunction(name, event) })
}
