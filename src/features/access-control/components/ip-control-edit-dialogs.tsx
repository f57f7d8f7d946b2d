import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { ACCESS_CONTROL_LIMITS, type IpControlInfo, type IpControlPolicyItem } from '@/cloud-api/cloudapi'
import { Textarea, TextField } from '@/components/ui/field'
import { DialogForm, FormDialog } from '@/components/ui/form-dialog'
import { toApiError } from '@/lib/api-error'
import {
  IP_TYPE_LABELS,
  type IpControlEditValues,
  ipControlEditSchema,
  ipControlEditValuesOf,
  ipPolicyRowSchema,
  type PolicyItemFormValues,
  policyItemValuesOf,
} from '../lib/policy-forms'
import { type PolicyDialogProps, PolicyNameField } from './policy-form-parts'

/** Modify IP Control (ModifyIpControl): the name and the description. The type cannot be changed. */
export function IpControlEditDialog({
  policy,
  ...props
}: PolicyDialogProps<IpControlEditValues> & { policy: IpControlInfo }) {
  return (
    <FormDialog open={props.open} pending={props.pending} onClose={props.onClose} title="Modify IP Control">
      <IpControlEditForm policy={policy} {...props} />
    </FormDialog>
  )
}

function IpControlEditForm({
  policy,
  pending,
  error,
  onSubmit,
  onClose,
}: PolicyDialogProps<IpControlEditValues> & { policy: IpControlInfo }) {
  const form = useForm<IpControlEditValues>({
    resolver: zodResolver(ipControlEditSchema),
    defaultValues: ipControlEditValuesOf(policy),
    mode: 'onTouched',
  })
  const { errors } = form.formState
  return (
    <DialogForm
      label="Modify IP Control"
      pending={pending}
      error={error ? toApiError(error) : null}
      errorTitle="The IP control was not modified"
      onCancel={onClose}
      onSubmit={form.handleSubmit(onSubmit)}
    >
      <PolicyNameField error={errors.name?.message} {...form.register('name')} />
      <TextField
        label="Type"
        readOnly
        value={IP_TYPE_LABELS[policy.IpControlType]}
        hint="The type of an IP control cannot be changed: create another policy for the other type."
      />
      <Textarea
        label="Description"
        maxLength={ACCESS_CONTROL_LIMITS.ipDescriptionMax}
        error={errors.description?.message}
        {...form.register('description')}
      />
    </DialogForm>
  )
}

/**
 * Add Policy (AddIpControlPolicyItem) or, given an `item`, Modify Policy (ModifyIpControlPolicyItem):
 * one CIDR list, and for an ALLOW list an optional AppId.
 */
export function PolicyItemDialog({
  type,
  item,
  ...props
}: PolicyDialogProps<PolicyItemFormValues> & {
  type: IpControlInfo['IpControlType']
  item: IpControlPolicyItem | null
}) {
  return (
    <FormDialog
      open={props.open}
      pending={props.pending}
      onClose={props.onClose}
      title={item ? 'Modify Policy' : 'Add Policy'}
    >
      <PolicyItemForm type={type} item={item} {...props} />
    </FormDialog>
  )
}

function PolicyItemForm({
  type,
  item,
  pending,
  error,
  onSubmit,
  onClose,
}: PolicyDialogProps<PolicyItemFormValues> & {
  type: IpControlInfo['IpControlType']
  item: IpControlPolicyItem | null
}) {
  const form = useForm<PolicyItemFormValues>({
    resolver: zodResolver(ipPolicyRowSchema),
    defaultValues: policyItemValuesOf(item),
    mode: 'onTouched',
  })
  const { errors } = form.formState
  return (
    <DialogForm
      label={item ? 'Modify Policy' : 'Add Policy'}
      pending={pending}
      error={error ? toApiError(error) : null}
      errorTitle={item ? 'The policy was not modified' : 'The policy was not added'}
      onCancel={onClose}
      onSubmit={form.handleSubmit((values) =>
        onSubmit(type === 'ALLOW' ? values : { cidrIp: values.cidrIp, appId: '' }),
      )}
    >
      <TextField
        label="CIDR List"
        required
        spellCheck={false}
        placeholder="114.1.1.0/24;10.0.0.1"
        hint={`Up to ${ACCESS_CONTROL_LIMITS.cidrsPerPolicyMax} IP addresses or CIDR blocks, separated by semicolons (;).`}
        error={errors.cidrIp?.message}
        {...form.register('cidrIp')}
      />
      {type === 'ALLOW' && (
        <TextField
          label="AppId"
          inputMode="numeric"
          hint="Optional: allow these addresses only for this app."
          error={errors.appId?.message}
          {...form.register('appId')}
        />
      )}
    </DialogForm>
  )
}
