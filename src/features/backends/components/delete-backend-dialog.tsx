import { ConfirmDialog } from '@/components/ui/dialog'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { useDeleteBackend } from '../api/delete-backend'

/** "Delete backend service <name>?" — refused by the cloud while an API uses it; the error shows inside. */
export function DeleteBackendDialog({
  backend,
  onClose,
  onDeleted,
}: {
  backend: { BackendId: string; BackendName: string } | null
  onClose: () => void
  onDeleted?: () => void
}) {
  const toast = useToast()
  const remove = useDeleteBackend()
  const close = () => {
    remove.reset()
    onClose()
  }
  return (
    <ConfirmDialog
      open={backend !== null}
      title={`Delete backend service ${backend?.BackendName ?? ''}?`}
      confirmLabel="Delete"
      pending={remove.isPending}
      error={remove.error ? toApiError(remove.error) : null}
      onClose={close}
      onConfirm={() => {
        if (!backend) return
        remove.mutate(backend.BackendId, {
          onSuccess: () => {
            toast({ title: `Backend service ${backend.BackendName} deleted` })
            remove.reset()
            onClose()
            onDeleted?.()
          },
        })
      }}
    >
      The backend service <strong>{backend?.BackendName}</strong> and its definitions for every stage are
      deleted permanently. The functions stay. APIs that use it must be changed or deleted first.
    </ConfirmDialog>
  )
}
