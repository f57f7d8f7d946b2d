import { useEffect, useState } from 'react'
import {
  loadTestEvents,
  newEventId,
  saveTestEvents,
  type TestEvent,
  type TestEventsState,
} from './test-events'

/** The Test tab's events for one function: loaded once, saved after every change. */
export function useTestEvents(functionName: string) {
  const [state, setState] = useState<TestEventsState>(() => loadTestEvents(functionName))
  useEffect(() => saveTestEvents(functionName, state), [functionName, state])

  const selected: TestEvent = state.events.find((e) => e.id === state.selectedId) ?? state.events[0]!
  return {
    events: state.events,
    selected,
    select: (id: string) => setState((s) => ({ ...s, selectedId: id })),
    create: (name: string, content: string) => {
      const event = { id: newEventId(), name: name.trim(), content }
      setState((s) => ({ selectedId: event.id, events: [...s.events, event] }))
    },
    rename: (id: string, name: string) =>
      setState((s) => ({
        ...s,
        events: s.events.map((e) => (e.id === id ? { ...e, name: name.trim() } : e)),
      })),
    /** The last event cannot be removed: the tab always has one to test with. */
    remove: (id: string) =>
      setState((s) => {
        if (s.events.length <= 1) return s
        const events = s.events.filter((e) => e.id !== id)
        return { selectedId: s.selectedId === id ? events[0]!.id : s.selectedId, events }
      }),
    updateContent: (id: string, content: string) =>
      setState((s) => ({ ...s, events: s.events.map((e) => (e.id === id ? { ...e, content } : e)) })),
  }
}
