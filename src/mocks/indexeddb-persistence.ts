/**
 * The browser's persistence port: the whole emulator snapshot under one IndexedDB key. One `put` is
 * one transaction, so a reload or a closed tab mid-write leaves the old snapshot or the new one,
 * never a mix (ARCHITECTURE.md principle 5). The snapshot is stored by structured clone, no JSON.
 */
import { createStore, get, set } from 'idb-keyval'
import type { PersistencePort } from '../cloud-emulator/store/persistence'

export const IDB_DATABASE = 'apigw-fc-emulator'
export const IDB_STORE = 'state'
export const IDB_KEY = 'snapshot'

export function indexedDbPersistence(database = IDB_DATABASE): PersistencePort {
  const store = createStore(database, IDB_STORE)
  return {
    load: async () => (await get<unknown>(IDB_KEY, store)) ?? null,
    save: (snapshot) => set(IDB_KEY, snapshot, store),
  }
}
