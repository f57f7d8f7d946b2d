import { useState } from 'react'
import { type Fc2Trigger, HTTP_METHODS, type HttpAuthType, TriggerNameSchema } from '@/cloud-api/fc2'
import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button'
import { Dialog } from '@/components/ui/dialog'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Select, TextField } from '@/components/ui/field'
import { PlusIcon } from '@/components/ui/icons'
import { type Column, Table } from '@/components/ui/table'
import { toApiError } from '@/lib/api-error'
import { formatDateTime } from '@/lib/format'
import { useCreateTrigger, useTriggers } from '../api/triggers'
import { DeleteTriggerDialog } from './delete-dialogs'

function summary(trigger: Fc2Trigger): string {
  if (trigger.triggerType !== 'http') return trigger.sourceArn || '—'
  const config = trigger.triggerConfig as { authType?: string; methods?: string[] }
  return `${config.authType ?? ''} · ${(config.methods ?? []).join(', ')}`
}

const COLUMNS: ReadonlyArray<Column<Fc2Trigger>> = [
  { header: 'Trigger Name', cell: (t) => <span className="mono">{t.triggerName}</span> },
  { header: 'Type', cell: (t) => t.triggerType },
  { header: 'Configuration', className: 'wrap', cell: summary },
  {
    header: 'URL',
    className: 'wrap',
    cell: (t) =>
      t.urlInternet ? (
        <span className="row">
          <span className="mono cell-clamp">{t.urlInternet}</span>
          <CopyButton value={t.urlInternet} label={`Copy the URL of ${t.triggerName}`} />
        </span>
      ) : (
        <span className="muted">—</span>
      ),
  },
  { header: 'Created', cell: (t) => formatDateTime(t.createdTime) },
]

/** Triggers tab (seed 004 "Trigger operations"): list, create an HTTP trigger, delete. */
export function TriggersTab({ service, fn }: { service: string; fn: string }) {
  const triggers = useTriggers(service, fn)
  const [creating, setCreating] = useState(false)
  const [toDelete, setToDelete] = useState<string | null>(null)
  const hasHttp = triggers.data?.some((t) => t.triggerType === 'http') ?? false
  const createButton = (
    <Button
      icon={<PlusIcon />}
      onClick={() => setCreating(true)}
      disabled={hasHttp}
      title={hasHttp ? 'A function can have only one HTTP trigger.' : undefined}
    >
      Create HTTP Trigger
    </Button>
  )
  if (triggers.isError)
    return <ErrorPanel title="The triggers could not be listed" error={toApiError(triggers.error)} />
  return (
    <div className="stack">
      <div className="row">{createButton}</div>
      <Table
        label="Triggers"
        columns={COLUMNS}
        rows={triggers.data ?? []}
        rowKey={(t) => t.triggerName}
        loading={triggers.isPending}
        empty={
          <EmptyState
            title="No triggers"
            description="An HTTP trigger gives the function a URL; it is then called as an HTTP handler."
          />
        }
        rowActions={(t) => (
          <Button
            size="sm"
            variant="ghost"
            className="btn--ghost-danger"
            aria-label={`Delete ${t.triggerName}`}
            onClick={() => setToDelete(t.triggerName)}
          >
            Delete
          </Button>
        )}
      />
      {creating && <CreateHttpTriggerDialog service={service} fn={fn} onClose={() => setCreating(false)} />}
      <DeleteTriggerDialog service={service} fn={fn} name={toDelete} onClose={() => setToDelete(null)} />
    </div>
  )
}

function CreateHttpTriggerDialog({
  service,
  fn,
  onClose,
}: {
  service: string
  fn: string
  onClose: () => void
}) {
  const [name, setName] = useState('http-trigger')
  const [authType, setAuthType] = useState<HttpAuthType>('anonymous')
  const [methods, setMethods] = useState<string[]>(['GET', 'POST'])
  const create = useCreateTrigger(service, fn)
  const nameCheck = TriggerNameSchema.safeParse(name)
  const submit = () => {
    if (!nameCheck.success || methods.length === 0) return
    create.mutate(
      { triggerName: name, triggerType: 'http', triggerConfig: { authType, methods } },
      { onSuccess: onClose },
    )
  }
  return (
    <Dialog
      open
      onClose={create.isPending ? () => {} : onClose}
      title="Create HTTP Trigger"
      footer={
        <>
          <Button onClick={onClose} disabled={create.isPending}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form="create-trigger-form" loading={create.isPending}>
            Create
          </Button>
        </>
      }
    >
      <form
        id="create-trigger-form"
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <TextField
          label="Trigger Name"
          required
          spellCheck={false}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={nameCheck.success ? undefined : nameCheck.error.issues[0]?.message}
        />
        <Select
          label="Authentication"
          options={[
            { value: 'anonymous', label: 'anonymous: anyone with the URL' },
            { value: 'function', label: 'function: signed requests only (FC <AccessKeyId>:<signature>)' },
          ]}
          value={authType}
          onChange={(e) => setAuthType(e.target.value as HttpAuthType)}
        />
        <fieldset className="choice-row">
          <legend className="field__label">Request Methods</legend>
          {HTTP_METHODS.map((m) => (
            <label key={m} className="choice-row__option">
              <input
                type="checkbox"
                checked={methods.includes(m)}
                onChange={(e) =>
                  setMethods((all) => (e.target.checked ? [...all, m] : all.filter((x) => x !== m)))
                }
              />
              {m}
            </label>
          ))}
        </fieldset>
        {methods.length === 0 && <p className="field__error">Choose at least one method.</p>}
        {create.error && <ErrorPanel title="The trigger was not created" error={toApiError(create.error)} />}
      </form>
    </Dialog>
  )
}
