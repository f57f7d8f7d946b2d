import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { ACCESS_CONTROL_LIMITS, TRAFFIC_CONTROL_UNITS, type TrafficControl } from '@/cloud-api/cloudapi'
import { NumberField, Select, Textarea } from '@/components/ui/field'
import { DialogForm, FormDialog } from '@/components/ui/form-dialog'
import { toApiError } from '@/lib/api-error'
import {
  TRAFFIC_CONTROL_DEFAULTS,
  type TrafficControlFormInput,
  type TrafficControlFormValues,
  trafficControlEditSchema,
  trafficControlFormSchema,
  trafficFormValuesOf,
  UNIT_LABELS,
} from '../lib/policy-forms'
import { type PolicyDialogProps, PolicyNameField } from './policy-form-parts'

/**
 * Create Traffic Control (CreateTrafficControl) or, given the `current` policy, Modify Traffic Control
 * (ModifyTrafficControl, applied to the bound APIs from their next call): the unit and the limits.
 */
export function TrafficControlFormDialog({
  open,
  current,
  pending,
  error,
  onSubmit,
  onClose,
}: PolicyDialogProps<TrafficControlFormValues> & { current?: TrafficControl }) {
  const title = current ? 'Modify Traffic Control' : 'Create Traffic Control'
  return (
    <FormDialog open={open} pending={pending} onClose={onClose} title={title}>
      <TrafficControlForm
        current={current}
        pending={pending}
        error={error}
        onSubmit={onSubmit}
        onClose={onClose}
      />
    </FormDialog>
  )
}

export function TrafficControlForm({
  current,
  pending,
  error,
  onSubmit,
  onClose,
}: Omit<PolicyDialogProps<TrafficControlFormValues>, 'open'> & { current?: TrafficControl }) {
  const form = useForm<TrafficControlFormInput, unknown, TrafficControlFormValues>({
    resolver: zodResolver(current ? trafficControlEditSchema(current) : trafficControlFormSchema),
    defaultValues: current ? trafficFormValuesOf(current) : TRAFFIC_CONTROL_DEFAULTS,
    mode: 'onTouched',
  })
  const { errors } = form.formState
  const unit = UNIT_LABELS[form.watch('unit')].toLowerCase()
  return (
    <DialogForm
      label={current ? 'Modify Traffic Control' : 'Create Traffic Control'}
      pending={pending}
      error={error ? toApiError(error) : null}
      errorTitle={current ? 'The traffic control was not modified' : 'The traffic control was not created'}
      onCancel={onClose}
      onSubmit={form.handleSubmit(onSubmit)}
    >
      <PolicyNameField error={errors.name?.message} {...form.register('name')} />
      <Select
        label="Unit"
        options={TRAFFIC_CONTROL_UNITS.map((u) => ({ value: u, label: UNIT_LABELS[u] }))}
        {...form.register('unit')}
      />
      <NumberField
        label="API Peak QPS"
        required
        min={1}
        suffix={`calls / ${unit}`}
        hint="All calls of a bound API together (ApiDefault)."
        error={errors.apiDefault?.message}
        {...form.register('apiDefault', { valueAsNumber: true })}
      />
      <NumberField
        label="User Peak QPS"
        min={1}
        suffix={`calls / ${unit}`}
        hint={`${current?.UserDefault === undefined ? 'Optional: the' : 'The'} calls of one Alibaba Cloud account (UserDefault).`}
        error={errors.userDefault?.message}
        {...form.register('userDefault', { valueAsNumber: true })}
      />
      <NumberField
        label="App Peak QPS"
        min={1}
        suffix={`calls / ${unit}`}
        hint={`${current?.AppDefault === undefined ? 'Optional: the' : 'The'} calls of one app (AppDefault). App ≤ user ≤ API.`}
        error={errors.appDefault?.message}
        {...form.register('appDefault', { valueAsNumber: true })}
      />
      <Textarea
        label="Description"
        maxLength={ACCESS_CONTROL_LIMITS.trafficDescriptionMax}
        error={errors.description?.message}
        {...form.register('description')}
      />
    </DialogForm>
  )
}
