/**
 * `npm run bench [-- <filter>...]`: runs the benchmark cases (all, or those whose name contains a filter),
 * prints one table, and sets exit code 1 when a check is over budget or a case failed.
 *
 * The process is not ended with `process.exit`: every case shuts its runtimes and servers down, so the
 * process ending by itself is part of the check. A watchdog names what still holds it open if it does not.
 */
import { dataPlaneCase } from './cases/data-plane.ts'
import { httpCase } from './cases/http.ts'
import { invokeCase } from './cases/invoke.ts'
import { listingCase } from './cases/listing.ts'
import { memoryCase } from './cases/memory.ts'
import { persistenceCase } from './cases/persistence.ts'
import { proxyCase } from './cases/proxy.ts'
import { soakCase } from './cases/soak.ts'
import { type BenchCase, type Check, formatTable, withinBudget } from './harness.ts'

const CASES: BenchCase[] = [
  invokeCase,
  httpCase,
  listingCase,
  persistenceCase,
  memoryCase,
  dataPlaneCase,
  proxyCase,
  soakCase,
]

async function main(): Promise<void> {
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
  const selected = CASES.filter(
    (c) => filters.length === 0 || filters.some((filter) => c.name.includes(filter)),
  )
  if (selected.length === 0) {
    process.stderr.write(
      `no case matches ${filters.join(', ')}; cases: ${CASES.map((c) => c.name).join(', ')}\n`,
    )
    process.exitCode = 1
    return
  }

  const checks: Check[] = []
  const failures: string[] = []
  const started = performance.now()
  for (const benchCase of selected) {
    const caseStarted = performance.now()
    process.stdout.write(`${benchCase.name}: ${benchCase.description} … `)
    try {
      checks.push(...(await benchCase.run()))
      process.stdout.write(`${((performance.now() - caseStarted) / 1000).toFixed(1)} s\n`)
    } catch (error) {
      process.stdout.write('FAILED\n')
      failures.push(
        `${benchCase.name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      )
    }
  }

  process.stdout.write(`\n${formatTable(checks)}\n\n`)
  const over = checks.filter((check) => !withinBudget(check))
  for (const failure of failures) process.stdout.write(`case failed: ${failure}\n`)
  const total = ((performance.now() - started) / 1000).toFixed(1)
  process.stdout.write(
    `${checks.length - over.length} of ${checks.length} checks within budget, ${failures.length} case(s) failed, ${total} s (node ${process.version})\n`,
  )
  if (over.length > 0 || failures.length > 0) process.exitCode = 1

  // Cases clean up after themselves; if something still holds the process open, say what.
  setTimeout(() => {
    process.stderr.write(
      `bench: the process is still alive 10 s after the last case; open: ${process.getActiveResourcesInfo().join(', ')}\n`,
    )
  }, 10_000).unref()
}

await main()
