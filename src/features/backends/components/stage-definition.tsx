import { useState } from 'react'
import { type BackendModel, STAGE_LABELS, type StageName } from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/dialog'
import { EmptyState } from '@/components/ui/empty-state'
import { FunctionIcon, PlusIcon } from '@/components/ui/icons'
import { KeyValueList } from '@/components/ui/key-value-list'
import { AppLink } from '@/components/ui/link'
import { Panel } from '@/components/ui/panel'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { functionConfigOf } from '@/lib/cloud/backends'
import { formatDateTime } from '@/lib/format'
import { paths } from '@/lib/paths'
import { useUnbindFunction } from '../api/unbind-function'
import { BindFunctionForm } from './bind-function-form'

/** One stage tab of a backend service: its definition (the bound function), or a way to create one. */
export function StageDefinition({
  backendId,
  backendType,
  stage,
  model,
}: {
  backendId: string
  backendType: string
  stage: StageName
  model: BackendModel | undefined
}) {
  const [creating, setCreating] = useState(false)
  if (model) return <BoundDefinition backendId={backendId} stage={stage} model={model} />
  const supported = backendType === 'FC_EVENT_V3' || backendType === 'FC_HTTP_V3'
  if (creating && supported) {
    return (
      <BindFunctionForm
        backendId={backendId}
        backendType={backendType}
        stage={stage}
        onDone={() => setCreating(false)}
        onCancel={() => setCreating(false)}
      />
    )
  }
  return (
    <div className="panel">
      <EmptyState
        icon={<FunctionIcon width={22} height={22} />}
        title={`No backend defined for ${STAGE_LABELS[stage]}`}
        description={`APIs on this backend service cannot be published to ${STAGE_LABELS[stage]} (${stage}) until it points at a function.`}
        action={
          supported ? (
            <Button variant="primary" icon={<PlusIcon />} onClick={() => setCreating(true)}>
              Create
            </Button>
          ) : (
            <p className="muted">
              The console defines Function Compute 3.0 event and web function backends only.
            </p>
          )
        }
      />
    </div>
  )
}

function BoundDefinition({
  backendId,
  stage,
  model,
}: {
  backendId: string
  stage: StageName
  model: BackendModel
}) {
  const toast = useToast()
  const [confirming, setConfirming] = useState(false)
  const unbind = useUnbindFunction(backendId)
  const fc = functionConfigOf(model)
  const timeout = model.BackendConfig.ServiceTimeout
  return (
    <Panel
      title="Basic Information"
      actions={
        <Button size="sm" className="btn--ghost-danger" variant="ghost" onClick={() => setConfirming(true)}>
          Unbind
        </Button>
      }
    >
      <KeyValueList
        items={[
          { label: 'Function Compute Version', value: 'Function Compute 3.0' },
          {
            label: 'Function Type',
            value: fc?.FcType === 'HttpTrigger' ? 'Web Function' : 'Event Function',
          },
          {
            label: 'Function Name',
            value: fc?.FunctionName ? (
              <AppLink href={paths.functionDetail(fc.FunctionName)}>{fc.FunctionName}</AppLink>
            ) : (
              '—'
            ),
          },
          { label: 'Version or Alias', value: fc?.Qualifier || 'LATEST', mono: true },
          { label: 'Region', value: fc?.FcRegionId || '—', mono: true },
          { label: 'Backend Timeout', value: typeof timeout === 'number' ? `${timeout} ms` : '—' },
          { label: 'Published', value: formatDateTime(model.GmtCreate) },
          { label: 'Description', value: model.Description || '—' },
          { label: 'Role ARN', value: fc?.RoleArn || '—', mono: true, wide: true },
        ]}
      />
      <ConfirmDialog
        open={confirming}
        title={`Unbind ${fc?.FunctionName ?? 'the function'} from ${STAGE_LABELS[stage]}?`}
        confirmLabel="Unbind"
        pending={unbind.isPending}
        error={unbind.error ? toApiError(unbind.error) : null}
        onClose={() => {
          unbind.reset()
          setConfirming(false)
        }}
        onConfirm={() =>
          unbind.mutate(
            { stage, backendModelId: model.BackendModelId },
            {
              onSuccess: () => {
                toast({ title: `Backend definition for ${STAGE_LABELS[stage]} removed` })
                setConfirming(false)
              },
            },
          )
        }
      >
        The {STAGE_LABELS[stage]} ({stage}) definition of this backend service is deleted. APIs already
        published to {STAGE_LABELS[stage]} keep calling the function until they are published again.
      </ConfirmDialog>
    </Panel>
  )
}
