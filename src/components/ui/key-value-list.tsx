import type { ReactNode } from 'react'
import { CopyButton } from './copy-button'

/** Read-only facts as a description list; `copy` adds a copy button labelled "Copy <label>". */
export interface KeyValueItem {
  label: string
  value: ReactNode
  copy?: string | undefined
  mono?: boolean
  /** Takes a whole row (long ids such as an ARN or a request id). */
  wide?: boolean
}

export function KeyValueList({ items }: { items: ReadonlyArray<KeyValueItem> }) {
  return (
    <dl className="kv">
      {items.map((item) => (
        <div key={item.label} className={item.wide ? 'kv__row kv__row--wide' : 'kv__row'}>
          <dt className="kv__label">{item.label}</dt>
          <dd className={item.mono ? 'kv__value mono' : 'kv__value'}>
            <span className="kv__text">{item.value}</span>
            {item.copy && <CopyButton value={item.copy} label={`Copy ${item.label}`} />}
          </dd>
        </div>
      ))}
    </dl>
  )
}
