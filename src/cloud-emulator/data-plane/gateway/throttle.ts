/**
 * Traffic control on the data plane (reference §1.2 CreateTrafficControl; the provider guide's
 * "Throttling": "API traffic limit — the call times within a unit time for the API bound by the policy
 * must not exceed the set value; App traffic limit — … called by each app; User traffic limit — … by
 * each Alibaba Cloud account"). Special policies replace the app's or account's default.
 *
 * Counting: fixed windows of the policy's unit aligned to the epoch (UTC), read from the injected
 * clock. A call is counted only once it passes every limit, so a throttled call uses up nothing; it is
 * checked API → USER → APP and the first exceeded limit answers 429 with the classic message
 * `Throttled by API|USER|APP Flow Control` (VPC codes T429…, reference §5; pairing guessed). Every app
 * here belongs to the emulator's one account, the "user" of USER limits; anonymous calls have neither.
 *
 * Memory is bounded: counters of past windows are dropped as new ones open, and at most MAX_COUNTERS
 * are kept (oldest first out), so many apps or policies cannot grow it without limit.
 */
import {
  type GatewayErrorKind,
  type GatewayTraceThrottling,
  type StageName,
  TRAFFIC_UNIT_MS,
} from '../../../cloud-api/cloudapi'
import type { OpContext } from '../../context'
import { boundTo } from '../../control-plane/cloudapi/policy-bindings'
import type { Store } from '../../store/store'
import type { Caller } from './auth'
import type { Route } from './match'
import { GatewayError } from './respond'

export const MAX_COUNTERS = 10_000

interface Counter {
  windowStart: number
  count: number
}

const counters = new WeakMap<Store, Map<string, Counter>>()
function countersOf(store: Store): Map<string, Counter> {
  let map = counters.get(store)
  if (!map) {
    map = new Map()
    counters.set(store, map)
  }
  return map
}

const KIND: Record<'API' | 'USER' | 'APP', GatewayErrorKind> = {
  API: 'throttledApi',
  USER: 'throttledUser',
  APP: 'throttledApp',
}

/** Compares the call with the bound policy's limits; counts it when it passes (`result: 'passed'`). */
export function checkThrottling(
  ctx: OpContext,
  route: Route,
  stage: StageName,
  caller: Caller,
): GatewayTraceThrottling | null {
  const policy = boundTo(ctx.store.read().cloudapi.trafficControls, route.api.ApiId, stage)
  if (!policy) return null
  const now = ctx.clock.now()
  const windowMs = TRAFFIC_UNIT_MS[policy.TrafficControlUnit]
  const windowStart = Math.floor(now / windowMs) * windowMs
  const special = (type: 'APP' | 'USER', key: string) =>
    policy.Specials.find((s) => s.SpecialType === type && s.SpecialKey === key)?.TrafficValue

  const limits: { dimension: 'API' | 'USER' | 'APP'; key: string; limit: number }[] = [
    { dimension: 'API', key: `${route.api.ApiId}:${stage}`, limit: policy.ApiDefault },
  ]
  if (caller.app) {
    const user = special('USER', ctx.accountId) ?? policy.UserDefault
    if (user !== null) limits.push({ dimension: 'USER', key: ctx.accountId, limit: user })
    const app = special('APP', String(caller.app.AppId)) ?? policy.AppDefault
    if (app !== null) limits.push({ dimension: 'APP', key: String(caller.app.AppId), limit: app })
  }

  const map = countersOf(ctx.store)
  const counterKey = (dimension: string, key: string) => `${policy.TrafficControlId}|${dimension}|${key}`
  const used = (dimension: string, key: string) => {
    const counter = map.get(counterKey(dimension, key))
    return counter && counter.windowStart === windowStart ? counter.count : 0
  }
  const trace: GatewayTraceThrottling = {
    trafficControlId: policy.TrafficControlId,
    trafficControlName: policy.TrafficControlName,
    unit: policy.TrafficControlUnit,
    checks: limits.map((l) => ({ ...l, used: used(l.dimension, l.key) })),
    result: 'passed',
  }
  const exceeded = trace.checks.find((check) => check.used >= check.limit)
  if (exceeded) {
    trace.result = 'throttled'
    return trace
  }
  for (const check of trace.checks) {
    const key = counterKey(check.dimension, check.key)
    map.delete(key) // re-inserted last: the map stays in last-use order for eviction
    map.set(key, { windowStart, count: check.used + 1 })
    check.used += 1
  }
  prune(map, now)
  return trace
}

/** The refusal of a `throttled` verdict: the first limit reached, in the order API → USER → APP. */
export function throttled(trace: GatewayTraceThrottling): GatewayError {
  const exceeded = trace.checks.find((check) => check.used >= check.limit) ?? trace.checks[0]!
  return new GatewayError(KIND[exceeded.dimension], `Throttled by ${exceeded.dimension} Flow Control`)
}

/** Drops counters whose window has passed (any unit: a day at most), then the oldest past the cap. */
function prune(map: Map<string, Counter>, now: number): void {
  if (map.size <= MAX_COUNTERS / 2) return
  for (const [key, counter] of map) if (now - counter.windowStart >= TRAFFIC_UNIT_MS.DAY) map.delete(key)
  while (map.size > MAX_COUNTERS) map.delete(map.keys().next().value as string)
}
