// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { Tabs } from './tabs'

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup)

function Harness() {
  const [value, setValue] = useState<'code' | 'test' | 'configuration'>('code')
  return (
    <Tabs
      label="Function details"
      value={value}
      onValueChange={setValue}
      items={[
        { id: 'code', label: 'Code', render: () => <input aria-label="code input" /> },
        { id: 'test', label: 'Test', render: () => <p>test panel</p> },
        { id: 'configuration', label: 'Configuration', render: () => <p>configuration panel</p> },
      ]}
    />
  )
}

describe('Tabs', () => {
  it('exposes tablist, tabs and the selected panel', () => {
    render(<Harness />)
    expect(screen.getByRole('tablist', { name: 'Function details' })).toBeTruthy()
    const code = screen.getByRole('tab', { name: 'Code' })
    expect(code.getAttribute('aria-selected')).toBe('true')
    expect(screen.getByRole('tabpanel', { name: 'Code' })).toBeTruthy()
    // Only the selected tab is in the Tab order.
    expect(screen.getByRole('tab', { name: 'Test' }).tabIndex).toBe(-1)
  })

  it('moves and selects with the arrow keys, Home and End, wrapping around', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.click(screen.getByRole('tab', { name: 'Code' }))
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Test' }))
    expect(screen.getByRole('tabpanel', { name: 'Test' }).textContent).toBe('test panel')
    await user.keyboard('{End}')
    expect(screen.getByRole('tab', { name: 'Configuration' }).getAttribute('aria-selected')).toBe('true')
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'Code' }).getAttribute('aria-selected')).toBe('true')
    await user.keyboard('{ArrowLeft}{Home}')
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Code' }))
  })

  it('keeps a visited panel mounted (hidden), so its state survives a tab switch', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.type(screen.getByLabelText('code input'), 'draft')
    await user.click(screen.getByRole('tab', { name: 'Test' }))
    await user.click(screen.getByRole('tab', { name: 'Code' }))
    expect((screen.getByLabelText('code input') as HTMLInputElement).value).toBe('draft')
  })
})
