import type { ReactNode } from 'react'
import { type ApiSummary, STAGE_LABELS } from '@/cloud-api/cloudapi'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { AppLink, ButtonLink } from '@/components/ui/link'
import { type Column, Table } from '@/components/ui/table'
import { formatDateTime } from '@/lib/format'
import { paths } from '@/lib/paths'
import { deployedStages } from '../lib/labels'

const COLUMNS: ReadonlyArray<Column<ApiSummary>> = [
  {
    header: 'API Name',
    cell: (api) => (
      <AppLink href={paths.apiDetail(api.ApiId)} className="fn-name">
        {api.ApiName}
      </AppLink>
    ),
  },
  {
    header: 'Request',
    cell: (api) => (
      <span className="mono">
        <span className="method">{api.ApiMethod}</span> {api.ApiPath}
      </span>
    ),
  },
  {
    header: 'Group',
    cell: (api) => <AppLink href={paths.apiGroupDetail(api.GroupId)}>{api.GroupName}</AppLink>,
  },
  {
    header: 'Published',
    cell: (api) => {
      const stages = deployedStages(api.DeployedInfos.DeployedInfo)
      return stages.length === 0 ? (
        <span className="muted">Not published</span>
      ) : (
        <span className="row">
          {stages.map((stage) => (
            <Badge key={stage} tone="success">
              {STAGE_LABELS[stage]}
            </Badge>
          ))}
        </span>
      )
    },
  },
  { header: 'Last Modified', cell: (api) => formatDateTime(api.ModifiedTime) },
]

/** The APIs list; per-row actions "Debug <name>" and "Delete <name>". */
export function ApisTable({
  apis,
  loading,
  empty,
  onDelete,
  onAuthorize,
}: {
  apis: readonly ApiSummary[]
  loading: boolean
  empty: ReactNode
  onDelete: (api: ApiSummary) => void
  onAuthorize?: (api: ApiSummary) => void
}) {
  return (
    <Table
      label="APIs"
      columns={COLUMNS}
      rows={apis}
      rowKey={(api) => api.ApiId}
      loading={loading}
      empty={empty}
      rowActions={(api) => (
        <>
          <ButtonLink
            size="sm"
            variant="ghost"
            href={paths.apiDetail(api.ApiId, 'debug')}
            aria-label={`Debug ${api.ApiName}`}
          >
            Debug
          </ButtonLink>
          {onAuthorize && (
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Authorize ${api.ApiName}`}
              onClick={() => onAuthorize(api)}
            >
              Authorize
            </Button>
          )}
          <Button
            size="sm"
            variant="ghost"
            className="btn--ghost-danger"
            aria-label={`Delete ${api.ApiName}`}
            onClick={() => onDelete(api)}
          >
            Delete
          </Button>
        </>
      )}
    />
  )
}
