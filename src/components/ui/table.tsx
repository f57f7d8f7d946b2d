import type { ReactNode } from 'react'

/**
 * A data table: a real <table> (so rows and cells have roles for getByRole('row') and screen
 * readers), an accessible name, a loading skeleton, an empty state and a per-row actions cell.
 */
export interface Column<T> {
  /** Column header text. */
  header: string
  cell: (row: T) => ReactNode
  /** e.g. 'num' right-aligns numbers. */
  className?: string
}

export function Table<T>({
  label,
  columns,
  rows,
  rowKey,
  rowActions,
  loading = false,
  skeletonRows = 5,
  empty,
}: {
  /** Accessible name of the table ("Functions"). */
  label: string
  columns: ReadonlyArray<Column<T>>
  rows: ReadonlyArray<T>
  rowKey: (row: T) => string
  rowActions?: (row: T) => ReactNode
  loading?: boolean
  skeletonRows?: number
  /** Shown in place of the table body when there are no rows. */
  empty?: ReactNode
}) {
  const columnCount = columns.length + (rowActions ? 1 : 0)
  const showEmpty = !loading && rows.length === 0 && empty
  return (
    <div className="table-wrap">
      <table className="table" aria-label={label} aria-busy={loading || undefined}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
            {rowActions && (
              <th scope="col" className="table__actions-head">
                Actions
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {loading &&
            Array.from({ length: skeletonRows }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
              <tr key={i} className="table__skeleton-row">
                {Array.from({ length: columnCount }, (_, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: placeholder cells have no identity
                  <td key={j}>
                    {i === 0 && j === 0 && <span className="sr-only">Loading…</span>}
                    <span className="skeleton" aria-hidden="true" />
                  </td>
                ))}
              </tr>
            ))}
          {!loading &&
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => (
                  <td key={column.header} className={column.className}>
                    {column.cell(row)}
                  </td>
                ))}
                {rowActions && (
                  <td className="table__actions">
                    <div className="table__actions-inner">{rowActions(row)}</div>
                  </td>
                )}
              </tr>
            ))}
          {showEmpty && (
            <tr>
              <td colSpan={columnCount} className="table__empty">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
