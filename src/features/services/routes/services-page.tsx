import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { Fc2Service } from '@/cloud-api/fc2'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorPanel } from '@/components/ui/error-panel'
import { FunctionIcon, PlusIcon } from '@/components/ui/icons'
import { AppLink } from '@/components/ui/link'
import { PageHeader } from '@/components/ui/page-header'
import { type Column, Table } from '@/components/ui/table'
import { toApiError } from '@/lib/api-error'
import { formatDateTime } from '@/lib/format'
import { useServices } from '../api/services'
import { CreateServiceDialog } from '../components/create-service-dialog'
import { DeleteServiceDialog } from '../components/delete-dialogs'
import { servicePaths } from '../lib/paths'

const COLUMNS: ReadonlyArray<Column<Fc2Service>> = [
  {
    header: 'Service Name',
    cell: (s) => (
      <AppLink href={servicePaths.service(s.serviceName)} className="fn-name">
        {s.serviceName}
      </AppLink>
    ),
  },
  {
    header: 'Description',
    className: 'wrap',
    cell: (s) =>
      s.description ? <span className="cell-clamp">{s.description}</span> : <span className="muted">—</span>,
  },
  { header: 'Internet Access', cell: (s) => (s.internetAccess ? 'Allowed' : 'Denied') },
  { header: 'Last Modified', cell: (s) => formatDateTime(s.lastModifiedTime) },
]

/**
 * /services — FC 2.0 services (seed 004 "Service operations"): the list (ListServices, paged with Load
 * more), Create Service, and Delete with confirmation.
 */
export function Component() {
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const [toDelete, setToDelete] = useState<string | null>(null)
  const list = useServices()
  const services = list.data?.pages.flatMap((page) => page.services) ?? []
  const createButton = (
    <Button variant="primary" icon={<PlusIcon />} onClick={() => setCreating(true)}>
      Create Service
    </Button>
  )
  return (
    <>
      <title>Services · Function Compute 2.0</title>
      <PageHeader
        title="Services"
        meta={<Badge tone="accent">FC 2.0</Badge>}
        description="Function Compute 2.0 groups functions into services (API version 2016-08-15). Create a service, then its functions and their triggers."
        actions={createButton}
      />
      <div className="stack">
        {list.isError && !list.data ? (
          <ErrorPanel
            title="The services could not be listed"
            error={toApiError(list.error)}
            action={<Button onClick={() => list.refetch()}>Retry</Button>}
          />
        ) : (
          <Table
            label="Services"
            columns={COLUMNS}
            rows={services}
            rowKey={(s) => s.serviceName}
            loading={list.isPending}
            empty={
              <EmptyState
                icon={<FunctionIcon width={22} height={22} />}
                title="No services yet"
                description="A service holds functions that share a role, logging and network settings."
                action={createButton}
              />
            }
            rowActions={(s) => (
              <Button
                size="sm"
                variant="ghost"
                className="btn--ghost-danger"
                aria-label={`Delete ${s.serviceName}`}
                onClick={() => setToDelete(s.serviceName)}
              >
                Delete
              </Button>
            )}
          />
        )}
        {list.hasNextPage && (
          <div className="load-more">
            <Button loading={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
              Load more
            </Button>
          </div>
        )}
      </div>
      <CreateServiceDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(name) => navigate(servicePaths.service(name))}
      />
      <DeleteServiceDialog name={toDelete} onClose={() => setToDelete(null)} />
    </>
  )
}
