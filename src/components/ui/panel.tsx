import { type ReactNode, useId } from 'react'

/** A titled section on a white surface; a landmark region named by its heading. */
export function Panel({
  title,
  actions,
  children,
  className,
}: {
  title?: ReactNode
  actions?: ReactNode
  children: ReactNode
  className?: string
}) {
  const headingId = useId()
  return (
    <section
      className={['panel', className].filter(Boolean).join(' ')}
      aria-labelledby={title ? headingId : undefined}
    >
      {(title || actions) && (
        <div className="panel__header">
          {title && (
            <h2 id={headingId} className="panel__title">
              {title}
            </h2>
          )}
          {actions && <div className="panel__actions">{actions}</div>}
        </div>
      )}
      <div className="panel__body">{children}</div>
    </section>
  )
}
