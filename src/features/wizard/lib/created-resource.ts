/**
 * A cloud resource a Quick Start flow created: what the flows check is still there
 * (api/check-resources.ts), list ("Created so far") and report per step ("Web function … created.").
 * Each flow builds its list from its own progress (./wizard-progress.ts, ./web-flow-progress.ts); this
 * is the one shape both lists and every view of them share.
 */
export interface CreatedResource {
  kind: 'function' | 'backend' | 'group' | 'api' | 'app'
  id: string
  /** How the flow names it in a sentence: `backend service`, `web function`, `API group`. */
  noun: string
  name: string
  /** Its page in the console. */
  href: string
  /** The step (0-based) that created it. */
  step: number
  /** `backend service my_backend`: what the notices say is gone. */
  label: string
}

type Candidate = Omit<CreatedResource, 'label'> | false | '' | undefined

/** The resources among `candidates` — a flow writes `progress.x && {…}` for each it may have made. */
export function createdList(candidates: readonly Candidate[]): CreatedResource[] {
  return candidates
    .filter((c): c is Omit<CreatedResource, 'label'> => Boolean(c))
    .map((c) => ({ ...c, label: `${c.noun} ${c.name}` }))
}

/** `backend service` → `Backend service`: the noun heading a list entry or a step's "… created." */
export const headNoun = (resource: Pick<CreatedResource, 'noun'>) =>
  resource.noun.charAt(0).toUpperCase() + resource.noun.slice(1)
