import { useState } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { STAGE_LABELS, STAGE_NAMES, type StageName } from '@/cloud-api/cloudapi'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { TrashIcon } from '@/components/ui/icons'
import { KeyValueList } from '@/components/ui/key-value-list'
import { ButtonLink } from '@/components/ui/link'
import { PageHeader } from '@/components/ui/page-header'
import { Panel } from '@/components/ui/panel'
import { Tabs } from '@/components/ui/tabs'
import { toApiError } from '@/lib/api-error'
import { formatDateTime } from '@/lib/format'
import { paths } from '@/lib/paths'
import { useBackend } from '../api/get-backend'
import { DeleteBackendDialog } from '../components/delete-backend-dialog'
import { StageDefinition } from '../components/stage-definition'
import { backendTypeLabel } from '../lib/backend-form'

const isStage = (value: string | null): value is StageName => STAGE_NAMES.includes(value as StageName)

/**
 * /backends/:backendId — Backend Service Definition with one tab per stage (Production, Staging,
 * Test); the tab is in the URL (?stage=RELEASE).
 */
export function Component() {
  const backendId = useParams().backendId ?? ''
  return <BackendPage key={backendId} backendId={backendId} />
}

function BackendPage({ backendId }: { backendId: string }) {
  const [searchParams, setSearchParams] = useSearchParams()
  const requested = searchParams.get('stage')
  const stage: StageName = isStage(requested) ? requested : 'RELEASE'
  const navigate = useNavigate()
  const [deleting, setDeleting] = useState(false)
  const backend = useBackend(backendId)
  const info = backend.data?.BackendInfo
  const name = info?.BackendName ?? backendId
  const breadcrumbs = [{ label: 'Backend Services', href: paths.backends }, { label: name }]
  const title = <title>{`${name} · Backend Services · API Gateway`}</title>

  if (backend.isError) {
    const error = toApiError(backend.error)
    const missing = error.code.startsWith('NotFound')
    return (
      <>
        {title}
        <PageHeader title={name} breadcrumbs={breadcrumbs} />
        <ErrorPanel
          title={missing ? 'This backend service does not exist' : 'The backend service could not be loaded'}
          error={error}
          action={
            <div className="row">
              <ButtonLink href={paths.backends}>Back to Backend Services</ButtonLink>
              {!missing && <Button onClick={() => backend.refetch()}>Retry</Button>}
            </div>
          }
        />
      </>
    )
  }

  return (
    <>
      {title}
      <PageHeader
        title={name}
        breadcrumbs={breadcrumbs}
        meta={info && <Badge tone="accent">{backendTypeLabel(info.BackendType)}</Badge>}
        description={info?.Description || undefined}
        actions={
          <Button icon={<TrashIcon />} onClick={() => setDeleting(true)} disabled={!info}>
            Delete Backend Service
          </Button>
        }
      />
      {!info ? (
        <div className="panel panel--loading" aria-busy="true">
          <span className="skeleton" />
          <span className="skeleton" />
          <span className="sr-only">Loading the backend service…</span>
        </div>
      ) : (
        <div className="stack">
          <Panel title="Backend Service Definition">
            <KeyValueList
              items={[
                { label: 'Backend Service ID', value: info.BackendId, copy: info.BackendId, mono: true },
                { label: 'Type', value: backendTypeLabel(info.BackendType) },
                { label: 'Created', value: formatDateTime(info.CreatedTime) },
                { label: 'Last Modified', value: formatDateTime(info.ModifiedTime) },
              ]}
            />
          </Panel>
          <Tabs
            label="Stages"
            value={stage}
            onValueChange={(next) => setSearchParams({ stage: next }, { replace: true })}
            items={STAGE_NAMES.map((s) => {
              const model = info.BackendModels.find((m) => m.StageName === s)
              return {
                id: s,
                label: (
                  <>
                    {STAGE_LABELS[s]}
                    <span className={model ? 'stage-dot stage-dot--on' : 'stage-dot'} aria-hidden="true" />
                  </>
                ),
                render: () => (
                  <StageDefinition
                    backendId={info.BackendId}
                    backendType={info.BackendType}
                    stage={s}
                    model={model}
                  />
                ),
              }
            })}
          />
        </div>
      )}
      <DeleteBackendDialog
        backend={deleting && info ? info : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate(paths.backends)}
      />
    </>
  )
}
