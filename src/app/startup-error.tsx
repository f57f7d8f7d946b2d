import { ErrorPanel } from '@/components/ui/error-panel'
import { toApiError } from '@/lib/api-error'

/** Shown instead of the console when the browser emulator could not start (no page would work). */
export function StartupError({ error }: { error: unknown }) {
  const shown = toApiError(error)
  return (
    <div className="app-crash">
      <h1>The browser emulator could not start</h1>
      <p className="muted">
        In browser-only mode the cloud runs in a service worker. It needs a secure context (https or
        localhost) and a browser with service workers enabled.
      </p>
      <ErrorPanel error={{ ...shown, code: 'EmulatorStartFailed' }} />
    </div>
  )
}
