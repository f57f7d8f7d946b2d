import { AppLink } from './link'

export interface Crumb {
  label: string
  /** Omitted for the current page. */
  href?: string
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {items.map((item, index) => {
          const last = index === items.length - 1
          return (
            <li key={`${item.label}|${item.href ?? ''}`}>
              {item.href && !last ? (
                <AppLink href={item.href}>{item.label}</AppLink>
              ) : (
                <span aria-current={last ? 'page' : undefined}>{item.label}</span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
