import { describe, expect, it } from 'vitest'
import {
  clearWebFlowProgress,
  loadWebFlowProgress,
  rewindWebFlow,
  saveWebFlowProgress,
  webFlowResources,
} from './web-flow-progress'

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

describe('checking and rewinding the web flow', () => {
  const state = {
    functionName: 'web-function-ab12',
    functionArn: 'arn',
    urlIntranet: 'https://x-vpc.fcapp.run',
    backendId: 'b1',
    backendName: 'web-backend-ab12',
    groupId: 'g1',
    groupName: 'web_group_ab12',
    subDomain: 'g1.example',
    apiId: 'a1',
    apiName: 'web_api_ab12',
    appId: 12345678901234,
    appName: 'web_app_ab12',
  }

  it('names what it created, with the step of each', () => {
    expect(webFlowResources(state).map((r) => [r.kind, r.id, r.step])).toEqual([
      ['function', 'web-function-ab12', 0],
      ['backend', 'b1', 1],
      ['group', 'g1', 2],
      ['api', 'a1', 2],
      ['app', '12345678901234', 3],
    ])
    expect(webFlowResources(state).map((r) => [r.label, r.href])).toEqual([
      ['web function web-function-ab12', '/functions/web-function-ab12'],
      ['backend service web-backend-ab12', '/backends/b1'],
      ['API group web_group_ab12', '/api-groups/g1'],
      ['API web_api_ab12', '/apis/a1'],
      ['app web_app_ab12', '/apps/12345678901234'],
    ])
  })

  it('rewinds to a step, keeping what the earlier steps made', () => {
    expect(rewindWebFlow(state, 1)).toEqual({
      functionName: 'web-function-ab12',
      functionArn: 'arn',
      urlIntranet: 'https://x-vpc.fcapp.run',
    })
  })
})
