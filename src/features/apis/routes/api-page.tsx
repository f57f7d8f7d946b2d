import { useEffect, useState } from 'react'
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router'
import type { StageName } from '@/cloud-api/cloudapi'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { EditIcon, TrashIcon } from '@/components/ui/icons'
import { ButtonLink } from '@/components/ui/link'
import { PageHeader } from '@/components/ui/page-header'
import { Tabs } from '@/components/ui/tabs'
import { toApiError } from '@/lib/api-error'
import { type ApiTab, paths } from '@/lib/paths'
import { useApi } from '../api/get-api'
import { AuthorizeDialog } from '../components/authorize-dialog'
import { CallExamplePanel } from '../components/call-example/call-example-panel'
import { DebugTab } from '../components/debug/debug-tab'
import { DefinitionTab } from '../components/definition-tab'
import { DeleteApiDialog } from '../components/delete-api-dialog'
import { PublishDialog } from '../components/publish-dialog'
import { StagesPanel } from '../components/stages-panel'
import { AUTH_TYPE_LABELS, deployedStages } from '../lib/labels'

const TABS: readonly ApiTab[] = ['definition', 'debug']
const isTab = (value: string | null): value is ApiTab => TABS.includes(value as ApiTab)

/**
 * /apis/:apiId — the API: where it is published (per stage, with Publish / Unpublish), how to call
 * it (the Call Example, first in the API Definition tab), its definition, and the Debug API tab
 * (?tab=debug).
 */
export function Component() {
  const apiId = useParams().apiId ?? ''
  return <ApiPage key={apiId} apiId={apiId} />
}

function ApiPage({ apiId }: { apiId: string }) {
  const [searchParams, setSearchParams] = useSearchParams()
  const tab: ApiTab = isTab(searchParams.get('tab')) ? (searchParams.get('tab') as ApiTab) : 'definition'
  const navigate = useNavigate()
  const location = useLocation()
  const api = useApi(apiId)
  // Right after Create API the console prompts to publish (seed 002 Step 3: "When prompted, click Publish").
  const [publishing, setPublishing] = useState<StageName | null>(() =>
    (location.state as { promptPublish?: boolean } | null)?.promptPublish ? 'RELEASE' : null,
  )
  const [deleting, setDeleting] = useState(false)
  const [authorizing, setAuthorizing] = useState<{ stage?: StageName } | null>(null)
  // Forget the prompt once shown, so a reload does not open the dialog again.
  const prompted = Boolean((location.state as { promptPublish?: boolean } | null)?.promptPublish)
  useEffect(() => {
    if (prompted) navigate(`${location.pathname}${location.search}`, { replace: true, state: null })
  }, [prompted, navigate, location.pathname, location.search])
  const name = api.data?.ApiName ?? apiId
  const breadcrumbs = [{ label: 'APIs', href: paths.apis() }, { label: name }]
  const title = <title>{`${name} · APIs · API Gateway`}</title>

  if (api.isError) {
    const error = toApiError(api.error)
    const missing = error.code.startsWith('NotFound')
    return (
      <>
        {title}
        <PageHeader title={name} breadcrumbs={breadcrumbs} />
        <ErrorPanel
          title={missing ? 'This API does not exist' : 'The API could not be loaded'}
          error={error}
          action={
            <div className="row">
              <ButtonLink href={paths.apis()}>Back to APIs</ButtonLink>
              {!missing && <Button onClick={() => api.refetch()}>Retry</Button>}
            </div>
          }
        />
      </>
    )
  }

  const data = api.data
  const request = data?.RequestConfig
  return (
    <>
      {title}
      <PageHeader
        title={name}
        breadcrumbs={breadcrumbs}
        meta={
          data && (
            <>
              <Badge tone="accent">
                {String(request?.RequestHttpMethod ?? '')} {String(request?.RequestPath ?? '')}
              </Badge>
              <Badge>{AUTH_TYPE_LABELS[data.AuthType] ?? data.AuthType}</Badge>
            </>
          )
        }
        description={data?.Description || undefined}
        actions={
          <>
            <Button variant="primary" onClick={() => setPublishing('RELEASE')} disabled={!data}>
              Publish
            </Button>
            <Button onClick={() => setAuthorizing({})} disabled={!data}>
              Authorize
            </Button>
            <ButtonLink icon={<EditIcon />} href={paths.editApi(apiId)}>
              Edit API
            </ButtonLink>
            <Button icon={<TrashIcon />} onClick={() => setDeleting(true)} disabled={!data}>
              Delete API
            </Button>
          </>
        }
      />
      {!data ? (
        <div className="panel panel--loading" aria-busy="true">
          <span className="skeleton" />
          <span className="skeleton" />
          <span className="sr-only">Loading the API…</span>
        </div>
      ) : (
        <div className="stack">
          <StagesPanel api={data} onPublish={setPublishing} />
          <Tabs
            label="API details"
            value={tab}
            onValueChange={(next) => {
              const params = new URLSearchParams(searchParams)
              params.set('tab', next)
              setSearchParams(params, { replace: true })
            }}
            items={[
              {
                id: 'definition',
                label: 'API Definition',
                // The Call Example first; inside the tab, so its data arriving never moves the tabs or
                // the Debug API form under the pointer.
                render: () => (
                  <div className="stack">
                    <CallExamplePanel api={data} onAuthorize={(stage) => setAuthorizing({ stage })} />
                    <DefinitionTab api={data} />
                  </div>
                ),
              },
              { id: 'debug', label: 'Debug API', render: () => <DebugTab api={data} /> },
            ]}
          />
        </div>
      )}
      <PublishDialog
        key={publishing ?? 'closed'}
        api={publishing && data ? data : null}
        initialStage={publishing ?? 'RELEASE'}
        onClose={() => setPublishing(null)}
      />
      {authorizing && data && (
        <AuthorizeDialog api={data} initialStage={authorizing.stage} onClose={() => setAuthorizing(null)} />
      )}
      <DeleteApiDialog
        api={deleting && data ? data : null}
        publishedTo={data ? deployedStages(data.DeployedInfos.DeployedInfo) : []}
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate(paths.apis(data?.GroupId))}
      />
    </>
  )
}
