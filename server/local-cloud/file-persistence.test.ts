import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { filePersistence, STATE_FILE } from './file-persistence'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'local-cloud-persistence-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('filePersistence', () => {
  it('loads null before the first save, then the last saved snapshot', async () => {
    const persistence = filePersistence({ dir: join(dir, 'nested', 'data') })
    expect(await persistence.load()).toBeNull()
    await persistence.save({ version: 1, n: 1 })
    await persistence.save({ version: 1, n: 2 })
    expect(await persistence.load()).toEqual({ version: 1, n: 2 })
    expect(await readdir(join(dir, 'nested', 'data'))).toEqual([STATE_FILE])
  })

  it('ignores and removes a temp file left by a save that was killed mid-write', async () => {
    const persistence = filePersistence({ dir })
    await persistence.save({ committed: true })
    await writeFile(join(dir, `${STATE_FILE}.tmp-999-deadbeef`), '{"committed": fal') // a torn write
    expect(await persistence.load()).toEqual({ committed: true })
    expect(await readdir(dir)).toEqual([STATE_FILE])
  })

  it('writes the committed file only by rename, so it is always complete JSON', async () => {
    const persistence = filePersistence({ dir })
    await Promise.all(Array.from({ length: 20 }, (_, i) => persistence.save({ i, blob: 'y'.repeat(10_000) })))
    const text = await readFile(join(dir, STATE_FILE), 'utf8')
    expect(() => JSON.parse(text)).not.toThrow()
    expect(await readdir(dir)).toEqual([STATE_FILE])
  })

  it('leaves the last committed state readable when the process is killed at any moment', async () => {
    const fixture = fileURLToPath(new URL('./save-loop.fixture.ts', import.meta.url))
    // `node --import tsx`, not the tsx CLI: the CLI runs the script in a grandchild a kill would miss.
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    let acknowledged = 0
    for await (const line of createInterface({ input: child.stdout })) {
      acknowledged = Number(line.replace('saved ', ''))
      if (acknowledged >= 25) {
        child.kill('SIGKILL') // mid-loop: the next save is somewhere between open and rename
        break
      }
    }
    await exited
    const loaded = (await filePersistence({ dir }).load()) as { counter: number }
    // Everything acknowledged is there; at most the save in flight also made it.
    expect(loaded.counter).toBeGreaterThanOrEqual(acknowledged)
    expect(loaded.counter).toBeLessThanOrEqual(acknowledged + 1)
    expect(await readdir(dir)).toEqual([STATE_FILE])
  })
})
