import { z } from 'zod'
import { DEFAULT_TEST_EVENT, templateContent } from './test-event-templates'

/**
 * Named test events, saved per function in localStorage — the console's "Configure Test
 * Parameters" (seed 000, "Step 4"). They are console state, not cloud state: the real console keeps
 * them outside the function too, and they must survive "Reset demo data" and a reload.
 */
export interface TestEvent {
  id: string
  name: string
  content: string
}

export interface TestEventsState {
  selectedId: string
  events: TestEvent[]
}

const StoredSchema = z.object({
  version: z.literal(1),
  selectedId: z.string(),
  events: z.array(z.object({ id: z.string(), name: z.string(), content: z.string() })).min(1),
})

const EVENT_NAME_MAX = 64
export const testEventNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter an event name.')
  .max(EVENT_NAME_MAX, `The event name can be at most ${EVENT_NAME_MAX} characters.`)

const storageKey = (functionName: string) => `fc-console:test-events:${functionName}`

export function newEventId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`
}

export function defaultTestEvents(): TestEventsState {
  const event = {
    id: newEventId(),
    name: DEFAULT_TEST_EVENT.name,
    content: templateContent(DEFAULT_TEST_EVENT.template),
  }
  return { selectedId: event.id, events: [event] }
}

/** The saved events, or a fresh default set when there are none or they are unreadable. */
export function loadTestEvents(functionName: string): TestEventsState {
  try {
    const raw = localStorage.getItem(storageKey(functionName))
    const parsed = StoredSchema.safeParse(raw ? JSON.parse(raw) : null)
    if (parsed.success) {
      const { selectedId, events } = parsed.data
      return { selectedId: events.some((e) => e.id === selectedId) ? selectedId : events[0]!.id, events }
    }
  } catch {
    // Storage disabled or corrupt JSON: start over rather than break the Test tab.
  }
  return defaultTestEvents()
}

export function saveTestEvents(functionName: string, state: TestEventsState): void {
  try {
    localStorage.setItem(storageKey(functionName), JSON.stringify({ version: 1, ...state }))
  } catch {
    // Quota exceeded or storage disabled: the events still work for this page view.
  }
}

export function removeTestEvents(functionName: string): void {
  try {
    localStorage.removeItem(storageKey(functionName))
  } catch {
    // Nothing to clean up when storage is unavailable.
  }
}

/** Validates a new or changed name: trimmed, 1–64 characters, unique within the function. */
export function checkEventName(name: string, events: readonly TestEvent[], exceptId?: string): string | null {
  const parsed = testEventNameSchema.safeParse(name)
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Invalid name.'
  if (events.some((e) => e.name === parsed.data && e.id !== exceptId))
    return `An event named ${parsed.data} already exists.`
  return null
}
