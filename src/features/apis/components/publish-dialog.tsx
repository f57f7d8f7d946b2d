import { type FormEvent, useId, useState } from 'react'
import {
  CLOUDAPI_LIMITS,
  DescriptionSchema,
  STAGE_LABELS,
  STAGE_NAMES,
  type StageName,
} from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Textarea } from '@/components/ui/field'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { useDeployApi } from '../api/deploy-api'

/**
 * Publish API (DeployApi): the stage and a description of this release (seed 002 Step 3: "In the
 * Publish API dialog box, configure the publish settings and click Publish"). Publishing copies the
 * current definition and the backend service's definition for that stage.
 */
export function PublishDialog({
  api,
  initialStage = 'RELEASE',
  onClose,
}: {
  /** The API to publish; null keeps the dialog closed. */
  api: { ApiId: string; GroupId: string; ApiName: string } | null
  initialStage?: StageName
  onClose: () => void
}) {
  return (
    <Dialog open={api !== null} onClose={onClose} title={`Publish API ${api?.ApiName ?? ''}`}>
      {api && <PublishForm api={api} initialStage={initialStage} onClose={onClose} />}
    </Dialog>
  )
}

function PublishForm({
  api,
  initialStage,
  onClose,
}: {
  api: { ApiId: string; GroupId: string; ApiName: string }
  initialStage: StageName
  onClose: () => void
}) {
  const toast = useToast()
  const deploy = useDeployApi()
  const [stage, setStage] = useState<StageName>(initialStage)
  const [description, setDescription] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const stageHintId = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const checked = DescriptionSchema.min(1, 'Describe this release, e.g. what changed.').safeParse(
      description.trim(),
    )
    if (!checked.success) {
      setProblem(checked.error.issues[0]?.message ?? 'Invalid description.')
      return
    }
    deploy.mutate(
      { apiId: api.ApiId, groupId: api.GroupId, stage, description: checked.data },
      {
        onSuccess: () => {
          toast({
            title: `${api.ApiName} published to ${STAGE_LABELS[stage]}`,
            description: `Callers reach it with X-Ca-Stage: ${stage}${stage === 'RELEASE' ? ' (or no header)' : ''}.`,
          })
          onClose()
        },
      },
    )
  }

  return (
    <form className="stack" noValidate onSubmit={submit}>
      <fieldset className="stage-choice">
        <legend className="field__label">Stage</legend>
        {STAGE_NAMES.map((s) => (
          <label key={s} className="stage-choice__option">
            <input
              type="radio"
              name="stage"
              value={s}
              checked={stage === s}
              onChange={() => setStage(s)}
              aria-describedby={stageHintId}
            />
            <span>{STAGE_LABELS[s]}</span>
            <span className="mono muted">{s}</span>
          </label>
        ))}
      </fieldset>
      <p id={stageHintId} className="field__hint">
        Callers choose the stage with the X-Ca-Stage header; without it they reach Production.
      </p>
      <Textarea
        label="Description"
        required
        maxLength={CLOUDAPI_LIMITS.descriptionMax}
        value={description}
        error={problem ?? undefined}
        onChange={(event) => {
          setDescription(event.target.value)
          setProblem(null)
        }}
      />
      {deploy.error && <ErrorPanel title="The API was not published" error={toApiError(deploy.error)} />}
      <div className="dialog__actions">
        <Button onClick={onClose} disabled={deploy.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={deploy.isPending}>
          Publish
        </Button>
      </div>
    </form>
  )
}
