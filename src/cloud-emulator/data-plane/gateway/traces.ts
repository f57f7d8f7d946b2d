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

/**
 * The last TRACES_PER_API traces of one key, in a fixed ring: a new trace takes the oldest one's slot. No
 * index by request id and no shifting list: a `Map` that deletes as fast as it adds rehashes into new
 * tables, and a shifted array moves to new backing stores; each abandoned table or store, once in the old
 * generation, still points at the young traces it held, and the scavenger keeps those (and the whole call
 * each trace holds) until the next full GC. That promoted ~1.7 KB per data-plane call and tripled the
 * scavenge pauses (bench `data-plane`, decision 016).
 */
interface TraceRing {
  slots: GatewayTrace[]
  /** the slot the next trace takes: once the ring is full, the oldest trace's */
  next: number
}

/** Oldest first. */
function tracesOf(ring: TraceRing): GatewayTrace[] {
  const { slots, next } = ring
  return slots.length < TRACES_PER_API ? slots.slice() : [...slots.slice(next), ...slots.slice(0, next)]
}

interface TraceBuffer {
  /** by ApiId, or `group:<GroupId>` for calls no API answered */
  byKey: Map<string, TraceRing>
}

// One buffer per emulator, keyed by its store so nothing in the emulator's wiring has to change.
const buffers = new WeakMap<Store, TraceBuffer>()

function bufferOf(store: Store): TraceBuffer {
  let buffer = buffers.get(store)
  if (!buffer) {
    buffer = { byKey: new Map() }
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
  let ring = buffer.byKey.get(key)
  if (!ring) {
    ring = { slots: [], next: 0 }
    buffer.byKey.set(key, ring)
  }
  ring.slots[ring.next] = trace
  ring.next = (ring.next + 1) % TRACES_PER_API
}

/** A scan, not an index: traces are looked up by id only when someone opens one (see TraceRing). */
function traceById(buffer: TraceBuffer, requestId: string): GatewayTrace | undefined {
  for (const ring of buffer.byKey.values()) {
    const trace = ring.slots.find((t) => t.requestId === requestId)
    if (trace) return trace
  }
  return undefined
}

export const gatewayTraces: Operation = async (ctx) => {
  const buffer = bufferOf(ctx.store)
  const requestId = ctx.url.searchParams.get('requestId')
  if (requestId !== null) {
    const trace = traceById(buffer, requestId)
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
  const rings = apiId !== null ? [buffer.byKey.get(apiId)] : [...buffer.byKey.values()]
  const lists = rings.map((ring) => (ring ? tracesOf(ring) : []))
  // Reversed first so that, within one millisecond, the later call still comes first (the sort is stable).
  const traces = lists
    .flat()
    .reverse()
    .sort((a, b) => (a.time === b.time ? 0 : a.time < b.time ? 1 : -1))
  return jsonResponse({ traces }, { requestId: ctx.requestId })
}
