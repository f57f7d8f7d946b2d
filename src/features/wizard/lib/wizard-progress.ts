import { z } from 'zod'
import { paths } from '@/lib/paths'
import { type CreatedResource, createdList } from './created-resource'

/**
 * The Quick Start wizard's progress: what each step created, kept in localStorage so a reload (or
 * coming back tomorrow) resumes where the user left off. Only ids and names are stored — the
 * resources themselves live in the cloud, and each step's summary links to their pages.
 */
export const WIZARD_STEPS = [
  'Function',
  'Backend Service',
  'Bind Function',
  'API Group',
  'API',
  'Publish',
  'Call',
] as const
export type WizardStepIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6

export const STORAGE_KEY = 'apigw-fc-console:quick-start'

const ProgressSchema = z.object({
  version: z.literal(1),
  functionName: z.string().optional(),
  functionArn: z.string().optional(),
  backendId: z.string().optional(),
  backendName: z.string().optional(),
  backendModelId: z.string().optional(),
  groupId: z.string().optional(),
  groupName: z.string().optional(),
  subDomain: z.string().optional(),
  apiId: z.string().optional(),
  apiName: z.string().optional(),
  requestPath: z.string().optional(),
  published: z.boolean().optional(),
  called: z.boolean().optional(),
  /**
   * Set when the wizard started over by itself because everything it had created was gone: what was
   * gone, for the note saying so. Kept with the progress, so a reset made while the wizard is open
   * (the reset leaves the page) is still explained when the user comes back.
   */
  restartedBecauseGone: z.array(z.string()).optional(),
})
export type WizardProgress = z.infer<typeof ProgressSchema>

export const EMPTY_PROGRESS: WizardProgress = { version: 1 }

/** Whether step `index` is done, judged by what it created. */
export function isStepDone(progress: WizardProgress, index: number): boolean {
  switch (index) {
    case 0:
      return Boolean(progress.functionName)
    case 1:
      return Boolean(progress.backendId)
    case 2:
      return Boolean(progress.backendModelId)
    case 3:
      return Boolean(progress.groupId && progress.subDomain)
    case 4:
      return Boolean(progress.apiId)
    case 5:
      return Boolean(progress.published)
    case 6:
      return Boolean(progress.called)
    default:
      return false
  }
}

/** What each step records, in step order: forgetting a step forgets these. */
const STEP_FIELDS: ReadonlyArray<ReadonlyArray<keyof WizardProgress>> = [
  ['functionName', 'functionArn'],
  ['backendId', 'backendName'],
  ['backendModelId'],
  ['groupId', 'groupName', 'subDomain'],
  ['apiId', 'apiName', 'requestPath'],
  ['published'],
  ['called'],
]

/** The progress with step `index` and every later one undone (they build on it), earlier ones kept. */
export function rewindTo(progress: WizardProgress, index: number): WizardProgress {
  const next: WizardProgress = { ...progress }
  for (const fields of STEP_FIELDS.slice(index)) for (const field of fields) delete next[field]
  return next
}

/** The resources the progress names (the cloud may have lost them since: see api/check-resources.ts). */
export function createdResources(p: WizardProgress): CreatedResource[] {
  return createdList([
    p.functionName && {
      kind: 'function',
      id: p.functionName,
      noun: 'function',
      name: p.functionName,
      href: paths.functionDetail(p.functionName),
      step: 0,
    },
    p.backendId && {
      kind: 'backend',
      id: p.backendId,
      noun: 'backend service',
      name: p.backendName ?? p.backendId,
      // Once step 3 has defined it for Production, the page opens on that stage.
      href: paths.backendDetail(p.backendId, p.backendModelId ? 'RELEASE' : undefined),
      step: 1,
    },
    p.groupId && {
      kind: 'group',
      id: p.groupId,
      noun: 'API group',
      name: p.groupName ?? p.groupId,
      href: paths.apiGroupDetail(p.groupId),
      step: 3,
    },
    p.apiId && {
      kind: 'api',
      id: p.apiId,
      noun: 'API',
      name: p.apiName ?? p.apiId,
      href: paths.apiDetail(p.apiId),
      step: 4,
    },
  ])
}

/** Whether any step is done (Start Over has something to forget). */
export const hasProgress = (progress: WizardProgress) => WIZARD_STEPS.some((_, i) => isStepDone(progress, i))

/** The first step not done yet (the last step when everything is done). */
export function firstOpenStep(progress: WizardProgress): number {
  const open = WIZARD_STEPS.findIndex((_, index) => !isStepDone(progress, index))
  return open === -1 ? WIZARD_STEPS.length - 1 : open
}

export function loadProgress(storage: Pick<Storage, 'getItem'> = window.localStorage): WizardProgress {
  try {
    const raw = storage.getItem(STORAGE_KEY)
    if (!raw) return EMPTY_PROGRESS
    const parsed = ProgressSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : EMPTY_PROGRESS
  } catch {
    // Unreadable or blocked storage: start fresh rather than fail the page.
    return EMPTY_PROGRESS
  }
}

export function saveProgress(
  progress: WizardProgress,
  storage: Pick<Storage, 'setItem'> = window.localStorage,
): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(progress))
  } catch {
    // Private mode or a full quota: the wizard still works, it just will not resume after a reload.
  }
}

export function clearProgress(storage: Pick<Storage, 'removeItem'> = window.localStorage): void {
  try {
    storage.removeItem(STORAGE_KEY)
  } catch {
    // See saveProgress.
  }
}
