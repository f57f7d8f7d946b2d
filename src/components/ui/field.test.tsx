// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { NumberField, TextField } from './field'

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup)

describe('fields', () => {
  it('labels the control and links the hint', () => {
    render(<TextField label="Function Name" hint="1 to 64 characters" />)
    const input = screen.getByLabelText('Function Name')
    expect(input.getAttribute('aria-invalid')).toBeNull()
    const hint = document.getElementById(input.getAttribute('aria-describedby') ?? '')
    expect(hint?.textContent).toBe('1 to 64 characters')
  })

  it('marks an error with aria-invalid and describes the control with the message', () => {
    render(
      <NumberField
        label="Memory Specifications"
        suffix="MB"
        hint="A multiple of 64"
        error="Memory must be…"
      />,
    )
    const input = screen.getByRole('spinbutton', { name: 'Memory Specifications' })
    expect(input.getAttribute('aria-invalid')).toBe('true')
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ')
    expect(described.map((id) => document.getElementById(id)?.textContent)).toEqual(['Memory must be…'])
  })
})
