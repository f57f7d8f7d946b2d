/**
 * The persistence port. The core keeps its state in plain tables (./state.ts) and hands a
 * snapshot to the port after every committed write; adapters decide where it goes:
 * IndexedDB in the browser (src/mocks), an atomically replaced file in Node (server/local-cloud).
 * ARCHITECTURE.md principle 5: a kill at any moment leaves the last committed state readable.
 */
export interface PersistencePort {
  /** The last committed snapshot, or null when there is none yet. */
  load(): Promise<unknown | null>
  /** Replace the committed snapshot. Must be atomic: after a crash, load() returns the old or the new one. */
  save(snapshot: unknown): Promise<void>
}

/** In-memory persistence for tests and for callers that do not need state to survive. */
export function memoryPersistence(initial: unknown = null): PersistencePort & { saved: () => unknown } {
  let current: unknown = initial === null ? null : structuredClone(initial)
  return {
    load: async () => (current === null ? null : structuredClone(current)),
    save: async (snapshot) => {
      current = structuredClone(snapshot)
    },
    saved: () => current,
  }
}
