/**
 * The local cloud's persistence port: one JSON file in the data directory, replaced atomically.
 *
 * A save writes the whole snapshot to a temp file in the same directory, fsyncs it, renames it over
 * the committed file (rename(2) within one filesystem is atomic) and fsyncs the directory so the
 * rename itself survives a power cut. A kill at any moment therefore leaves either the old or the new
 * file under the committed name, never a torn one (ARCHITECTURE.md principle 5). A temp file left by
 * a killed save is ignored by `load()` and removed.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { PersistencePort } from '../../src/cloud-emulator/store/persistence.ts'

export const STATE_FILE = 'state.json'
const TEMP_MARK = '.tmp-'

export interface FilePersistenceOptions {
  /** The data directory; created on first save. */
  dir: string
  /** Default `state.json`. */
  fileName?: string
}

async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function writeDurably(path: string, data: string): Promise<void> {
  const handle = await open(path, 'wx', 0o600)
  try {
    await handle.writeFile(data, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
}

export function filePersistence(options: FilePersistenceOptions): PersistencePort & { path: string } {
  const fileName = options.fileName ?? STATE_FILE
  const path = join(options.dir, fileName)

  async function removeLeftoverTemps(): Promise<void> {
    let names: string[]
    try {
      names = await readdir(options.dir)
    } catch {
      return
    }
    await Promise.all(
      names
        .filter((name) => name.startsWith(`${fileName}${TEMP_MARK}`))
        .map((name) => rm(join(options.dir, name), { force: true })),
    )
  }

  return {
    path,

    async load() {
      await removeLeftoverTemps()
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
      // Only ever replaced by rename, so a parse error means someone edited the file by hand.
      return JSON.parse(text) as unknown
    },

    async save(snapshot) {
      await mkdir(options.dir, { recursive: true })
      const temp = join(
        options.dir,
        `${fileName}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`,
      )
      try {
        await writeDurably(temp, JSON.stringify(snapshot))
        await rename(temp, path)
      } catch (error) {
        await rm(temp, { force: true })
        throw error
      }
      // After the rename the new snapshot IS the committed file, so this save must not report failure
      // (the store would then keep the old state in memory while disk has the new one). The directory
      // fsync only hardens the rename against a power cut; some filesystems refuse it, which is fine.
      await fsyncDir(options.dir).catch(() => undefined)
    },
  }
}
