/**
 * The state store: the committed state in memory plus the persistence port behind it.
 *
 * - `load()` reads the last committed snapshot through the port (once, at start).
 * - Every mutating request runs as a transaction: the operation edits a private copy, the copy is
 *   saved through the port, and only after the save succeeds does it become the committed state.
 *   A thrown error (an FcError such as FunctionAlreadyExists, or a failed save) commits nothing, so
 *   memory and disk never disagree (ARCHITECTURE.md principle 5).
 * - Transactions run one at a time, in arrival order, so two concurrent requests never interleave
 *   or save a half-applied state, and saves reach the port in commit order.
 * - Reads see the last committed state, never a transaction in progress.
 */
import type { PersistencePort } from './persistence'
import { cloneState, type DeepReadonly, emptyState, type State, StateSchema } from './state'

export class StateLoadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StateLoadError'
  }
}

export interface Store {
  /** Loads the committed snapshot (none yet → empty state). Rejects with StateLoadError if it is unusable. */
  load(): Promise<void>
  /** False until a snapshot was loaded (or replaced after a failed load). */
  isLoaded(): boolean
  /** The committed state. Operations must not mutate it: write through `transact`. */
  read(): DeepReadonly<State>
  /** Runs `fn` on a private copy and commits the copy once the port has saved it. */
  transact<T>(fn: (draft: State) => T): Promise<T>
  /** Replaces the whole state (reset, seed). Allowed even when load failed: it is how a user recovers. */
  replace(next: State): Promise<void>
  /** Settles once every queued transaction has. */
  idle(): Promise<void>
}

/** Parses a snapshot from the port or a seed; throws a readable message on the first problem. */
export function parseSnapshot(snapshot: unknown): State {
  const result = StateSchema.safeParse(snapshot)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : ''
  throw new StateLoadError(`${where}${issue?.message ?? 'invalid state'}`)
}

export function createStore(persistence: PersistencePort): Store {
  let committed: State = emptyState()
  let loaded = false
  // The tail of the write queue. It never rejects, so one failed write does not block the next.
  let queue: Promise<unknown> = Promise.resolve()

  function enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work)
    queue = run.catch(() => undefined)
    return run
  }

  async function commit(next: State): Promise<void> {
    await persistence.save(next)
    committed = next
  }

  return {
    async load() {
      let snapshot: unknown
      try {
        snapshot = await persistence.load()
      } catch (error) {
        throw new StateLoadError('The stored emulator state could not be read.', { cause: error })
      }
      committed = snapshot === null ? emptyState() : parseSnapshot(snapshot)
      loaded = true
    },

    isLoaded: () => loaded,

    read: () => committed,

    transact(fn) {
      return enqueue(async () => {
        if (!loaded) throw new StateLoadError('The emulator state is not loaded.')
        const draft = cloneState(committed)
        const result = fn(draft)
        await commit(draft)
        return result
      })
    },

    replace(next) {
      return enqueue(async () => {
        await commit(cloneState(next))
        loaded = true
      })
    },

    idle: () => queue.then(() => undefined),
  }
}
