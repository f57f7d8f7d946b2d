import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { TrashIcon } from '@/components/ui/icons'
import { KeyValueList } from '@/components/ui/key-value-list'
import { ButtonLink } from '@/components/ui/link'
import { PageHeader } from '@/components/ui/page-header'
import { Panel } from '@/components/ui/panel'
import { toApiError } from '@/lib/api-error'
import { formatDateTime } from '@/lib/format'
import { paths } from '@/lib/paths'
import { useApp } from '../api/apps'
import { AuthorizedApisPanel } from '../components/authorized-apis-panel'
import { CredentialsPanel } from '../components/credentials-panel'
import { DeleteAppDialog } from '../components/delete-app-dialog'

/** /apps/:appId — the app: its credentials (shown on request), and the APIs it is authorized to call. */
export function Component() {
  const appId = Number(useParams().appId)
  return <AppPage key={appId} appId={appId} />
}

function AppPage({ appId }: { appId: number }) {
  const navigate = useNavigate()
  const app = useApp(appId)
  const [deleting, setDeleting] = useState(false)
  const name = app.data?.AppName ?? String(appId)
  const breadcrumbs = [{ label: 'Apps', href: paths.apps }, { label: name }]
  const title = <title>{`${name} · Apps · API Gateway`}</title>

  if (app.isError) {
    const error = toApiError(app.error)
    const missing = error.code.startsWith('NotFound')
    return (
      <>
        {title}
        <PageHeader title={name} breadcrumbs={breadcrumbs} />
        <ErrorPanel
          title={missing ? 'This app does not exist' : 'The app could not be loaded'}
          error={error}
          action={
            <div className="row">
              <ButtonLink href={paths.apps}>Back to Apps</ButtonLink>
              {!missing && <Button onClick={() => app.refetch()}>Retry</Button>}
            </div>
          }
        />
      </>
    )
  }
  const data = app.data
  return (
    <>
      {title}
      <PageHeader
        title={name}
        breadcrumbs={breadcrumbs}
        description={data?.Description || undefined}
        actions={
          <Button icon={<TrashIcon />} onClick={() => setDeleting(true)} disabled={!data}>
            Delete App
          </Button>
        }
      />
      {!data ? (
        <div className="panel panel--loading" aria-busy="true">
          <span className="skeleton" />
          <span className="sr-only">Loading the app…</span>
        </div>
      ) : (
        <div className="stack">
          <Panel title="Basic Information">
            <KeyValueList
              items={[
                { label: 'App Name', value: data.AppName },
                { label: 'AppId', value: String(data.AppId), mono: true, copy: String(data.AppId) },
                { label: 'Created', value: formatDateTime(data.CreatedTime) },
                { label: 'Modified', value: formatDateTime(data.ModifiedTime) },
              ]}
            />
          </Panel>
          <CredentialsPanel appId={appId} />
          <AuthorizedApisPanel appId={appId} appName={data.AppName} />
        </div>
      )}
      <DeleteAppDialog
        app={deleting && data ? data : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate(paths.apps)}
      />
    </>
  )
}
