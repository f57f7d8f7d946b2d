import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { AppItem } from '@/cloud-api/cloudapi'
import { EmptyState } from '@/components/ui/empty-state'
import { GatewayIcon } from '@/components/ui/icons'
import { AppLink } from '@/components/ui/link'
import { CreateButton, DeleteRowButton, ResourceListPage } from '@/components/ui/resource-list-page'
import { type Column, Table } from '@/components/ui/table'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import { useAppsList, useCreateApp } from '../api/apps'
import { CreateAppDialog } from '../components/create-app-dialog'
import { DeleteAppDialog } from '../components/delete-app-dialog'

const COLUMNS: ReadonlyArray<Column<AppItem>> = [
  {
    header: 'App Name',
    cell: (a) => (
      <AppLink href={paths.appDetail(a.AppId)} className="fn-name">
        {a.AppName}
      </AppLink>
    ),
  },
  { header: 'AppId', cell: (a) => <span className="mono">{a.AppId}</span> },
  {
    header: 'Description',
    className: 'wrap',
    cell: (a) =>
      a.Description ? <span className="cell-clamp">{a.Description}</span> : <span className="muted">—</span>,
  },
]

/**
 * /apps — Call APIs > Apps (seed 002 Step 4: "Create an app and grant authorization"). An app's
 * AppKey/AppSecret sign calls; its AppCode is the simple alternative (`Authorization: APPCODE …`).
 */
export function Component() {
  const navigate = useNavigate()
  const toast = useToast()
  const [creating, setCreating] = useState(false)
  const [toDelete, setToDelete] = useState<AppItem | null>(null)
  const list = useAppsList()
  const create = useCreateApp()
  const apps = list.data?.Apps.AppItem ?? []

  const createAction = <CreateButton onClick={() => setCreating(true)}>Create App</CreateButton>
  const close = () => {
    setCreating(false)
    create.reset()
  }
  return (
    <>
      <ResourceListPage
        documentTitle="Apps · API Gateway"
        title="Apps"
        description="Apps call APIs that use Alibaba Cloud App authentication: authorize an app for an API and a stage, then sign with its AppKey and AppSecret, or send its AppCode."
        actions={createAction}
        error={list.isError ? toApiError(list.error) : null}
        errorTitle="The apps could not be listed"
        onRetry={() => list.refetch()}
      >
        <Table
          label="Apps"
          columns={COLUMNS}
          rows={apps}
          rowKey={(a) => String(a.AppId)}
          loading={list.isPending}
          empty={
            <EmptyState
              icon={<GatewayIcon width={22} height={22} />}
              title="No apps yet"
              description="Create an app to call APIs that require Alibaba Cloud App authentication."
              action={createAction}
            />
          }
          rowActions={(a) => <DeleteRowButton name={a.AppName} onClick={() => setToDelete(a)} />}
        />
      </ResourceListPage>
      <CreateAppDialog
        open={creating}
        pending={create.isPending}
        error={create.error}
        onClose={close}
        onSubmit={(values) =>
          create.mutate(
            { AppName: values.AppName, Description: values.Description || undefined },
            {
              onSuccess: (answer) => {
                toast({ title: `App ${values.AppName} created`, description: `AppId: ${answer.AppId}` })
                close()
                navigate(paths.appDetail(answer.AppId))
              },
            },
          )
        }
      />
      <DeleteAppDialog app={toDelete} onClose={() => setToDelete(null)} />
    </>
  )
}
