// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '@/lib/test-utils'
import { CreateAppForm } from './create-app-dialog'

afterEach(cleanup)

describe('Create App form', () => {
  it('shows the API’s AppName rule inline and sends a valid name', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    renderWithProviders(<CreateAppForm pending={false} error={null} onSubmit={onSubmit} onClose={() => {}} />)
    const form = screen.getByRole('form', { name: 'Create App' })
    await user.type(within(form).getByLabelText(/App Name/), '1app')
    await user.click(within(form).getByRole('button', { name: 'Confirm' }))
    expect(within(form).getByText(/must be 4 to 26 characters long, start with a letter/)).toBeTruthy()
    expect(
      within(form)
        .getByLabelText(/App Name/)
        .getAttribute('aria-invalid'),
    ).toBe('true')
    expect(onSubmit).not.toHaveBeenCalled()
    await user.clear(within(form).getByLabelText(/App Name/))
    await user.type(within(form).getByLabelText(/App Name/), 'demo_app')
    await user.click(within(form).getByRole('button', { name: 'Confirm' }))
    expect(onSubmit).toHaveBeenCalledWith({ AppName: 'demo_app', Description: '' }, expect.anything())
  })
})
