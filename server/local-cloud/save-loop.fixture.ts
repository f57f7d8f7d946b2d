/**
 * Child process for file-persistence.test.ts: saves `{ counter: n, padding }` in a loop through the
 * file persistence and prints `saved <n>` after each committed save, until it is killed.
 */
import { filePersistence } from './file-persistence.ts'

const dir = process.argv[2]
if (!dir) throw new Error('usage: save-loop.fixture.ts <dir>')
const persistence = filePersistence({ dir })
// Large enough that a kill often lands in the middle of writing a file.
const padding = 'x'.repeat(256 * 1024)
for (let counter = 1; ; counter++) {
  await persistence.save({ counter, padding })
  process.stdout.write(`saved ${counter}\n`)
}
