import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { APP_LIMITS } from '@/cloud-api/cloudapi'
import { Textarea, TextField } from '@/components/ui/field'
import { DialogForm, FormDialog } from '@/components/ui/form-dialog'
import { toApiError } from '@/lib/api-error'
import { APP_FORM_DEFAULTS, type AppFormValues, appFormSchema } from '../lib/app-form'

/** Create App (CreateApp): a name and a description; the cloud generates AppKey, AppSecret and AppCode. */
export function CreateAppDialog({
  open,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  open: boolean
  pending: boolean
  error: unknown
  onSubmit: (values: AppFormValues) => void
  onClose: () => void
}) {
  return (
    <FormDialog open={open} pending={pending} onClose={onClose} title="Create App">
      <CreateAppForm pending={pending} error={error} onSubmit={onSubmit} onClose={onClose} />
    </FormDialog>
  )
}

export function CreateAppForm({
  pending,
  error,
  onSubmit,
  onClose,
}: {
  pending: boolean
  error: unknown
  onSubmit: (values: AppFormValues) => void
  onClose: () => void
}) {
  const form = useForm<AppFormValues>({
    resolver: zodResolver(appFormSchema),
    defaultValues: APP_FORM_DEFAULTS,
    mode: 'onTouched',
  })
  const { errors } = form.formState
  return (
    <DialogForm
      label="Create App"
      pending={pending}
      error={error ? toApiError(error) : null}
      errorTitle="The app was not created"
      onCancel={onClose}
      onSubmit={form.handleSubmit(onSubmit)}
    >
      <p className="field__hint">
        An app is the identity a caller uses for APIs with <strong>Alibaba Cloud App</strong> authentication.
        API Gateway generates its AppKey, AppSecret and AppCode.
      </p>
      <TextField
        label="App Name"
        required
        autoComplete="off"
        spellCheck={false}
        hint="4 to 26 characters: letters, digits and underscores (_), starting with a letter."
        error={errors.AppName?.message}
        {...form.register('AppName')}
      />
      <Textarea
        label="Description"
        maxLength={APP_LIMITS.descriptionMax}
        error={errors.Description?.message}
        {...form.register('Description')}
      />
    </DialogForm>
  )
}
