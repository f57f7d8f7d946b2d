/**
 * Control-plane reads as the state grows: the same request against an emulator holding 1000 functions and
 * one holding 10 (memory persistence, a runtime that never runs anything).
 *
 * - `listing.list-1000-vs-10`: ListFunctions `?limit=20` (the console's first page). A page must not cost
 *   in proportion to the whole table: 100× more functions may cost at most 6× more.
 * - `listing.get-1000-vs-10`: GetFunction of one function: a keyed lookup, about constant.
 */
import { createEmulator, type Emulator } from '../../src/cloud-emulator/index.ts'
import { memoryPersistence } from '../../src/cloud-emulator/store/persistence.ts'
import {
  type Cleanup,
  createFunction,
  expectCall,
  FC3,
  fromUtf8,
  idleRuntime,
  seed,
  seededName,
  stateWith,
  TRIVIAL_HANDLER,
  withCleanup,
  zipBase64,
} from '../fixtures.ts'
import { type BenchCase, compare, ratioCheck, timing } from '../harness.ts'

const SMALL = 10
const LARGE = 1000
const PAGE = 20

async function emulatorWith(cleanup: Cleanup, count: number): Promise<Emulator> {
  const emulator = createEmulator({ persistence: memoryPersistence(), runtime: idleRuntime })
  cleanup.add(() => emulator.close())
  await emulator.ready
  const template = await createFunction(emulator, 'template')
  await seed(emulator, stateWith(template, zipBase64({ 'index.js': TRIVIAL_HANDLER }), count))
  return emulator
}

export const listingCase: BenchCase = {
  name: 'listing',
  description: `ListFunctions (limit ${PAGE}) and GetFunction with ${LARGE} vs ${SMALL} functions`,
  run: () =>
    withCleanup(async (cleanup) => {
      const small = await emulatorWith(cleanup, SMALL)
      const large = await emulatorWith(cleanup, LARGE)

      const list = (emulator: Emulator, expected: number) => async () => {
        const result = await expectCall(emulator, 'GET', `${FC3}/functions?limit=${PAGE}`)
        const body = JSON.parse(fromUtf8(result.body)) as { functions: unknown[]; nextToken?: string }
        if (body.functions.length !== expected) throw new Error(`a page of ${body.functions.length}`)
      }
      // A name in the middle of the large table, present in both.
      const name = seededName(SMALL / 2)
      const get = (emulator: Emulator) => () => expectCall(emulator, 'GET', `${FC3}/functions/${name}`)

      const options = { warmup: 50, iterations: 200, rounds: 6, batch: 5 }
      const listing = await compare(list(large, PAGE), list(small, SMALL), options)
      const lookup = await compare(get(large), get(small), options)

      return [
        ratioCheck(
          'listing.list-1000-vs-10',
          timing(`ListFunctions limit=${PAGE}, ${LARGE} functions`, listing.subject),
          timing(`ListFunctions limit=${PAGE}, ${SMALL} functions`, listing.reference),
          { max: 6 },
          `${LARGE / SMALL}× more functions; the page has ${PAGE} vs ${SMALL} entries`,
        ),
        ratioCheck(
          'listing.get-1000-vs-10',
          timing(`GetFunction, ${LARGE} functions`, lookup.subject),
          timing(`GetFunction, ${SMALL} functions`, lookup.reference),
          { max: 3 },
        ),
      ]
    }),
}
