/**
 * Debug traces of data-plane calls, for the console's Debug API panel (what the function received and
 * returned never goes into the caller's answer). Emulator-only and in memory: the last
 * TRACES_PER_API per API (and per group for calls no API answered), never persisted, gone on restart.
 *
 *   GET /__emulator/gateway-traces?requestId=<X-Ca-Request-Id>  → one GatewayTrace (404 if unknown)
 *   GET /__emulator/gateway-traces?apiId=<ApiId>                → {traces: GatewayTrace[]}, newest first
 *   GET /__emulator/gateway-traces                              → {traces: […]} of every API, newest first
 */
import type { GatewayTrace, TraceBody } from '../../../cloud-api/cloudapi'
import type { Operation } from '../../context'
import { FcError } from '../../http/errors'
import { jsonResponse } from '../../http/response'
import type { Store } from '../../store/store'

export const TRACES_PER_API = 20
/** Bodies in traces are cut here so a few large calls cannot hold on to megabytes. */
export const TRACE_BODY_MAX_BYTES = 64 * 1024

interface TraceBuffer {
  byRequestId: Map<string, GatewayTrace>
  /** by ApiId, or `group:<GroupId>` for calls no API answered; oldest first */
  byKey: Map<string, GatewayTrace[]>
}

// One buffer per emulator, keyed by its store so nothing in the emulator's wiring has to change.
const buffers = new WeakMap<Store, TraceBuffer>()

function bufferOf(store: Store): TraceBuffer {
  let buffer = buffers.get(store)
  if (!buffer) {
    buffer = { byRequestId: new Map(), byKey: new Map() }
    buffers.set(store, buffer)
  }
  return buffer
}

/** Stateless when not streaming, so one serves every call. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** UTF-8 text when the bytes are valid UTF-8, base64 otherwise; cut at TRACE_BODY_MAX_BYTES. */
export function traceBody(bytes: Uint8Array): TraceBody {
  const cut = bytes.subarray(0, TRACE_BODY_MAX_BYTES)
  try {
    return { text: strictUtf8.decode(cut), encoding: 'utf8' }
  } catch {
    let binary = ''
    for (const byte of cut) binary += String.fromCharCode(byte)
    return { text: btoa(binary), encoding: 'base64' }
  }
}

/**
 * The same, decoded only if the trace is ever read: traces are served as JSON (`gatewayTraces`), and most
 * are dropped unread, so a call should not pay for decoding its bodies (the bytes are the call's own and
 * never change afterwards). Typed as the `TraceBody` it serialises to; read it through JSON only.
 */
export function lazyTraceBody(bytes: Uint8Array): TraceBody {
  return new LazyTraceBody(bytes) as unknown as TraceBody
}

class LazyTraceBody {
  constructor(private readonly bytes: Uint8Array) {}
  toJSON(): TraceBody {
    return traceBody(this.bytes)
  }
}

export function recordTrace(store: Store, trace: GatewayTrace): void {
  const buffer = bufferOf(store)
  const key = trace.apiId ?? `group:${trace.groupId}`
  const list = buffer.byKey.get(key) ?? []
  list.push(trace)
  while (list.length > TRACES_PER_API) {
    const dropped = list.shift()
    if (dropped) buffer.byRequestId.delete(dropped.requestId)
  }
  buffer.byKey.set(key, list)
  buffer.byRequestId.set(trace.requestId, trace)
}

export const gatewayTraces: Operation = async (ctx) => {
  const buffer = bufferOf(ctx.store)
  const requestId = ctx.url.searchParams.get('requestId')
  if (requestId !== null) {
    const trace = buffer.byRequestId.get(requestId)
    if (!trace) {
      throw new FcError(
        'TraceNotFound',
        404,
        `no gateway trace for request '${requestId}' (only the last ${TRACES_PER_API} calls per API are kept, in memory)`,
      )
    }
    return jsonResponse(trace, { requestId: ctx.requestId })
  }
  const apiId = ctx.url.searchParams.get('apiId')
  const lists = apiId !== null ? [buffer.byKey.get(apiId) ?? []] : [...buffer.byKey.values()]
  // Reversed first so that, within one millisecond, the later call still comes first (the sort is stable).
  const traces = lists
    .flat()
    .reverse()
    .sort((a, b) => (a.time === b.time ? 0 : a.time < b.time ? 1 : -1))
  return jsonResponse({ traces }, { requestId: ctx.requestId })
}
