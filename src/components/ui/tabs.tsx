import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react'

/**
 * WAI-ARIA tabs (role=tablist/tab/tabpanel) with automatic activation: Left/Right move and select,
 * Home/End jump; only the selected tab is in the Tab order (roving tabindex). The selected value is
 * controlled, so a page can keep it in the URL (?tab=code).
 *
 * Panels are mounted on first visit and then kept mounted but hidden, so switching tabs keeps
 * unsaved code, the test event being edited and the last result.
 */
export interface TabItem<T extends string> {
  id: T
  label: ReactNode
  render: () => ReactNode
}

export function Tabs<T extends string>({
  label,
  items,
  value,
  onValueChange,
}: {
  /** Accessible name of the tablist. */
  label: string
  items: ReadonlyArray<TabItem<T>>
  value: T
  onValueChange: (value: T) => void
}) {
  const baseId = useId()
  const tabRefs = useRef(new Map<T, HTMLButtonElement>())
  const [visited, setVisited] = useState<ReadonlySet<T>>(() => new Set([value]))
  if (!visited.has(value)) setVisited(new Set([...visited, value]))

  const select = (index: number) => {
    const count = items.length
    const item = items[((index % count) + count) % count]
    if (!item) return
    onValueChange(item.id)
    tabRefs.current.get(item.id)?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: items.length - 1,
    }
    const target = moves[event.key]
    if (target === undefined) return
    event.preventDefault()
    select(target)
  }

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tabs__list">
        {items.map((item, index) => {
          const selected = item.id === value
          return (
            <button
              key={item.id}
              ref={(el) => {
                if (el) tabRefs.current.set(item.id, el)
                else tabRefs.current.delete(item.id)
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${item.id}`}
              aria-selected={selected}
              aria-controls={visited.has(item.id) ? `${baseId}-panel-${item.id}` : undefined}
              tabIndex={selected ? 0 : -1}
              className="tabs__tab"
              onClick={() => onValueChange(item.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {item.label}
            </button>
          )
        })}
      </div>
      {items.map((item) =>
        visited.has(item.id) ? (
          <div
            key={item.id}
            role="tabpanel"
            id={`${baseId}-panel-${item.id}`}
            aria-labelledby={`${baseId}-tab-${item.id}`}
            hidden={item.id !== value}
            className="tabs__panel"
          >
            {item.render()}
          </div>
        ) : null,
      )}
    </div>
  )
}
