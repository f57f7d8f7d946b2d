// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderWithProviders } from '@/lib/test-utils'
import { SigningCompare } from './signing-compare'

afterEach(cleanup)

const CLIENT = 'GET\napplication/json\n\n\n\nx-ca-key:204\nx-ca-nonce:n-1\n/hello'
const SERVER = 'GET\napplication/json\n\n\n\nx-ca-key:204\nx-ca-nonce:n-1-altered\n/hello'

describe('SigningCompare', () => {
  it('marks the first differing character in both strings and says where it is', () => {
    const { container } = renderWithProviders(<SigningCompare client={CLIENT} server={SERVER} rejected />)
    expect(
      within(screen.getByRole('region', { name: /Signature check/ })).getByRole('status').textContent,
    ).toBe(
      'The strings differ from line 7, column 15: the client signed a line break (\\n) where the gateway has “-”.',
    )
    const marks = container.querySelectorAll('mark')
    expect(marks).toHaveLength(2)
    expect(marks[0]?.title).toBe('First difference: a line break (\\n)')
    expect(marks[1]?.title).toBe('First difference: “-”')
    expect(
      screen.getByRole('figure', { name: 'Client StringToSign (what was signed)' }).textContent,
    ).toContain('x-ca-nonce:n-1')
    expect(
      screen.getByRole('figure', { name: 'Server StringToSign (what the gateway computed)' }),
    ).toBeTruthy()
  })

  it('says the secret differs when identical strings were refused', () => {
    const { container } = renderWithProviders(<SigningCompare client={CLIENT} server={CLIENT} rejected />)
    expect(
      within(screen.getByRole('region', { name: /Signature check/ })).getByRole('status').textContent,
    ).toMatch(/identical, yet the gateway refused .* AppSecret/)
    expect(container.querySelector('mark')).toBeNull()
  })

  it('shows the client string alone when the server string is unknown', () => {
    renderWithProviders(<SigningCompare client={CLIENT} server={null} rejected={false} />)
    expect(
      within(screen.getByRole('region', { name: /Signature check/ })).getByRole('status').textContent,
    ).toMatch(/not available/)
    expect(screen.getAllByRole('figure')).toHaveLength(1)
  })
})
