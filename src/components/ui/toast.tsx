import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { CloseIcon } from './icons'

/**
 * Toasts report the outcome of an action ("Function created", "Deployed"). They live in one
 * polite live region (role=status) that is always in the DOM, so screen readers announce each new
 * toast; failures are also shown inline where they happened, a toast is never the only trace.
 */
export type ToastTone = 'success' | 'error' | 'info'

export interface ToastInput {
  title: string
  description?: string
  tone?: ToastTone
}

interface ToastItem extends Required<Pick<ToastInput, 'title' | 'tone'>> {
  id: number
  description: string | undefined
}

type ShowToast = (toast: ToastInput) => void

const ToastContext = createContext<ShowToast | null>(null)

/** Errors stay longer: they are usually read, not glanced at. */
const DURATION_MS: Record<ToastTone, number> = { success: 5000, info: 5000, error: 9000 }

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([])
  const nextId = useRef(1)

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), [])
  const show = useCallback<ShowToast>((input) => {
    const id = nextId.current++
    // Keep the last few only: a burst of toasts must not cover the page.
    setToasts((all) => [
      ...all.slice(-3),
      { id, title: input.title, description: input.description, tone: input.tone ?? 'success' },
    ])
  }, [])

  return (
    <ToastContext.Provider value={show}>
      {children}
      <section
        role="status"
        aria-live="polite"
        aria-atomic="false"
        aria-label="Notifications"
        className="toast-region"
      >
        {toasts.map((toast) => (
          <Toast key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </section>
    </ToastContext.Provider>
  )
}

function Toast({ toast, onDismiss }: { toast: ToastItem; onDismiss: (id: number) => void }) {
  useEffect(() => {
    const timer = window.setTimeout(() => onDismiss(toast.id), DURATION_MS[toast.tone])
    return () => window.clearTimeout(timer)
  }, [toast.id, toast.tone, onDismiss])
  return (
    <div className={`toast toast--${toast.tone}`}>
      <div className="toast__body">
        <p className="toast__title">{toast.title}</p>
        {toast.description && <p className="toast__description">{toast.description}</p>}
      </div>
      <button
        type="button"
        className="icon-btn toast__close"
        aria-label="Dismiss notification"
        onClick={() => onDismiss(toast.id)}
      >
        <CloseIcon />
      </button>
    </div>
  )
}

export function useToast(): ShowToast {
  const show = useContext(ToastContext)
  // Outside a provider (isolated component tests) toasts are dropped instead of crashing.
  return useMemo(() => show ?? (() => {}), [show])
}
