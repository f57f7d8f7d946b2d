import type { FormEventHandler, ReactNode } from 'react'
import { Button } from './button'
import { Dialog } from './dialog'
import { ErrorPanel, type ErrorPanelError } from './error-panel'

/**
 * A dialog whose body is a form (Create App, Create Group …). While the submit is pending it cannot
 * be closed, so a half-sent request is never thrown away. The form itself is a child component, so
 * its state starts afresh each time the dialog opens.
 */
export function FormDialog({
  open,
  title,
  size,
  pending,
  onClose,
  children,
}: {
  open: boolean
  title: ReactNode
  size?: 'md' | 'lg'
  pending: boolean
  onClose: () => void
  children: ReactNode
}) {
  return (
    <Dialog open={open} onClose={pending ? () => {} : onClose} title={title} size={size}>
      {children}
    </Dialog>
  )
}

/**
 * The form of a FormDialog: its fields, the server's answer when the submit failed (role=alert), and
 * Cancel / Confirm. `label` is the form's accessible name.
 */
export function DialogForm({
  label,
  onSubmit,
  pending,
  error,
  errorTitle,
  onCancel,
  submitLabel = 'Confirm',
  children,
}: {
  label?: string
  onSubmit: FormEventHandler<HTMLFormElement>
  pending: boolean
  error: ErrorPanelError | null | undefined
  /** Title of the error panel ("The app was not created"). */
  errorTitle: string
  onCancel: () => void
  submitLabel?: string
  children: ReactNode
}) {
  return (
    <form className="stack" noValidate aria-label={label} onSubmit={onSubmit}>
      {children}
      {error ? <ErrorPanel title={errorTitle} error={error} /> : null}
      <div className="dialog__actions">
        <Button onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  )
}
