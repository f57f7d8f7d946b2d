import type { ReactNode } from 'react'
import type { Fc3Function } from '@/cloud-api/fc3'
import { Button } from '@/components/ui/button'
import { AppLink, ButtonLink } from '@/components/ui/link'
import { type Column, Table } from '@/components/ui/table'
import { isWebFunction } from '@/lib/cloud/web-function'
import { formatDateTime } from '@/lib/format'
import { paths } from '@/lib/paths'
import { runtimeLabel } from '../lib/function-form'

const COLUMNS: ReadonlyArray<Column<Fc3Function>> = [
  {
    header: 'Function Name',
    cell: (fn) => (
      <AppLink href={paths.functionDetail(fn.functionName)} className="fn-name">
        {fn.functionName}
      </AppLink>
    ),
  },
  // As the function page's badge: a web function is an HTTP server on a custom runtime (seed 002).
  { header: 'Type', cell: (fn) => (isWebFunction(fn) ? 'Web Function' : 'Event Function') },
  { header: 'Runtime', cell: (fn) => runtimeLabel(fn.runtime) },
  { header: 'Memory', cell: (fn) => `${fn.memorySize} MB`, className: 'num' },
  { header: 'Timeout', cell: (fn) => `${fn.timeout} s`, className: 'num' },
  { header: 'Last Modified', cell: (fn) => formatDateTime(fn.lastModifiedTime) },
  {
    header: 'Description',
    className: 'wrap',
    cell: (fn) =>
      fn.description ? (
        <span className="cell-clamp">{fn.description}</span>
      ) : (
        <span className="muted">—</span>
      ),
  },
]

/** The functions list. Row actions are named per row ("Test my-fn", "Delete my-fn"). */
export function FunctionsTable({
  functions,
  loading,
  empty,
  onDelete,
}: {
  functions: readonly Fc3Function[]
  loading: boolean
  empty: ReactNode
  onDelete: (name: string) => void
}) {
  return (
    <Table
      label="Functions"
      columns={COLUMNS}
      rows={functions}
      rowKey={(fn) => fn.functionName}
      loading={loading}
      empty={empty}
      rowActions={(fn) => (
        <>
          <ButtonLink
            size="sm"
            variant="ghost"
            href={paths.functionDetail(fn.functionName, 'test')}
            aria-label={`Test ${fn.functionName}`}
          >
            Test
          </ButtonLink>
          <Button
            size="sm"
            variant="ghost"
            className="btn--ghost-danger"
            aria-label={`Delete ${fn.functionName}`}
            onClick={() => onDelete(fn.functionName)}
          >
            Delete
          </Button>
        </>
      )}
    />
  )
}
