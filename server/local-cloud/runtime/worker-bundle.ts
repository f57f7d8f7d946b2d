/**
 * The worker thread's entry, pre-built once per process.
 *
 * `worker-entry.mjs` registers tsx and transpiles the bootstrap inside every new thread: ~250 ms of each cold
 * start was the emulator's own start-up, not the function's (docs/benchmarks.md finding 2), and
 * `x-fc-init-duration` would show it to users as their init time. esbuild (already present for tsx and
 * Vite) bundles `worker.ts` and the pure bootstrap into one plain ES module in the OS temp dir at the first
 * cold start; threads then load it directly (~30 ms). If bundling fails for any reason the tsx entry still
 * works, only slower.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { buildSync } from 'esbuild'

const SOURCE = new URL('./worker.ts', import.meta.url)
export const TSX_ENTRY = new URL('./worker-entry.mjs', import.meta.url)

let built: URL | undefined

export function workerEntry(): URL {
  if (built) return built
  try {
    const result = buildSync({
      entryPoints: [fileURLToPath(SOURCE)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      logLevel: 'silent',
      legalComments: 'none',
    })
    const code = result.outputFiles[0]?.text
    if (!code) return TSX_ENTRY
    const dir = mkdtempSync(join(tmpdir(), 'apigw-fc-runtime-'))
    const file = join(dir, 'worker.mjs')
    writeFileSync(file, code)
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
    built = pathToFileURL(file)
    return built
  } catch {
    return TSX_ENTRY
  }
}
