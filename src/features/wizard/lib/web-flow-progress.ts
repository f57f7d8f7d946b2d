import type { WebFlowState } from '../api/web-app-flow'
import type { CreatedResource } from './wizard-progress'

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
export function webFlowResources(state: WebFlowState): CreatedResource[] {
  const list: CreatedResource[] = []
  if (state.functionName)
    list.push({
      kind: 'function',
      id: state.functionName,
      label: `web function ${state.functionName}`,
      step: 0,
    })
  if (state.backendId)
    list.push({
      kind: 'backend',
      id: state.backendId,
      label: `backend service ${state.backendName ?? state.backendId}`,
      step: 1,
    })
  if (state.groupId)
    list.push({
      kind: 'group',
      id: state.groupId,
      label: `API group ${state.groupName ?? state.groupId}`,
      step: 2,
    })
  if (state.apiId)
    list.push({ kind: 'api', id: state.apiId, label: `API ${state.apiName ?? state.apiId}`, step: 2 })
  if (state.appId !== undefined)
    list.push({ kind: 'app', id: String(state.appId), label: `app ${state.appName ?? state.appId}`, step: 3 })
  return list
}
