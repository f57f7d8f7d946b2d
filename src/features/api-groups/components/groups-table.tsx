import type { ReactNode } from 'react'
import type { ApiGroupAttribute } from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { AppLink, ButtonLink } from '@/components/ui/link'
import { type Column, Table } from '@/components/ui/table'
import { formatDateTime } from '@/lib/format'
import { paths } from '@/lib/paths'

const COLUMNS: ReadonlyArray<Column<ApiGroupAttribute>> = [
  {
    header: 'Group Name',
    cell: (g) => (
      <AppLink href={paths.apiGroupDetail(g.GroupId)} className="fn-name">
        {g.GroupName}
      </AppLink>
    ),
  },
  { header: 'Subdomain', cell: (g) => <span className="mono cell-mono">{g.SubDomain}</span> },
  { header: 'BasePath', cell: (g) => <span className="mono">{g.BasePath}</span> },
  { header: 'Created', cell: (g) => formatDateTime(g.CreatedTime) },
  {
    header: 'Description',
    className: 'wrap',
    cell: (g) =>
      g.Description ? <span className="cell-clamp">{g.Description}</span> : <span className="muted">—</span>,
  },
]

/** The API groups list; row actions are named per row ("Manage APIs of FC-Group", "Delete FC-Group"). */
export function GroupsTable({
  groups,
  loading,
  empty,
  onDelete,
}: {
  groups: readonly ApiGroupAttribute[]
  loading: boolean
  empty: ReactNode
  onDelete: (group: ApiGroupAttribute) => void
}) {
  return (
    <Table
      label="API Groups"
      columns={COLUMNS}
      rows={groups}
      rowKey={(g) => g.GroupId}
      loading={loading}
      empty={empty}
      rowActions={(g) => (
        <>
          <ButtonLink
            size="sm"
            variant="ghost"
            href={paths.apis(g.GroupId)}
            aria-label={`Manage APIs of ${g.GroupName}`}
          >
            Manage APIs
          </ButtonLink>
          <Button
            size="sm"
            variant="ghost"
            className="btn--ghost-danger"
            aria-label={`Delete ${g.GroupName}`}
            onClick={() => onDelete(g)}
          >
            Delete
          </Button>
        </>
      )}
    />
  )
}
