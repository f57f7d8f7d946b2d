import { type ReactNode, useEffect, useId, useLayoutEffect, useRef } from 'react'
import { Button } from './button'
import { ErrorPanel, type ErrorPanelError } from './error-panel'
import { CloseIcon } from './icons'

/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert (the
 * focus trap), Escape fires `cancel`, and closing returns focus to the control that opened it.
 * The dialog exists only while open. Initial focus goes to the element marked `data-autofocus`
 * (Cancel in confirmations, so Enter never deletes by accident), else the body's first control.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
  footer,
  size = 'md',
}: {
  open: boolean
  onClose: () => void
  title: ReactNode
  children: ReactNode
  footer?: ReactNode
  size?: 'md' | 'lg'
}) {
  if (!open) return null
  return (
    <OpenDialog onClose={onClose} title={title} footer={footer} size={size}>
      {children}
    </OpenDialog>
  )
}

const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])'

function OpenDialog({
  onClose,
  title,
  children,
  footer,
  size,
}: {
  onClose: () => void
  title: ReactNode
  children: ReactNode
  footer?: ReactNode
  size: 'md' | 'lg'
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const onCloseRef = useRef(onClose)
  useEffect(() => {
    onCloseRef.current = onClose
  })

  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    // jsdom (component tests) has no showModal: fall back to a non-modal open dialog there.
    if (typeof dialog.showModal === 'function') dialog.showModal()
    else dialog.setAttribute('open', '')
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>(`.dialog__body :is(${FOCUSABLE})`)
    first?.focus()

    const onCancel = (event: Event) => {
      event.preventDefault() // React state decides when the dialog closes
      onCloseRef.current()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && typeof dialog.showModal !== 'function') onCloseRef.current()
    }
    dialog.addEventListener('cancel', onCancel)
    dialog.addEventListener('keydown', onKeyDown)
    return () => {
      dialog.removeEventListener('cancel', onCancel)
      dialog.removeEventListener('keydown', onKeyDown)
      if (typeof dialog.close === 'function') dialog.close()
    }
  }, [])

  return (
    // No close-on-backdrop-click: a stray click must not throw away a half-filled dialog; Escape and
    // the Close button are the ways out.
    <dialog ref={ref} className={`dialog dialog--${size}`} aria-labelledby={titleId}>
      <div className="dialog__inner">
        <header className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <button type="button" className="icon-btn" aria-label="Close dialog" onClick={onClose}>
            <CloseIcon />
          </button>
        </header>
        <div className="dialog__body">{children}</div>
        {footer && <footer className="dialog__footer">{footer}</footer>}
      </div>
    </dialog>
  )
}

/** "Delete function <name>?" style confirmation: one sentence, Cancel (focused) and the action. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  tone = 'danger',
  pending = false,
  error,
  onConfirm,
  onClose,
}: {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  tone?: 'danger' | 'primary'
  pending?: boolean
  error?: ErrorPanelError | null | undefined
  onConfirm: () => void
  onClose: () => void
}) {
  return (
    <Dialog
      open={open}
      onClose={pending ? () => {} : onClose}
      title={title}
      footer={
        <>
          <Button data-autofocus onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button variant={tone} loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="stack">
        <div>{children}</div>
        {error && <ErrorPanel error={error} />}
      </div>
    </Dialog>
  )
}
