import type { ReactNode } from 'react'
import type { z } from 'zod'
import type { BackendSummarySchema } from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { AppLink } from '@/components/ui/link'
import { type Column, Table } from '@/components/ui/table'
import { formatDateTime } from '@/lib/format'
import { paths } from '@/lib/paths'
import { backendTypeLabel } from '../lib/backend-form'

export type BackendSummary = z.infer<typeof BackendSummarySchema>

const COLUMNS: ReadonlyArray<Column<BackendSummary>> = [
  {
    header: 'Backend Service Name',
    cell: (b) => (
      <AppLink href={paths.backendDetail(b.BackendId)} className="fn-name">
        {b.BackendName}
      </AppLink>
    ),
  },
  { header: 'Type', cell: (b) => backendTypeLabel(b.BackendType) },
  { header: 'Created', cell: (b) => formatDateTime(b.CreatedTime) },
  {
    header: 'Description',
    className: 'wrap',
    cell: (b) =>
      b.Description ? <span className="cell-clamp">{b.Description}</span> : <span className="muted">—</span>,
  },
]

/** The backend services list; "Delete <name>" per row. */
export function BackendsTable({
  backends,
  loading,
  empty,
  onDelete,
}: {
  backends: readonly BackendSummary[]
  loading: boolean
  empty: ReactNode
  onDelete: (backend: BackendSummary) => void
}) {
  return (
    <Table
      label="Backend Services"
      columns={COLUMNS}
      rows={backends}
      rowKey={(b) => b.BackendId}
      loading={loading}
      empty={empty}
      rowActions={(b) => (
        <Button
          size="sm"
          variant="ghost"
          className="btn--ghost-danger"
          aria-label={`Delete ${b.BackendName}`}
          onClick={() => onDelete(b)}
        >
          Delete
        </Button>
      )}
    />
  )
}
