import { describe, expect, it } from 'vitest'
import { deferred } from '../testing/fake-runtime'
import { memoryPersistence, type PersistencePort } from './persistence'
import { emptyState, type State } from './state'
import { createStore, StateLoadError } from './store'

const fn = (name: string) => ({
  functionId: 'id',
  functionName: name,
  functionArn: `acs:fc:cn-hangzhou:1:functions/${name}`,
  runtime: 'nodejs20',
  handler: 'index.handler',
  memorySize: 512,
  timeout: 3,
  cpu: 0.35,
  diskSize: 512,
  instanceConcurrency: 1,
  description: '',
  environmentVariables: {},
  codeChecksum: '1',
  codeSize: 1,
  createdTime: '2026-01-01T00:00:00Z',
  lastModifiedTime: '2026-01-01T00:00:00Z',
  state: 'Active',
  lastUpdateStatus: 'Successful',
  internetAccess: true,
})

const withFunction = (draft: State, name: string) => {
  draft.fc3.functions[name] = fn(name)
  draft.fc3.code['1'] = 'UEs='
}

describe('store', () => {
  it('starts empty when nothing was saved', async () => {
    const store = createStore(memoryPersistence())
    await store.load()
    expect(store.read()).toEqual(emptyState())
  })

  it('loads the last committed snapshot', async () => {
    const first = createStore(memoryPersistence())
    await first.load()
    await first.transact((draft) => withFunction(draft, 'a'))
    const persistence = memoryPersistence(first.read())
    const second = createStore(persistence)
    await second.load()
    expect(Object.keys(second.read().fc3.functions)).toEqual(['a'])
  })

  it('rejects an invalid snapshot with StateLoadError and refuses writes, but allows replace', async () => {
    const store = createStore(memoryPersistence({ version: 99 }))
    await expect(store.load()).rejects.toBeInstanceOf(StateLoadError)
    expect(store.isLoaded()).toBe(false)
    await expect(store.transact(() => undefined)).rejects.toBeInstanceOf(StateLoadError)
    await store.replace(emptyState())
    expect(store.isLoaded()).toBe(true)
  })

  it('commits a transaction only after the port saved it', async () => {
    const saved = deferred<void>()
    const snapshots: unknown[] = []
    const port: PersistencePort = {
      load: async () => null,
      save: async (snapshot) => {
        snapshots.push(structuredClone(snapshot))
        await saved.promise
      },
    }
    const store = createStore(port)
    await store.load()
    const done = store.transact((draft) => withFunction(draft, 'a'))
    await Promise.resolve()
    await Promise.resolve()
    expect(store.read().fc3.functions).toEqual({}) // not visible while saving
    saved.resolve()
    await done
    expect(Object.keys(store.read().fc3.functions)).toEqual(['a'])
    expect(snapshots).toHaveLength(1)
  })

  it('commits nothing when the transaction throws', async () => {
    const persistence = memoryPersistence()
    const store = createStore(persistence)
    await store.load()
    await expect(
      store.transact((draft) => {
        withFunction(draft, 'a')
        throw new Error('FunctionAlreadyExists')
      }),
    ).rejects.toThrow('FunctionAlreadyExists')
    expect(store.read()).toEqual(emptyState())
    expect(persistence.saved()).toBeNull()
  })

  it('surfaces a failed save and keeps memory equal to what the port still has', async () => {
    let fail = false
    const inner = memoryPersistence()
    const port: PersistencePort = {
      load: inner.load,
      save: async (snapshot) => {
        if (fail) throw new Error('disk full')
        await inner.save(snapshot)
      },
    }
    const store = createStore(port)
    await store.load()
    await store.transact((draft) => withFunction(draft, 'a'))
    fail = true
    await expect(store.transact((draft) => withFunction(draft, 'b'))).rejects.toThrow('disk full')
    expect(Object.keys(store.read().fc3.functions)).toEqual(['a'])
    expect(Object.keys((inner.saved() as State).fc3.functions)).toEqual(['a'])
    fail = false
    await store.transact((draft) => withFunction(draft, 'c'))
    expect(Object.keys(store.read().fc3.functions)).toEqual(['a', 'c'])
  })

  it('runs concurrent transactions one at a time, in order, each on the previous commit', async () => {
    const gates = [deferred<void>(), deferred<void>(), deferred<void>()]
    const saves: string[][] = []
    let saving = 0
    let overlapped = false
    const port: PersistencePort = {
      load: async () => null,
      save: async (snapshot) => {
        if (++saving > 1) overlapped = true
        saves.push(Object.keys((snapshot as State).fc3.functions))
        await gates[saves.length - 1]!.promise
        saving--
      },
    }
    const store = createStore(port)
    await store.load()
    const seen: string[][] = []
    const writes = ['a', 'b', 'c'].map((name) =>
      store.transact((draft) => {
        seen.push(Object.keys(draft.fc3.functions))
        withFunction(draft, name)
      }),
    )
    for (const gate of gates) gate.resolve() // saves could now all run at once: only the queue keeps them apart
    await Promise.all(writes)
    expect(overlapped).toBe(false)
    expect(seen).toEqual([[], ['a'], ['a', 'b']])
    expect(saves).toEqual([['a'], ['a', 'b'], ['a', 'b', 'c']])
  })
})
