import type { ReactNode } from 'react'
import { CopyButton } from './copy-button'
import { AlertIcon } from './icons'

/**
 * Shows a failed call the way the cloud reported it: Code, Message and RequestId (the id is what
 * support asks for, so it is copyable). role=alert so it is announced when it appears.
 */
export interface ErrorPanelError {
  code: string
  message: string
  requestId?: string | undefined
  status?: number | undefined
  /** CloudAPI's `Recommend`: the OpenAPI portal's troubleshooting page for this error. */
  recommend?: string | undefined
}

export function ErrorPanel({
  title = 'The request failed',
  error,
  action,
}: {
  title?: string
  error: ErrorPanelError
  action?: ReactNode
}) {
  return (
    <div role="alert" className="error-panel">
      <div className="error-panel__icon">
        <AlertIcon width={18} height={18} />
      </div>
      <div className="error-panel__body">
        <p className="error-panel__title">{title}</p>
        <dl className="error-panel__facts">
          <dt>Code</dt>
          <dd className="mono">
            {error.code}
            {error.status ? <span className="muted"> (HTTP {error.status})</span> : null}
          </dd>
          <dt>Message</dt>
          <dd>{error.message}</dd>
          {error.requestId && (
            <>
              <dt>RequestId</dt>
              <dd className="mono error-panel__request-id">
                {error.requestId}
                <CopyButton value={error.requestId} label="Copy request ID" />
              </dd>
            </>
          )}
          {error.recommend && (
            <>
              <dt>Recommend</dt>
              <dd>
                <a href={error.recommend} target="_blank" rel="noreferrer">
                  Troubleshoot {error.code} in the OpenAPI portal
                </a>
              </dd>
            </>
          )}
        </dl>
        {action && <div className="error-panel__action">{action}</div>}
      </div>
    </div>
  )
}
