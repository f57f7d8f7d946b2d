import type { ReactNode } from 'react'
import { Breadcrumbs, type Crumb } from './breadcrumbs'

/** Breadcrumbs, the page's one <h1>, an optional description and the primary action(s). */
export function PageHeader({
  title,
  breadcrumbs,
  description,
  meta,
  actions,
}: {
  title: ReactNode
  breadcrumbs?: Crumb[]
  description?: ReactNode
  /** Small facts next to the title (badges). */
  meta?: ReactNode
  actions?: ReactNode
}) {
  return (
    <header className="page-header">
      {breadcrumbs && <Breadcrumbs items={breadcrumbs} />}
      <div className="page-header__row">
        <div className="page-header__titles">
          <div className="row">
            <h1 className="page-header__title">{title}</h1>
            {meta}
          </div>
          {description && <p className="page-header__description">{description}</p>}
        </div>
        {actions && <div className="page-header__actions">{actions}</div>}
      </div>
    </header>
  )
}
