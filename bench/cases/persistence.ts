/**
 * Committing state. Every successful write commits a full snapshot through the persistence port
 * (docs/decisions/005-persistence.md); the local cloud's port writes a temp file, fsyncs it, renames it
 * over state.json and fsyncs the directory.
 *
 * - `persistence.file-vs-memory`: CreateFunction with the file persistence vs the memory persistence,
 *   both holding 10 functions: what durability costs per commit.
 * - `persistence.commit-1000-vs-10`: CreateFunction (file persistence) with 1000 functions vs 10. A full
 *   snapshot grows with the state, so this is expected to grow, but far less than the state does.
 * - `persistence.state-bytes`: bytes state.json grows by per added function, against the JSON of one
 *   function record. Code is stored once per checksum, so a function sharing code adds about its record.
 */
import { stat } from 'node:fs/promises'
import { filePersistence } from '../../server/local-cloud/file-persistence.ts'
import { createEmulator, type Emulator } from '../../src/cloud-emulator/index.ts'
import { memoryPersistence, type PersistencePort } from '../../src/cloud-emulator/store/persistence.ts'
import type { FunctionRecord } from '../../src/cloud-emulator/store/state.ts'
import {
  type Cleanup,
  createFunction,
  createInput,
  expectCall,
  FC3,
  idleRuntime,
  seed,
  stateWith,
  TRIVIAL_HANDLER,
  withCleanup,
  zipBase64,
} from '../fixtures.ts'
import { type BenchCase, compare, formatBytes, ratioCheck, timing } from '../harness.ts'

const SMALL = 10
const LARGE = 1000

/** A handler with a few KB of incompressible text, so a code blob is clearly bigger than a record. */
function paddedSource(): string {
  let hex = ''
  let x = 0x2545f491
  for (let i = 0; i < 512; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    hex += (x >>> 0).toString(16).padStart(8, '0')
  }
  return `${TRIVIAL_HANDLER}// ${hex}\n`
}

async function emulatorWith(
  cleanup: Cleanup,
  persistence: PersistencePort,
  count: number,
): Promise<{ emulator: Emulator; template: FunctionRecord }> {
  const emulator = createEmulator({ persistence, runtime: idleRuntime })
  cleanup.add(() => emulator.close())
  await emulator.ready
  const template = await createFunction(emulator, 'template', paddedSource())
  await seed(emulator, stateWith(template, zipBase64({ 'index.js': paddedSource() }), count))
  return { emulator, template }
}

/** A task that creates a new function (with the shared code) on every call. */
function creator(emulator: Emulator, prefix: string) {
  const body = (name: string) => JSON.stringify(createInput(name, paddedSource()))
  let n = 0
  return async () => {
    n += 1
    await expectCall(emulator, 'POST', `${FC3}/functions`, { body: body(`${prefix}-${n}`) })
  }
}

export const persistenceCase: BenchCase = {
  name: 'persistence',
  description: 'CreateFunction commits: file vs memory persistence, 1000 vs 10 functions, state size',
  run: () =>
    withCleanup(async (cleanup) => {
      const onFile = async (label: string, count: number) =>
        emulatorWith(cleanup, filePersistence({ dir: await cleanup.tempDir(label) }), count)
      // Each comparison gets its own emulators: every sample adds a function, and the sizes must stay put.
      const onFileSmall = await onFile('file-small', SMALL)
      const inMemory = await emulatorWith(cleanup, memoryPersistence(), SMALL)
      const onFileSmall2 = await onFile('file-small-2', SMALL)
      const onFileLarge = await onFile('file-large', LARGE)
      const inMemorySmall = await emulatorWith(cleanup, memoryPersistence(), SMALL)
      const inMemoryLarge = await emulatorWith(cleanup, memoryPersistence(), LARGE)

      const options = { warmup: 5, iterations: 40, rounds: 4 }
      const durability = await compare(
        creator(onFileSmall.emulator, 'file'),
        creator(inMemory.emulator, 'memory'),
        options,
      )
      const scaling = await compare(
        creator(onFileLarge.emulator, 'large'),
        creator(onFileSmall2.emulator, 'small'),
        options,
      )
      const core = await compare(
        creator(inMemoryLarge.emulator, 'large'),
        creator(inMemorySmall.emulator, 'small'),
        options,
      )

      // State size: a fresh pair of snapshots, 10 and 1000 functions sharing one code package.
      const sizes = async (count: number) => {
        const persistence = filePersistence({ dir: await cleanup.tempDir(`size-${count}`) })
        const { emulator } = await emulatorWith(cleanup, persistence, count)
        await emulator.close()
        return (await stat(persistence.path)).size
      }
      const smallBytes = await sizes(SMALL)
      const largeBytes = await sizes(LARGE)
      const perFunction = (largeBytes - smallBytes) / (LARGE - SMALL)
      const recordBytes = Buffer.byteLength(JSON.stringify(onFileSmall.template))
      const codeBytes = Buffer.byteLength(zipBase64({ 'index.js': paddedSource() }))

      return [
        ratioCheck(
          'persistence.file-vs-memory',
          timing(`CreateFunction, file persistence, ${SMALL} functions`, durability.subject),
          timing(`CreateFunction, memory persistence, ${SMALL} functions`, durability.reference),
          { max: 15 },
          'two fsyncs (file, directory) and a rename per commit',
        ),
        ratioCheck(
          'persistence.commit-1000-vs-10',
          timing(`CreateFunction, file persistence, ${LARGE} functions`, scaling.subject),
          timing(`CreateFunction, file persistence, ${SMALL} functions`, scaling.reference),
          { max: 12 },
          `every commit writes the whole snapshot; ${LARGE / SMALL}× the functions`,
        ),
        ratioCheck(
          'persistence.core-commit-1000-vs-10',
          timing(`CreateFunction, memory persistence, ${LARGE} functions`, core.subject),
          timing(`CreateFunction, memory persistence, ${SMALL} functions`, core.reference),
          { max: 15 },
          'the core alone: the transaction copies the records, the port clones the snapshot',
        ),
        ratioCheck(
          'persistence.state-bytes',
          {
            label: 'state.json growth per added function',
            value: perFunction,
            unit: 'bytes',
            detail: `${formatBytes(smallBytes)} → ${formatBytes(largeBytes)}`,
          },
          {
            label: 'JSON of one function record',
            value: recordBytes,
            unit: 'bytes',
            detail: `its code package is ${formatBytes(codeBytes)} of base64`,
          },
          { max: 1.5 },
          'code is stored once per checksum; ~1× means a function adds just its record',
        ),
      ]
    }),
}
