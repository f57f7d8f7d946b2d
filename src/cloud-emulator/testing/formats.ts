/**
 * Helpers for the event-format tests (issue 7): a published API in a given format, the event the
 * function received, and shape comparisons with the recorded and sample events.
 */
import type { EventFormat, GatewayTrace } from '../../cloud-api/cloudapi'
import type { Responder } from './fake-runtime'
import { gateway } from './gateway'

export const typeName = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value

/** `{key: type}` of an object's own fields, keys sorted. */
export function typesOf(value: unknown): Record<string, string> {
  const object = (value ?? {}) as Record<string, unknown>
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((key) => [key, typeName(object[key])]),
  )
}

export const keysOf = (value: unknown) => Object.keys((value ?? {}) as object).sort()

/**
 * `hello` behind an API in `format` (ANY `/*` by default, PASSTHROUGH, anonymous), deployed to
 * `stages`; `request` overrides RequestConfig, `api` anything else of CreateApi.
 */
export async function formatGateway(
  format: EventFormat,
  options: {
    responder?: Responder
    request?: Record<string, unknown>
    service?: Record<string, unknown>
    api?: Record<string, unknown>
    stages?: string[]
  } = {},
) {
  const t = await gateway({
    ...(options.responder && { responder: options.responder }),
    stages: options.stages,
    api: {
      RequestConfig: { RequestHttpMethod: 'ANY', RequestPath: '/*', ...options.request },
      ServiceConfig: { EmulatorEventFormat: format, ...options.service },
      ...options.api,
    },
  })
  /** the debug trace of an answer */
  const traceOf = async (response: Response) => {
    const requestId = response.headers.get('x-ca-request-id')
    const answer = await t.emulator.handle(
      new Request(`http://localhost/__emulator/gateway-traces?requestId=${requestId}`),
    )
    return (await answer.json()) as GatewayTrace
  }
  return { ...t, traceOf }
}

/** A function that returns `value` (as JSON, or as raw text when it is a string with `raw`). */
export const returning = (value: unknown, raw = false): Responder => {
  return (request) => ({
    status: 'success',
    body: new TextEncoder().encode(raw && typeof value === 'string' ? value : JSON.stringify(value)),
    logs: [],
    durationMs: 1,
    maxMemoryUsageMb: 1,
    instanceId: `i-${request.instanceKey}`,
  })
}
