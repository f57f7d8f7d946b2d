// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConfirmDialog } from './dialog'

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup)

function Harness({ onConfirm }: { onConfirm: () => void }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Delete Function
      </button>
      <ConfirmDialog
        open={open}
        title="Delete function demo?"
        confirmLabel="Delete"
        onConfirm={onConfirm}
        onClose={() => setOpen(false)}
      >
        It cannot be undone.
      </ConfirmDialog>
    </>
  )
}

describe('ConfirmDialog', () => {
  it('asks with the function name, focuses Cancel, and confirms on the action button', async () => {
    const user = userEvent.setup()
    const onConfirm = vi.fn()
    render(<Harness onConfirm={onConfirm} />)
    await user.click(screen.getByRole('button', { name: 'Delete Function' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete function demo?' })
    expect(dialog).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }))
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    expect(onConfirm).toHaveBeenCalledOnce()
  })

  it('closes on Escape and on Cancel without confirming', async () => {
    const user = userEvent.setup()
    const onConfirm = vi.fn()
    render(<Harness onConfirm={onConfirm} />)
    await user.click(screen.getByRole('button', { name: 'Delete Function' }))
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Delete Function' }))
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(onConfirm).not.toHaveBeenCalled()
  })
})
