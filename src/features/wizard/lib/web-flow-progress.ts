import { paths } from '@/lib/paths'
import type { WebFlowState } from '../api/web-app-flow'
import { type CreatedResource, createdList } from './created-resource'

/**
 * The web-function flow's progress (which steps are done, what they created, the name suffix), kept in
 * localStorage like the event flow's (./wizard-progress.ts), so a reload resumes where the user was.
 */
export interface WebFlowProgress {
  suffix: string
  state: WebFlowState
  done: number
  /** what was gone when the flow started over by itself (for the note saying so; see wizard-progress.ts) */
  restartedBecauseGone?: string[]
}

const KEY = 'apigw-fc-console.wizard.web-flow.v1'

export function loadWebFlowProgress(
  storage: Pick<Storage, 'getItem'> = window.localStorage,
): WebFlowProgress {
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<WebFlowProgress> | null
    if (saved && typeof saved.suffix === 'string' && typeof saved.done === 'number' && saved.state) {
      const gone = Array.isArray(saved.restartedBecauseGone)
        ? saved.restartedBecauseGone.map(String)
        : undefined
      return {
        suffix: saved.suffix,
        state: saved.state,
        done: saved.done,
        ...(gone ? { restartedBecauseGone: gone } : {}),
      }
    }
  } catch {
    // A corrupt entry starts the flow afresh rather than breaking the page.
  }
  return { suffix: Math.random().toString(36).slice(2, 6), state: {}, done: 0 }
}

export function saveWebFlowProgress(
  progress: WebFlowProgress,
  storage: Pick<Storage, 'setItem'> = window.localStorage,
): void {
  storage.setItem(KEY, JSON.stringify(progress))
}

export function clearWebFlowProgress(storage: Pick<Storage, 'removeItem'> = window.localStorage): void {
  storage.removeItem(KEY)
}

/** What each step of the web flow records, in step order (the last step, the call, records nothing). */
const STEP_FIELDS: ReadonlyArray<ReadonlyArray<keyof WebFlowState>> = [
  ['functionName', 'functionArn', 'urlIntranet'],
  ['backendId', 'backendName'],
  ['groupId', 'groupName', 'subDomain', 'apiId', 'apiName'],
  ['appId', 'appName'],
]

/** The state with step `index` and every later one undone, earlier ones kept. */
export function rewindWebFlow(state: WebFlowState, index: number): WebFlowState {
  const next: WebFlowState = { ...state }
  for (const fields of STEP_FIELDS.slice(index)) for (const field of fields) delete next[field]
  return next
}

/** The resources the web flow's state names, with the step that created each. */
export function webFlowResources(s: WebFlowState): CreatedResource[] {
  return createdList([
    s.functionName && {
      kind: 'function',
      id: s.functionName,
      noun: 'web function',
      name: s.functionName,
      href: paths.functionDetail(s.functionName),
      step: 0,
    },
    s.backendId && {
      kind: 'backend',
      id: s.backendId,
      noun: 'backend service',
      name: s.backendName ?? s.backendId,
      href: paths.backendDetail(s.backendId),
      step: 1,
    },
    s.groupId && {
      kind: 'group',
      id: s.groupId,
      noun: 'API group',
      name: s.groupName ?? s.groupId,
      href: paths.apiGroupDetail(s.groupId),
      step: 2,
    },
    s.apiId && {
      kind: 'api',
      id: s.apiId,
      noun: 'API',
      name: s.apiName ?? s.apiId,
      href: paths.apiDetail(s.apiId),
      step: 2,
    },
    s.appId !== undefined && {
      kind: 'app',
      id: String(s.appId),
      noun: 'app',
      name: s.appName ?? String(s.appId),
      href: paths.appDetail(s.appId),
      step: 3,
    },
  ])
}
