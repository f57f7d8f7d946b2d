/**
 * A small benchmark harness. Budgets are ratios against a reference measured in the same run (the
 * project's rule: never absolute timings, which these shared 2-core machines make flaky).
 *
 * - `measure` runs a case N times after a warm-up and reports median / p95 / min and the heap delta.
 * - `compare` measures a subject and its reference in alternating blocks, so a burst of load from a
 *   neighbour lands on both sides instead of skewing one of them.
 * - A case returns `Check`s (a ratio and its budget); `printTable` shows them and `run.ts` exits 1
 *   when one is over budget.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

// `npm run bench` is `tsx bench/run.ts`, which cannot pass --expose-gc; switching the flag on at run time
// and taking `gc` from a fresh context is the documented V8 way to get it anyway. Worker threads created
// afterwards see `globalThis.gc` too (the memory case uses that inside a function instance).
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void

/** A full, synchronous garbage collection, run twice so that weak references and finalizers settle. */
export function fullGc(): void {
  collect()
  collect()
}

/**
 * Bytes of live JS memory after a full GC: the V8 heap plus ArrayBuffer backing stores (where the bytes of
 * Uint8Arrays, Buffers and response bodies live; `heapUsed` alone does not count them).
 */
export async function liveHeapBytes(): Promise<number> {
  fullGc()
  // FinalizationRegistry callbacks (undici registers Requests' abort signals) run as tasks after a GC.
  await new Promise((resolve) => setImmediate(resolve))
  fullGc()
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}

export interface Stats {
  /** Number of timed samples. */
  samples: number
  medianMs: number
  p95Ms: number
  minMs: number
  /** `liveHeapBytes()` after the runs minus before them (both after a full GC), summed over blocks. */
  heapDeltaBytes: number
}

export interface MeasureOptions {
  /** Untimed runs first (JIT, caches, warm instances). Default 20. */
  warmup?: number
  /** Timed samples. Default 100. */
  iterations?: number
  /**
   * Calls per sample; the sample is their mean. For operations of a few microseconds, where one
   * `performance.now()` pair would be mostly timer noise. Default 1.
   */
  batch?: number
  /** Called before every sample, untimed (e.g. evict a warm instance before a cold start). */
  before?: () => Promise<unknown> | unknown
}

export type Task = () => Promise<unknown> | unknown

export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[index]!
}

function summarize(samples: number[], heapDeltaBytes: number): Stats {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    samples: sorted.length,
    medianMs: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
    minMs: sorted[0] ?? Number.NaN,
    heapDeltaBytes,
  }
}

/** Times `iterations` samples of `task` (no warm-up); returns the samples and the heap delta of the block. */
async function block(
  task: Task,
  iterations: number,
  batch: number,
  before?: MeasureOptions['before'],
): Promise<{ samples: number[]; heapDeltaBytes: number }> {
  const samples: number[] = []
  const heapBefore = await liveHeapBytes()
  for (let i = 0; i < iterations; i++) {
    if (before) await before()
    const started = performance.now()
    for (let j = 0; j < batch; j++) await task()
    samples.push((performance.now() - started) / batch)
  }
  return { samples, heapDeltaBytes: (await liveHeapBytes()) - heapBefore }
}

async function warm(task: Task, count: number, before?: MeasureOptions['before']): Promise<void> {
  for (let i = 0; i < count; i++) {
    if (before) await before()
    await task()
  }
}

/** Runs `task` `warmup` times untimed, then `iterations` timed samples. */
export async function measure(task: Task, options: MeasureOptions = {}): Promise<Stats> {
  const { warmup = 20, iterations = 100, batch = 1, before } = options
  await warm(task, warmup, before)
  const result = await block(task, iterations, batch, before)
  return summarize(result.samples, result.heapDeltaBytes)
}

export interface Side {
  run: Task
  /** Untimed preparation before each sample of this side. */
  before?: MeasureOptions['before']
  /** Overrides `CompareOptions.batch` for this side. */
  batch?: number
}

export interface CompareOptions {
  warmup?: number
  /** Timed samples per side, in total. Default 100. */
  iterations?: number
  /** Alternating blocks per side (subject, reference, subject, ...). Default 5. */
  rounds?: number
  batch?: number
}

/**
 * Measures `subject` and `reference` in `rounds` alternating blocks and returns both summaries. The
 * ratio of their medians is then robust to slow phases of a shared machine.
 */
export async function compare(
  subject: Task | Side,
  reference: Task | Side,
  options: CompareOptions = {},
): Promise<{ subject: Stats; reference: Stats }> {
  const { warmup = 20, iterations = 100, rounds = 5, batch = 1 } = options
  const a: Side = typeof subject === 'function' ? { run: subject } : subject
  const b: Side = typeof reference === 'function' ? { run: reference } : reference
  await warm(a.run, warmup, a.before)
  await warm(b.run, warmup, b.before)
  const perRound = Math.max(1, Math.round(iterations / rounds))
  const samples = { a: [] as number[], b: [] as number[] }
  const heap = { a: 0, b: 0 }
  for (let round = 0; round < rounds; round++) {
    // Alternate who goes first, so neither side always runs right after a GC.
    const order = round % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const)
    for (const key of order) {
      const side = key === 'a' ? a : b
      const result = await block(side.run, perRound, side.batch ?? batch, side.before)
      samples[key].push(...result.samples)
      heap[key] += result.heapDeltaBytes
    }
  }
  return { subject: summarize(samples.a, heap.a), reference: summarize(samples.b, heap.b) }
}

/** A budget on a ratio: `max` for "at most N×", `min` for "at least N×". */
export type Budget = { max: number } | { min: number }

export type Unit = 'ms' | 'bytes' | 'x'

export interface Measured {
  label: string
  /** The number the ratio is computed from (a median for timings). */
  value: number
  unit: Unit
  /** Extra figures for the table, e.g. `p95 1.2 ms`. */
  detail?: string
}

export interface Check {
  /** Short id, e.g. `invoke.http-layer`. */
  name: string
  subject: Measured
  reference: Measured
  /** subject.value / reference.value, unless the case defines it otherwise (then it says so in `note`). */
  ratio: number
  budget: Budget
  note?: string
}

export function timing(label: string, stats: Stats): Measured {
  return {
    label,
    value: stats.medianMs,
    unit: 'ms',
    detail: `p95 ${formatMs(stats.p95Ms)}, n=${stats.samples}, heap Δ ${formatBytes(stats.heapDeltaBytes)}`,
  }
}

export function ratioCheck(
  name: string,
  subject: Measured,
  reference: Measured,
  budget: Budget,
  note?: string,
): Check {
  return {
    name,
    subject,
    reference,
    ratio: subject.value / reference.value,
    budget,
    ...(note ? { note } : {}),
  }
}

export function withinBudget(check: Check): boolean {
  if (!Number.isFinite(check.ratio)) return false
  return 'max' in check.budget ? check.ratio <= check.budget.max : check.ratio >= check.budget.min
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms)
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`
  if (ms < 100) return `${ms.toFixed(2)} ms`
  return `${ms.toFixed(0)} ms`
}

export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : ''
  const abs = Math.abs(bytes)
  if (abs < 1024) return `${sign}${abs.toFixed(0)} B`
  if (abs < 1024 * 1024) return `${sign}${(abs / 1024).toFixed(1)} KB`
  return `${sign}${(abs / 1024 / 1024).toFixed(2)} MB`
}

function formatValue(measured: Measured): string {
  const value =
    measured.unit === 'ms'
      ? formatMs(measured.value)
      : measured.unit === 'bytes'
        ? formatBytes(measured.value)
        : `${measured.value.toFixed(3)}×`
  return `${measured.label}: ${value}${measured.detail ? ` (${measured.detail})` : ''}`
}

export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return String(ratio)
  if (ratio >= 100) return `${ratio.toFixed(0)}×`
  if (ratio >= 10) return `${ratio.toFixed(1)}×`
  return `${ratio.toFixed(3)}×`
}

function formatBudget(budget: Budget): string {
  return 'max' in budget ? `≤ ${budget.max}×` : `≥ ${budget.min}×`
}

/** A plain-text table: one row per check, the subject and reference on their own lines. */
export function formatTable(checks: Check[]): string {
  const rows = checks.map((check) => ({
    name: check.name,
    ratio: formatRatio(check.ratio),
    budget: formatBudget(check.budget),
    result: withinBudget(check) ? 'ok' : 'OVER BUDGET',
    subject: formatValue(check.subject),
    reference: formatValue(check.reference),
    note: check.note,
  }))
  const header = { name: 'check', ratio: 'ratio', budget: 'budget', result: 'result' }
  const width = {
    name: Math.max(header.name.length, ...rows.map((r) => r.name.length)),
    ratio: Math.max(header.ratio.length, ...rows.map((r) => r.ratio.length)),
    budget: Math.max(header.budget.length, ...rows.map((r) => r.budget.length)),
    result: Math.max(header.result.length, ...rows.map((r) => r.result.length)),
  }
  const line = (r: typeof header) =>
    `${r.name.padEnd(width.name)}  ${r.ratio.padStart(width.ratio)}  ${r.budget.padEnd(width.budget)}  ${r.result}`
  const indent = ' '.repeat(4)
  const out = [line(header), '-'.repeat(line(header).length + 4)]
  for (const row of rows) {
    out.push(line(row))
    out.push(`${indent}subject    ${row.subject}`)
    out.push(`${indent}reference  ${row.reference}`)
    if (row.note) out.push(`${indent}note       ${row.note}`)
  }
  return out.join('\n')
}

export interface BenchCase {
  /** Prefix of its checks' names; `npm run bench -- <name>` runs only the cases whose name contains it. */
  name: string
  description: string
  run(): Promise<Check[]>
}
