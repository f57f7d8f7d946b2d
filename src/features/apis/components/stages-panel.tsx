import { useState } from 'react'
import { type DescribeApiResponse, STAGE_LABELS, STAGE_NAMES, type StageName } from '@/cloud-api/cloudapi'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/dialog'
import { Panel } from '@/components/ui/panel'
import { Spinner } from '@/components/ui/spinner'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { formatDateTime } from '@/lib/format'
import { useAbolishApi } from '../api/deploy-api'
import { useDeployedApi } from '../api/get-deployed-api'

/**
 * Where the API is published: one row per stage, from DescribeApi's DeployedInfos and each stage's
 * DescribeDeployedApi (when it was published). Publish / Unpublish (AbolishApi) per stage.
 */
export function StagesPanel({
  api,
  onPublish,
}: {
  api: DescribeApiResponse
  onPublish: (stage: StageName) => void
}) {
  const [unpublishing, setUnpublishing] = useState<StageName | null>(null)
  return (
    <Panel title="Stages">
      <table className="table table--plain" aria-label="Stages">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Status</th>
            <th scope="col">Published</th>
            <th scope="col" className="table__actions-head">
              Actions
            </th>
          </tr>
        </thead>
        <tbody>
          {STAGE_NAMES.map((stage) => (
            <StageRow
              key={stage}
              api={api}
              stage={stage}
              onPublish={() => onPublish(stage)}
              onUnpublish={() => setUnpublishing(stage)}
            />
          ))}
        </tbody>
      </table>
      <UnpublishDialog api={api} stage={unpublishing} onClose={() => setUnpublishing(null)} />
    </Panel>
  )
}

function StageRow({
  api,
  stage,
  onPublish,
  onUnpublish,
}: {
  api: DescribeApiResponse
  stage: StageName
  onPublish: () => void
  onUnpublish: () => void
}) {
  const info = api.DeployedInfos.DeployedInfo.find((i) => i.StageName === stage)
  const deployed = info?.DeployedStatus === 'DEPLOYED'
  const snapshot = useDeployedApi(api.ApiId, api.GroupId, stage, deployed)
  const deployedTime = snapshot.data?.DeployedTime
  const edited = deployed && deployedTime !== undefined && api.ModifiedTime > deployedTime
  const label = STAGE_LABELS[stage]
  return (
    <tr>
      <th scope="row">
        {label} <span className="mono muted">{stage}</span>
      </th>
      <td>
        <span className="row">
          {deployed ? <Badge tone="success">Published</Badge> : <Badge>Not published</Badge>}
          {edited && (
            <Badge tone="warning" title="The API was edited after this stage was published.">
              Edited since
            </Badge>
          )}
        </span>
      </td>
      <td>
        {!deployed ? (
          <span className="muted">—</span>
        ) : snapshot.isPending ? (
          <Spinner size={12} />
        ) : (
          formatDateTime(deployedTime)
        )}
      </td>
      <td className="table__actions">
        <div className="table__actions-inner">
          <Button
            size="sm"
            variant="ghost"
            onClick={onPublish}
            // The visible word starts the name (WCAG 2.5.3, label in name): "Republish to Production".
            aria-label={`${deployed ? 'Republish' : 'Publish'} to ${label}`}
          >
            {deployed ? 'Republish' : 'Publish'}
          </Button>
          {deployed && (
            <Button
              size="sm"
              variant="ghost"
              className="btn--ghost-danger"
              onClick={onUnpublish}
              aria-label={`Unpublish from ${label}`}
            >
              Unpublish
            </Button>
          )}
        </div>
      </td>
    </tr>
  )
}

function UnpublishDialog({
  api,
  stage,
  onClose,
}: {
  api: DescribeApiResponse
  stage: StageName | null
  onClose: () => void
}) {
  const toast = useToast()
  const abolish = useAbolishApi()
  const label = stage ? STAGE_LABELS[stage] : ''
  const close = () => {
    abolish.reset()
    onClose()
  }
  return (
    <ConfirmDialog
      open={stage !== null}
      title={`Unpublish ${api.ApiName} from ${label}?`}
      confirmLabel="Unpublish"
      pending={abolish.isPending}
      error={abolish.error ? toApiError(abolish.error) : null}
      onClose={close}
      onConfirm={() => {
        if (!stage) return
        abolish.mutate(
          { apiId: api.ApiId, groupId: api.GroupId, stage },
          {
            onSuccess: () => {
              toast({ title: `${api.ApiName} unpublished from ${label}` })
              close()
            },
          },
        )
      }}
    >
      Callers of {label} ({stage}) get “API not found” from now on. The definition stays; publish again at any
      time.
    </ConfirmDialog>
  )
}
