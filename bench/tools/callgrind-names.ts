/**
 * A profiling aid, not a bench case: names the JIT-compiled JavaScript in a callgrind profile, and prints
 * instructions per call by function (decision 016). Callgrind counts instructions exactly, which the
 * shared machines' timings cannot, but it only knows JavaScript functions by address; V8 writes their
 * names to `/tmp/perf-<pid>.map` when node runs with `--perf-basic-prof`.
 *
 *   valgrind --tool=callgrind --instr-atstart=no --separate-threads=yes \
 *     node --perf-basic-prof <bundle of ./data-plane-server.ts>          # see its header
 *   … warm up, `callgrind_control -i on <pid>`, N calls, `-i off`, `-d` …
 *   callgrind_annotate --inclusive=no --threshold=100 callgrind.out.<pid>.1-01 > self.txt   # thread 1: main
 *   npx tsx bench/tools/callgrind-names.ts /tmp/perf-<pid>.map self.txt <N>
 *
 * With `--inclusive=yes` the same gives inclusive costs (TurboFan inlines small functions into their
 * callers, so those show under the caller). Copy the map before the process ends: V8 removes nothing, but
 * the next run with the same pid would overwrite it.
 */
import { readFileSync } from 'node:fs'

const [mapFile, annotated, calls = '1'] = process.argv.slice(2)
if (!mapFile || !annotated)
  throw new Error('usage: callgrind-names.ts <perf-<pid>.map> <callgrind_annotate output> [calls]')

/** [start, size, name], by start */
const entries = readFileSync(mapFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line): [number, number, string] => {
    const [start = '', size = '', ...name] = line.split(' ')
    return [Number.parseInt(start, 16), Number.parseInt(size, 16), name.join(' ')]
  })
  .sort((a, b) => a[0] - b[0])

function nameAt(address: number): string | undefined {
  let low = 0
  let high = entries.length - 1
  let found: [number, number, string] | undefined
  while (low <= high) {
    const middle = (low + high) >> 1
    const entry = entries[middle]!
    if (entry[0] <= address) {
      found = entry
      low = middle + 1
    } else high = middle - 1
  }
  return found && address < found[0] + found[1] ? found[2] : undefined
}

const costs = new Map<string, number>()
for (const line of readFileSync(annotated, 'utf8').split('\n')) {
  // `  1,234,567 (12.34%)  file:function [object]`, or without the percentage
  const match = /^\s*([\d,]+)\s+(?:\([^)]*\)\s+)?(\S+?):(.*)$/.exec(line)
  if (!match) continue
  const instructions = Number(match[1]!.replaceAll(',', ''))
  let name = match[3]!
  const address = /^0x([0-9a-f]+)/.exec(name)
  if (address) name = `JS ${nameAt(Number.parseInt(address[1]!, 16)) ?? '(unnamed JIT code)'}`
  name = name.replace(/\s*\[.*$/, '')
  costs.set(name, (costs.get(name) ?? 0) + instructions)
}
for (const [name, instructions] of [...costs].sort((a, b) => b[1] - a[1]).slice(0, 80))
  console.log(`${String(Math.round(instructions / Number(calls))).padStart(9)}  ${name.slice(0, 140)}`)
