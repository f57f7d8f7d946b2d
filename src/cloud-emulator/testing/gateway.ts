/**
 * Data-plane test helpers: an emulator (fake runtime) with the function `hello` published behind an
 * API through the real CloudAPI actions, and readers for the gateway's answers.
 */
import { cloudApiClient, gatewayCall } from './cloudapi'
import { outcome, type Responder } from './fake-runtime'
import { setup } from './harness'

export const utf8 = (text: string) => new TextEncoder().encode(text)
export const UUID_UPPER = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/

/** A function answer: the envelope (or any value) as JSON bytes. */
export const answers =
  (value: unknown): Responder =>
  (request) =>
    outcome(request, { body: utf8(typeof value === 'string' ? value : JSON.stringify(value)) })

export const OK_ENVELOPE = {
  isBase64Encoded: false,
  statusCode: 200,
  headers: { 'x-custom-header': 'v' },
  body: 'hi',
}

/** `hello` behind `GET /hello` (override with `api`), deployed to `stages` (default RELEASE). */
export async function gateway(
  options: { responder?: Responder; api?: Record<string, unknown>; stages?: string[] } = {},
) {
  const t = setup({ responder: options.responder ?? answers(OK_ENVELOPE) })
  await t.createFunction()
  const api = cloudApiClient(t.emulator)
  const flow = await api.publishHello(options.api, options.stages)
  const call = (path: string, init?: RequestInit) => gatewayCall(t.emulator, flow.host, path, init)
  /** the event the i-th invocation received */
  const event = (i = 0) =>
    JSON.parse(new TextDecoder().decode(t.fake.calls.invoke[i]?.event)) as Record<string, unknown>
  return { ...t, api, ...flow, call, event }
}

/** The gateway's error headers (reference §5). */
export function errorOf(response: Response) {
  return {
    status: response.status,
    code: response.headers.get('x-ca-error-code'),
    message: response.headers.get('x-ca-error-message'),
    requestId: response.headers.get('x-ca-request-id'),
  }
}
