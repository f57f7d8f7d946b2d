import { ConfirmDialog } from '@/components/ui/dialog'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { useDeleteFunction } from '../api/delete-function'

/** "Delete function <name>?" — one clear question, Cancel focused, the cloud's error shown inside. */
export function DeleteFunctionDialog({
  name,
  onClose,
  onDeleted,
}: {
  /** The function to delete; null keeps the dialog closed. */
  name: string | null
  onClose: () => void
  onDeleted?: (name: string) => void
}) {
  const toast = useToast()
  const remove = useDeleteFunction()
  const close = () => {
    remove.reset()
    onClose()
  }
  return (
    <ConfirmDialog
      open={name !== null}
      title={`Delete function ${name ?? ''}?`}
      confirmLabel="Delete"
      pending={remove.isPending}
      error={remove.error ? toApiError(remove.error) : null}
      onClose={close}
      onConfirm={() => {
        if (!name) return
        remove.mutate(name, {
          onSuccess: () => {
            toast({ title: `Function ${name} deleted` })
            remove.reset()
            onClose()
            onDeleted?.(name)
          },
        })
      }}
    >
      The function <strong>{name}</strong> and its code are deleted permanently. Its saved test events in this
      browser are removed too.
    </ConfirmDialog>
  )
}
