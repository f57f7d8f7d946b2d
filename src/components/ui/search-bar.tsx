import { type ReactNode, useState } from 'react'
import { Button } from './button'
import { SearchIcon } from './icons'

/**
 * A list's search: a labelled search box with Search and Clear, submitted on Enter. `value` is the
 * applied search (usually kept in the URL); the box follows it when it changes from outside
 * (back/forward). `count` and `children` sit at the right end of the toolbar.
 */
export function SearchBar({
  label,
  placeholder,
  value,
  onSearch,
  count,
  children,
}: {
  /** Accessible name of the search box. */
  label: string
  placeholder?: string
  value: string
  onSearch: (value: string) => void
  count?: string | undefined
  children?: ReactNode
}) {
  const [draft, setDraft] = useState(value)
  const [shown, setShown] = useState(value)
  if (shown !== value) {
    setShown(value)
    setDraft(value)
  }
  return (
    <search>
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault()
          onSearch(draft)
        }}
      >
        <div className="search-box">
          <SearchIcon className="search-box__icon" />
          <input
            type="search"
            className="input search-box__input"
            aria-label={label}
            placeholder={placeholder}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
        </div>
        <Button type="submit">Search</Button>
        {value && (
          <Button variant="ghost" onClick={() => onSearch('')}>
            Clear
          </Button>
        )}
        {children}
        <div className="spacer" />
        {count && (
          <span className="muted" aria-live="polite">
            {count}
          </span>
        )}
      </form>
    </search>
  )
}
