import { zodResolver } from '@hookform/resolvers/zod'
import { useFieldArray, useForm } from 'react-hook-form'
import { ACCESS_CONTROL_LIMITS, IP_CONTROL_TYPES } from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { Select, Textarea, TextField } from '@/components/ui/field'
import { DialogForm, FormDialog } from '@/components/ui/form-dialog'
import { PlusIcon, TrashIcon } from '@/components/ui/icons'
import { toApiError } from '@/lib/api-error'
import {
  IP_CONTROL_DEFAULTS,
  IP_TYPE_LABELS,
  type IpControlFormValues,
  ipControlFormSchema,
} from '../lib/policy-forms'
import { type PolicyDialogProps, PolicyNameField } from './policy-form-parts'

/** Create IP Control (CreateIpControl): name, type, and policies — CIDR lists, with an AppId for ALLOW. */
export function IpControlFormDialog({
  open,
  pending,
  error,
  onSubmit,
  onClose,
}: PolicyDialogProps<IpControlFormValues>) {
  return (
    <FormDialog open={open} pending={pending} onClose={onClose} title="Create IP Control" size="lg">
      <IpControlForm pending={pending} error={error} onSubmit={onSubmit} onClose={onClose} />
    </FormDialog>
  )
}

export function IpControlForm({
  pending,
  error,
  onSubmit,
  onClose,
}: Omit<PolicyDialogProps<IpControlFormValues>, 'open'>) {
  const form = useForm<IpControlFormValues>({
    resolver: zodResolver(ipControlFormSchema),
    defaultValues: IP_CONTROL_DEFAULTS,
    mode: 'onTouched',
  })
  const policies = useFieldArray({ control: form.control, name: 'policies' })
  const { errors } = form.formState
  const type = form.watch('type')
  return (
    <DialogForm
      label="Create IP Control"
      pending={pending}
      error={error ? toApiError(error) : null}
      errorTitle="The IP control was not created"
      onCancel={onClose}
      onSubmit={form.handleSubmit(onSubmit)}
    >
      <PolicyNameField error={errors.name?.message} {...form.register('name')} />
      <Select
        label="Type"
        options={IP_CONTROL_TYPES.map((t) => ({ value: t, label: IP_TYPE_LABELS[t] }))}
        hint={
          type === 'ALLOW'
            ? 'Only the listed addresses may call (optionally only as the given app).'
            : 'The listed addresses are refused.'
        }
        {...form.register('type')}
      />
      <fieldset className="stack">
        <legend className="field__label">Policies</legend>
        {policies.fields.map((field, index) => (
          <div key={field.id} className="policy-row">
            <TextField
              label={`CIDR list of policy ${index + 1}`}
              spellCheck={false}
              placeholder="114.1.1.0/24;10.0.0.1"
              hint="Up to 10 IP addresses or CIDR blocks, separated by semicolons (;)."
              error={errors.policies?.[index]?.cidrIp?.message}
              {...form.register(`policies.${index}.cidrIp`)}
            />
            {type === 'ALLOW' && (
              <TextField
                label={`AppId of policy ${index + 1}`}
                inputMode="numeric"
                hint="Optional: allow these addresses only for this app."
                error={errors.policies?.[index]?.appId?.message}
                {...form.register(`policies.${index}.appId`)}
              />
            )}
            <Button
              size="sm"
              variant="ghost"
              icon={<TrashIcon />}
              aria-label={`Remove policy ${index + 1}`}
              disabled={policies.fields.length === 1}
              onClick={() => policies.remove(index)}
            />
          </div>
        ))}
        {errors.policies?.message && <p className="field__error">{errors.policies.message}</p>}
        <div>
          <Button
            size="sm"
            icon={<PlusIcon />}
            disabled={policies.fields.length >= ACCESS_CONTROL_LIMITS.policiesMax}
            onClick={() => policies.append({ cidrIp: '', appId: '' })}
          >
            Add Policy
          </Button>
        </div>
      </fieldset>
      <Textarea
        label="Description"
        maxLength={ACCESS_CONTROL_LIMITS.ipDescriptionMax}
        error={errors.description?.message}
        {...form.register('description')}
      />
    </DialogForm>
  )
}
