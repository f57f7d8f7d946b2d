import { useState } from 'react'
import { DescriptionSchema, ServiceNameSchema } from '@/cloud-api/fc2'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Textarea, TextField } from '@/components/ui/field'
import { toApiError } from '@/lib/api-error'
import { useCreateService } from '../api/services'

/** Create Service (FC 2.0 CreateService): a name (the contract's rule, as the API says it) and a description. */
export function CreateServiceDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean
  onClose: () => void
  onCreated: (serviceName: string) => void
}) {
  const [name, setName] = useState('')
  const [description, setDescription] = useState('')
  const [touched, setTouched] = useState(false)
  const create = useCreateService()
  const nameCheck = ServiceNameSchema.safeParse(name)
  const descriptionCheck = DescriptionSchema.safeParse(description)
  const nameError = touched && !nameCheck.success ? nameCheck.error.issues[0]?.message : undefined
  const apiError = create.error ? toApiError(create.error) : null
  const close = () => {
    create.reset()
    setName('')
    setDescription('')
    setTouched(false)
    onClose()
  }
  const submit = () => {
    setTouched(true)
    if (!nameCheck.success || !descriptionCheck.success) return
    create.mutate(
      { serviceName: name, description },
      {
        onSuccess: (service) => {
          close()
          onCreated(service.serviceName)
        },
      },
    )
  }
  return (
    <Dialog
      open={open}
      onClose={create.isPending ? () => {} : close}
      title="Create Service"
      footer={
        <>
          <Button onClick={close} disabled={create.isPending}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form="create-service-form" loading={create.isPending}>
            Create
          </Button>
        </>
      }
    >
      <form
        id="create-service-form"
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <TextField
          label="Service Name"
          required
          autoComplete="off"
          spellCheck={false}
          value={name}
          onChange={(event) => setName(event.target.value)}
          onBlur={() => setTouched(true)}
          hint="Letters, digits, underscores (_) and hyphens (-); 1 to 128 characters; cannot start with a digit or a hyphen."
          error={nameError ?? (apiError?.code === 'ServiceAlreadyExists' ? apiError.message : undefined)}
        />
        <Textarea
          label="Description"
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={descriptionCheck.success ? undefined : descriptionCheck.error.issues[0]?.message}
        />
        {apiError && apiError.code !== 'ServiceAlreadyExists' && (
          <ErrorPanel title="The service was not created" error={apiError} />
        )}
      </form>
    </Dialog>
  )
}
