import { type FormEvent, useState } from 'react'
import type { TrafficControl } from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { NumberField, TextField } from '@/components/ui/field'
import { Panel } from '@/components/ui/panel'
import { type Column, Table } from '@/components/ui/table'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { useSpecialControl } from '../api/traffic-controls'
import { APP_ID_MESSAGE, UNIT_LABELS } from '../lib/policy-forms'

interface Special {
  key: string
  value: number
}
const COLUMNS: ReadonlyArray<Column<Special>> = [
  { header: 'AppId', cell: (s) => <span className="mono">{s.key}</span> },
  { header: 'Limit', className: 'num', cell: (s) => s.value },
]

/** Special per-app limits (AddTrafficSpecialControl / DeleteTrafficSpecialControl, SpecialType APP). */
export function SpecialLimitsPanel({ policy }: { policy: TrafficControl }) {
  const toast = useToast()
  const { add, remove } = useSpecialControl(policy.TrafficControlId)
  const [appId, setAppId] = useState('')
  const [value, setValue] = useState('')
  const [touched, setTouched] = useState(false)
  const rows =
    policy.SpecialPolicies.SpecialPolicy.find((p) => p.SpecialType === 'APP')?.Specials.Special.map((s) => ({
      key: s.SpecialKey,
      value: s.TrafficValue,
    })) ?? []
  const appError = touched && !/^\d{1,16}$/.test(appId.trim()) ? APP_ID_MESSAGE : undefined
  const valueError =
    touched && !(Number.isInteger(Number(value)) && Number(value) >= 1 && value.trim() !== '')
      ? 'Throttling values are whole numbers of calls, at least 1.'
      : undefined
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setTouched(true)
    if (!/^\d{1,16}$/.test(appId.trim()) || !(Number(value) >= 1 && Number.isInteger(Number(value)))) return
    add.mutate(
      { SpecialType: 'APP', SpecialKey: appId.trim(), TrafficValue: Number(value) },
      {
        onSuccess: () => {
          toast({ title: `Special limit for app ${appId.trim()} saved` })
          setAppId('')
          setValue('')
          setTouched(false)
          add.reset()
        },
      },
    )
  }
  return (
    <Panel title="Special Apps">
      <div className="stack">
        <Table
          label="Special app limits"
          columns={COLUMNS}
          rows={rows}
          rowKey={(s) => s.key}
          empty={<p className="muted">No special limits: every app gets the app limit.</p>}
          rowActions={(s) => (
            <Button
              size="sm"
              variant="ghost"
              className="btn--ghost-danger"
              aria-label={`Remove the special limit of app ${s.key}`}
              loading={remove.isPending && remove.variables?.SpecialKey === s.key}
              onClick={() => remove.mutate({ SpecialType: 'APP', SpecialKey: s.key })}
            >
              Remove
            </Button>
          )}
        />
        <form className="form-grid" noValidate aria-label="Add special app limit" onSubmit={submit}>
          <TextField
            label="Special AppId"
            inputMode="numeric"
            value={appId}
            error={appError}
            onChange={(e) => setAppId(e.target.value)}
          />
          <NumberField
            label="Special limit"
            suffix={`calls / ${UNIT_LABELS[policy.TrafficControlUnit].toLowerCase()}`}
            min={1}
            value={value}
            error={valueError}
            onChange={(e) => setValue(e.target.value)}
          />
          <div className="form-grid__wide">
            <Button type="submit" loading={add.isPending}>
              Add Special App
            </Button>
          </div>
        </form>
        {(add.error || remove.error) && (
          <ErrorPanel title="The special limit was not saved" error={toApiError(add.error ?? remove.error)} />
        )}
      </div>
    </Panel>
  )
}
