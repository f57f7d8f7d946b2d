import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import type { Fc2Function } from '@/cloud-api/fc2'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorPanel } from '@/components/ui/error-panel'
import { FunctionIcon, PlusIcon, TrashIcon } from '@/components/ui/icons'
import { KeyValueList } from '@/components/ui/key-value-list'
import { AppLink, ButtonLink } from '@/components/ui/link'
import { PageHeader } from '@/components/ui/page-header'
import { Panel } from '@/components/ui/panel'
import { type Column, Table } from '@/components/ui/table'
import { toApiError } from '@/lib/api-error'
import { formatDateTime } from '@/lib/format'
import { useServiceFunctions } from '../api/functions'
import { useService } from '../api/services'
import { DeleteFunctionDialog, DeleteServiceDialog } from '../components/delete-dialogs'
import { servicePaths } from '../lib/paths'
import { runtimeLabel } from '../lib/templates'

/** /services/:service — the service's facts and its functions (ListFunctions), with create and delete. */
export function Component() {
  const service = useParams().service ?? ''
  return <ServicePage key={service} service={service} />
}

function ServicePage({ service }: { service: string }) {
  const navigate = useNavigate()
  const info = useService(service)
  const functions = useServiceFunctions(service)
  const [deletingService, setDeletingService] = useState(false)
  const [toDelete, setToDelete] = useState<string | null>(null)
  const rows = functions.data?.pages.flatMap((page) => page.functions) ?? []
  const breadcrumbs = [{ label: 'Services', href: servicePaths.services }, { label: service }]

  if (info.isError) {
    const error = toApiError(info.error)
    return (
      <>
        <PageHeader title={service} breadcrumbs={breadcrumbs} />
        <ErrorPanel
          title={
            error.code === 'ServiceNotFound'
              ? 'This service does not exist'
              : 'The service could not be loaded'
          }
          error={error}
          action={<ButtonLink href={servicePaths.services}>Back to Services</ButtonLink>}
        />
      </>
    )
  }

  const columns: ReadonlyArray<Column<Fc2Function>> = [
    {
      header: 'Function Name',
      cell: (fn) => (
        <AppLink href={servicePaths.function(service, fn.functionName)} className="fn-name">
          {fn.functionName}
        </AppLink>
      ),
    },
    { header: 'Runtime', cell: (fn) => runtimeLabel(fn.runtime) },
    { header: 'Memory', cell: (fn) => `${fn.memorySize} MB`, className: 'num' },
    { header: 'Timeout', cell: (fn) => `${fn.timeout} s`, className: 'num' },
    { header: 'Last Modified', cell: (fn) => formatDateTime(fn.lastModifiedTime) },
  ]
  const createLink = (
    <ButtonLink href={servicePaths.createFunction(service)} variant="primary" icon={<PlusIcon />}>
      Create Function
    </ButtonLink>
  )
  return (
    <>
      <title>{`${service} · Services · Function Compute 2.0`}</title>
      <PageHeader
        title={service}
        breadcrumbs={breadcrumbs}
        meta={<Badge tone="accent">Service</Badge>}
        description={info.data?.description || undefined}
        actions={
          <>
            <Button icon={<TrashIcon />} onClick={() => setDeletingService(true)} disabled={!info.data}>
              Delete Service
            </Button>
            {createLink}
          </>
        }
      />
      <div className="stack">
        {info.data && (
          <Panel title="Service Information">
            <KeyValueList
              items={[
                { label: 'Service ID', value: info.data.serviceId, mono: true, copy: info.data.serviceId },
                { label: 'Internet Access', value: info.data.internetAccess ? 'Allowed' : 'Denied' },
                { label: 'Role', value: info.data.role || '—', mono: Boolean(info.data.role) },
                { label: 'Created', value: formatDateTime(info.data.createdTime) },
              ]}
            />
          </Panel>
        )}
        {functions.isError && !functions.data ? (
          <ErrorPanel title="The functions could not be listed" error={toApiError(functions.error)} />
        ) : (
          <Table
            label="Functions"
            columns={columns}
            rows={rows}
            rowKey={(fn) => fn.functionName}
            loading={functions.isPending}
            empty={
              <EmptyState
                icon={<FunctionIcon width={22} height={22} />}
                title="No functions in this service"
                description="Create a Node.js or Python function from a template, then test it."
                action={createLink}
              />
            }
            rowActions={(fn) => (
              <>
                <ButtonLink
                  size="sm"
                  variant="ghost"
                  href={servicePaths.function(service, fn.functionName, 'test')}
                  aria-label={`Test ${fn.functionName}`}
                >
                  Test
                </ButtonLink>
                <Button
                  size="sm"
                  variant="ghost"
                  className="btn--ghost-danger"
                  aria-label={`Delete ${fn.functionName}`}
                  onClick={() => setToDelete(fn.functionName)}
                >
                  Delete
                </Button>
              </>
            )}
          />
        )}
        {functions.hasNextPage && (
          <div className="load-more">
            <Button loading={functions.isFetchingNextPage} onClick={() => functions.fetchNextPage()}>
              Load more
            </Button>
          </div>
        )}
      </div>
      <DeleteServiceDialog
        name={deletingService ? service : null}
        onClose={() => setDeletingService(false)}
        onDeleted={() => navigate(servicePaths.services)}
      />
      <DeleteFunctionDialog service={service} name={toDelete} onClose={() => setToDelete(null)} />
    </>
  )
}
