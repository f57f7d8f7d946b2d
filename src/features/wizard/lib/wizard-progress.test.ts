import { describe, expect, it } from 'vitest'
import {
  clearProgress,
  createdResources,
  EMPTY_PROGRESS,
  firstOpenStep,
  isStepDone,
  loadProgress,
  rewindTo,
  STORAGE_KEY,
  saveProgress,
} from './wizard-progress'

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    data,
  }
}

describe('wizard progress', () => {
  it('round-trips through storage and resumes at the first open step', () => {
    const storage = memoryStorage()
    saveProgress({ version: 1, functionName: 'fn', backendId: 'b1' }, storage)
    const back = loadProgress(storage)
    expect(back).toEqual({ version: 1, functionName: 'fn', backendId: 'b1' })
    expect(isStepDone(back, 1)).toBe(true)
    expect(firstOpenStep(back)).toBe(2)
    clearProgress(storage)
    expect(loadProgress(storage)).toEqual(EMPTY_PROGRESS)
  })

  it('starts fresh on corrupt or foreign data', () => {
    expect(loadProgress(memoryStorage({ [STORAGE_KEY]: '{not json' }))).toEqual(EMPTY_PROGRESS)
    expect(loadProgress(memoryStorage({ [STORAGE_KEY]: '{"version":9}' }))).toEqual(EMPTY_PROGRESS)
  })

  it('stays on the last step when everything is done', () => {
    const done = {
      version: 1 as const,
      functionName: 'f',
      backendId: 'b',
      backendModelId: 'm',
      groupId: 'g',
      subDomain: 's',
      apiId: 'a',
      published: true,
      called: true,
    }
    expect(firstOpenStep(done)).toBe(6)
  })
})

describe('checking and rewinding the progress', () => {
  const done = {
    version: 1 as const,
    functionName: 'fn',
    functionArn: 'arn',
    backendId: 'b1',
    backendName: 'backend',
    backendModelId: 'm1',
    groupId: 'g1',
    groupName: 'group',
    subDomain: 'g1.example',
    apiId: 'a1',
    apiName: 'api',
    requestPath: '/hello',
    published: true,
    called: true,
  }

  it('names the resources it created, with the step that made each', () => {
    expect(createdResources(done).map((r) => [r.kind, r.id, r.step, r.label])).toEqual([
      ['function', 'fn', 0, 'function fn'],
      ['backend', 'b1', 1, 'backend service backend'],
      ['group', 'g1', 3, 'API group group'],
      ['api', 'a1', 4, 'API api'],
    ])
    // Each links to its page: the backend service on Production once step 3 has defined it there.
    expect(createdResources(done).map((r) => r.href)).toEqual([
      '/functions/fn',
      '/backends/b1?stage=RELEASE',
      '/api-groups/g1',
      '/apis/a1',
    ])
    expect(createdResources({ version: 1, backendId: 'b1' })[0]).toMatchObject({
      name: 'b1',
      href: '/backends/b1',
    })
    expect(createdResources(EMPTY_PROGRESS)).toEqual([])
  })

  it('rewinds to a step: that step and the later ones are undone, the earlier ones kept', () => {
    const rewound = rewindTo(done, 3)
    expect(rewound).toEqual({
      version: 1,
      functionName: 'fn',
      functionArn: 'arn',
      backendId: 'b1',
      backendName: 'backend',
      backendModelId: 'm1',
    })
    expect(firstOpenStep(rewound)).toBe(3)
    expect(rewindTo(done, 0)).toEqual(EMPTY_PROGRESS)
  })
})
