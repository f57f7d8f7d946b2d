import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { CLOUDAPI_LIMITS } from '@/cloud-api/cloudapi'
import { Textarea, TextField } from '@/components/ui/field'
import { DialogForm, FormDialog } from '@/components/ui/form-dialog'
import { toApiError } from '@/lib/api-error'
import { GROUP_FORM_DEFAULTS, type GroupFormValues, groupFormSchema } from '../lib/group-form'

/**
 * Create Group / Edit Group (CreateApiGroup / ModifyApiGroup). The instance is the shared one: the
 * only kind the local cloud has, and the default when CreateApiGroup gets no InstanceId.
 */
export function GroupFormDialog({
  open,
  title,
  initial = GROUP_FORM_DEFAULTS,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  open: boolean
  title: string
  initial?: GroupFormValues
  pending: boolean
  error: unknown
  onSubmit: (values: GroupFormValues) => void
  onClose: () => void
}) {
  return (
    <FormDialog open={open} pending={pending} onClose={onClose} title={title}>
      <GroupForm initial={initial} pending={pending} error={error} onSubmit={onSubmit} onClose={onClose} />
    </FormDialog>
  )
}

function GroupForm({
  initial,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  initial: GroupFormValues
  pending: boolean
  error: unknown
  onSubmit: (values: GroupFormValues) => void
  onClose: () => void
}) {
  const form = useForm<GroupFormValues>({
    resolver: zodResolver(groupFormSchema),
    defaultValues: initial,
    mode: 'onTouched',
  })
  const { errors } = form.formState
  return (
    <DialogForm
      pending={pending}
      error={error ? toApiError(error) : null}
      errorTitle="The group was not saved"
      onCancel={onClose}
      onSubmit={form.handleSubmit(onSubmit)}
    >
      <p className="field__hint">
        Instance: <strong>Shared instance (VPC)</strong>. Place the group in the same region as your function,
        so API Gateway reaches Function Compute without Internet traffic.
      </p>
      <TextField
        label="Group Name"
        required
        autoComplete="off"
        spellCheck={false}
        hint="4 to 50 characters: letters, digits, underscores (_) and hyphens (-), starting with a letter."
        error={errors.GroupName?.message}
        {...form.register('GroupName')}
      />
      <TextField
        label="BasePath"
        required
        spellCheck={false}
        hint="The path prefix of every API in the group. / for none."
        error={errors.BasePath?.message}
        {...form.register('BasePath')}
      />
      <Textarea
        label="Description"
        maxLength={CLOUDAPI_LIMITS.descriptionMax}
        error={errors.Description?.message}
        {...form.register('Description')}
      />
    </DialogForm>
  )
}
