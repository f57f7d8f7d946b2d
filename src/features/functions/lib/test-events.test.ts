// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { templateContent } from './test-event-templates'
import { checkEventName, loadTestEvents, removeTestEvents, saveTestEvents } from './test-events'

afterEach(() => localStorage.clear())

describe('test events', () => {
  it('starts a function with one API Gateway event that has the seed fields', () => {
    const state = loadTestEvents('fn')
    expect(state.events).toHaveLength(1)
    const event = JSON.parse(state.events[0]!.content)
    expect(Object.keys(event).sort()).toEqual(
      [
        'body',
        'headers',
        'httpMethod',
        'isBase64Encoded',
        'path',
        'pathParameters',
        'queryParameters',
      ].sort(),
    )
    expect(state.selectedId).toBe(state.events[0]!.id)
  })

  it('saves per function and survives a reload', () => {
    const state = {
      selectedId: 'b',
      events: [
        { id: 'a', name: 'one', content: '{}' },
        { id: 'b', name: 'two', content: templateContent('hello-world') },
      ],
    }
    saveTestEvents('fn', state)
    expect(loadTestEvents('fn')).toEqual(state)
    expect(loadTestEvents('other').events[0]!.name).toBe('api-gateway-event')
    removeTestEvents('fn')
    expect(loadTestEvents('fn').events).toHaveLength(1)
  })

  it('falls back to the default when the stored value is corrupt', () => {
    localStorage.setItem('fc-console:test-events:fn', '{not json')
    expect(loadTestEvents('fn').events).toHaveLength(1)
  })

  it('checks names: required, at most 64 characters, unique', () => {
    const events = [{ id: 'a', name: 'taken', content: '' }]
    expect(checkEventName('  ', events)).toBe('Enter an event name.')
    expect(checkEventName('x'.repeat(65), events)).toMatch(/at most 64/)
    expect(checkEventName('taken', events)).toMatch(/already exists/)
    expect(checkEventName('taken', events, 'a')).toBeNull()
  })
})
