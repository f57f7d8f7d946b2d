import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { CLOUDAPI_LIMITS } from '@/cloud-api/cloudapi'
import { Textarea, TextField } from '@/components/ui/field'
import { DialogForm, FormDialog } from '@/components/ui/form-dialog'
import { toApiError } from '@/lib/api-error'
import { useCreateBackend } from '../api/create-backend'
import { type CreateBackendFormValues, createBackendFormSchema } from '../lib/backend-form'

/**
 * Create Backend Service (seed 000/002 Step 2): name, type "Function Compute / 3.0 / Event Function"
 * (FC_EVENT_V3) — or "Function Compute / 3.0 / Web Function" (FC_HTTP_V3, seed 002's second flow) —,
 * description, Confirm.
 */
export function CreateBackendDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean
  onClose: () => void
  onCreated: (backend: { BackendId: string; BackendName: string }) => void
}) {
  const create = useCreateBackend()
  const close = () => {
    create.reset()
    onClose()
  }
  return (
    <FormDialog
      open={open}
      pending={create.isPending}
      onClose={close}
      title="Create Backend Service"
      size="lg"
    >
      <CreateBackendForm
        pending={create.isPending}
        error={create.error}
        onClose={close}
        onSubmit={(values, type) =>
          create.mutate(
            { BackendName: values.BackendName, BackendType: type, Description: values.Description },
            {
              onSuccess: ({ BackendId }) => {
                create.reset()
                onCreated({ BackendId, BackendName: values.BackendName })
              },
            },
          )
        }
      />
    </FormDialog>
  )
}

function CreateBackendForm({
  pending,
  error,
  onClose,
  onSubmit,
}: {
  pending: boolean
  error: unknown
  onClose: () => void
  onSubmit: (values: CreateBackendFormValues, type: 'FC_EVENT_V3' | 'FC_HTTP_V3') => void
}) {
  const [type, setType] = useState<'FC_EVENT_V3' | 'FC_HTTP_V3'>('FC_EVENT_V3')
  const form = useForm<CreateBackendFormValues>({
    resolver: zodResolver(createBackendFormSchema),
    defaultValues: { BackendName: '', Description: '' },
    mode: 'onTouched',
  })
  const { errors } = form.formState
  return (
    <DialogForm
      pending={pending}
      error={error ? toApiError(error) : null}
      errorTitle="The backend service was not created"
      onCancel={onClose}
      onSubmit={form.handleSubmit((values) => onSubmit(values, type))}
    >
      <TextField
        label="Backend Service Name"
        required
        autoComplete="off"
        spellCheck={false}
        hint="4 to 50 characters: letters, digits, underscores (_) and hyphens (-), starting with a letter."
        error={errors.BackendName?.message}
        {...form.register('BackendName')}
      />
      <fieldset className="type-choice">
        <legend className="field__label">Type</legend>
        <label
          className={`type-choice__option${type === 'FC_EVENT_V3' ? ' type-choice__option--selected' : ''}`}
        >
          <input
            type="radio"
            name="backendType"
            value="FC_EVENT_V3"
            checked={type === 'FC_EVENT_V3'}
            onChange={() => setType('FC_EVENT_V3')}
          />
          <span>
            <span className="type-choice__title">Function Compute 3.0 · Event Function</span>
            <span className="type-choice__text">
              API Gateway turns each request into a JSON event and maps the function's response to HTTP.
            </span>
          </span>
        </label>
        <label
          className={`type-choice__option${type === 'FC_HTTP_V3' ? ' type-choice__option--selected' : ''}`}
        >
          <input
            type="radio"
            name="backendType"
            value="FC_HTTP_V3"
            checked={type === 'FC_HTTP_V3'}
            onChange={() => setType('FC_HTTP_V3')}
          />
          <span>
            <span className="type-choice__title">Function Compute 3.0 · Web Function</span>
            <span className="type-choice__text">
              Forwards the raw HTTP request to a web function's HTTP trigger (its internal endpoint).
            </span>
          </span>
        </label>
      </fieldset>
      <Textarea
        label="Description"
        maxLength={CLOUDAPI_LIMITS.descriptionMax}
        error={errors.Description?.message}
        {...form.register('Description')}
      />
    </DialogForm>
  )
}
