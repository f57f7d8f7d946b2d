import type { ReactNode } from 'react'
import { ConfirmDialog } from '@/components/ui/dialog'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { useDeleteServiceFunction } from '../api/functions'
import { useDeleteService } from '../api/services'
import { useDeleteTrigger } from '../api/triggers'

/**
 * "Delete … ?" confirmations for services, functions and triggers: Cancel focused, and the cloud's own
 * refusal shown inside — FC 2.0 keeps a service with functions (ServiceNotEmpty) and a function with
 * triggers (FunctionNotEmpty), seed 004 DeleteService / DeleteFunction 409.
 */
function DeleteDialog({
  kind,
  name,
  mutation,
  onClose,
  onDeleted,
  children,
}: {
  kind: string
  name: string | null
  mutation: {
    mutate: (name: string, options: { onSuccess: () => void }) => void
    reset: () => void
    isPending: boolean
    error: unknown
  }
  onClose: () => void
  onDeleted?: ((name: string) => void) | undefined
  children: ReactNode
}) {
  const toast = useToast()
  const close = () => {
    mutation.reset()
    onClose()
  }
  return (
    <ConfirmDialog
      open={name !== null}
      title={`Delete ${kind} ${name ?? ''}?`}
      confirmLabel="Delete"
      pending={mutation.isPending}
      error={mutation.error ? toApiError(mutation.error) : null}
      onClose={close}
      onConfirm={() => {
        if (!name) return
        mutation.mutate(name, {
          onSuccess: () => {
            toast({ title: `${kind[0]?.toUpperCase()}${kind.slice(1)} ${name} deleted` })
            close()
            onDeleted?.(name)
          },
        })
      }}
    >
      {children}
    </ConfirmDialog>
  )
}

export function DeleteServiceDialog(props: {
  name: string | null
  onClose: () => void
  onDeleted?: (n: string) => void
}) {
  const mutation = useDeleteService()
  return (
    <DeleteDialog kind="service" mutation={mutation} {...props}>
      The service <strong>{props.name}</strong> is deleted permanently. A service that still has functions
      cannot be deleted: delete its functions first.
    </DeleteDialog>
  )
}

export function DeleteFunctionDialog(props: {
  service: string
  name: string | null
  onClose: () => void
  onDeleted?: (n: string) => void
}) {
  const mutation = useDeleteServiceFunction(props.service)
  return (
    <DeleteDialog
      kind="function"
      mutation={mutation}
      name={props.name}
      onClose={props.onClose}
      onDeleted={props.onDeleted}
    >
      The function <strong>{props.name}</strong> and its code are deleted permanently. A function that still
      has triggers cannot be deleted: delete its triggers first.
    </DeleteDialog>
  )
}

export function DeleteTriggerDialog(props: {
  service: string
  fn: string
  name: string | null
  onClose: () => void
}) {
  const mutation = useDeleteTrigger(props.service, props.fn)
  return (
    <DeleteDialog kind="trigger" mutation={mutation} name={props.name} onClose={props.onClose}>
      The trigger <strong>{props.name}</strong> is deleted; the function is no longer reachable through it.
    </DeleteDialog>
  )
}
