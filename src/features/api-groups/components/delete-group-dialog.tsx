import { ConfirmDialog } from '@/components/ui/dialog'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { useDeleteApiGroup } from '../api/delete-group'

/** "Delete group <name>?" — the cloud refuses while APIs remain in the group; its error shows inside. */
export function DeleteGroupDialog({
  group,
  onClose,
  onDeleted,
}: {
  /** The group to delete; null keeps the dialog closed. */
  group: { GroupId: string; GroupName: string } | null
  onClose: () => void
  onDeleted?: () => void
}) {
  const toast = useToast()
  const remove = useDeleteApiGroup()
  const close = () => {
    remove.reset()
    onClose()
  }
  return (
    <ConfirmDialog
      open={group !== null}
      title={`Delete group ${group?.GroupName ?? ''}?`}
      confirmLabel="Delete"
      pending={remove.isPending}
      error={remove.error ? toApiError(remove.error) : null}
      onClose={close}
      onConfirm={() => {
        if (!group) return
        remove.mutate(group.GroupId, {
          onSuccess: () => {
            toast({ title: `Group ${group.GroupName} deleted` })
            remove.reset()
            onClose()
            onDeleted?.()
          },
        })
      }}
    >
      The group <strong>{group?.GroupName}</strong> and its subdomain are deleted permanently. Delete its APIs
      first: a group that still has APIs cannot be deleted.
    </ConfirmDialog>
  )
}
