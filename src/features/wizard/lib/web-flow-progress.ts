import type { WebFlowState } from '../api/web-app-flow'

/**
 * The web-function flow's progress (which steps are done, what they created, the name suffix), kept in
 * localStorage like the event flow's (./wizard-progress.ts), so a reload resumes where the user was.
 */
export interface WebFlowProgress {
  suffix: string
  state: WebFlowState
  done: number
}

const KEY = 'apigw-fc-console.wizard.web-flow.v1'

export function loadWebFlowProgress(
  storage: Pick<Storage, 'getItem'> = window.localStorage,
): WebFlowProgress {
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<WebFlowProgress> | null
    if (saved && typeof saved.suffix === 'string' && typeof saved.done === 'number' && saved.state)
      return { suffix: saved.suffix, state: saved.state, done: saved.done }
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
