import { describe, expect, it } from 'vitest'
import { clearWebFlowProgress, loadWebFlowProgress, saveWebFlowProgress } from './web-flow-progress'

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  }
}

describe('web-function flow progress', () => {
  it('starts afresh, then resumes what was saved', () => {
    const storage = memoryStorage()
    const fresh = loadWebFlowProgress(storage)
    expect(fresh.done).toBe(0)
    expect(fresh.suffix).toMatch(/^[a-z0-9]{1,4}$/)
    saveWebFlowProgress({ suffix: 'ab12', state: { functionName: 'web-ab12' }, done: 1 }, storage)
    expect(loadWebFlowProgress(storage)).toEqual({
      suffix: 'ab12',
      state: { functionName: 'web-ab12' },
      done: 1,
    })
    clearWebFlowProgress(storage)
    expect(loadWebFlowProgress(storage).done).toBe(0)
  })
  it('ignores a corrupt entry', () => {
    const storage = memoryStorage()
    storage.setItem('apigw-fc-console.wizard.web-flow.v1', '{not json')
    expect(loadWebFlowProgress(storage).done).toBe(0)
  })
})
