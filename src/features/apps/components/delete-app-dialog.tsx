import { ConfirmDialog } from '@/components/ui/dialog'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { useDeleteApp } from '../api/apps'

/** "Delete app <name>?" — its credentials stop working and its authorizations are removed. */
export function DeleteAppDialog({
  app,
  onClose,
  onDeleted,
}: {
  app: { AppId: number; AppName: string } | null
  onClose: () => void
  onDeleted?: () => void
}) {
  const toast = useToast()
  const remove = useDeleteApp()
  const close = () => {
    remove.reset()
    onClose()
  }
  return (
    <ConfirmDialog
      open={app !== null}
      title={`Delete app ${app?.AppName ?? ''}?`}
      confirmLabel="Delete"
      pending={remove.isPending}
      error={remove.error ? toApiError(remove.error) : null}
      onClose={close}
      onConfirm={() => {
        if (!app) return
        remove.mutate(app.AppId, {
          onSuccess: () => {
            toast({ title: `App ${app.AppName} deleted` })
            close()
            onDeleted?.()
          },
        })
      }}
    >
      The app <strong>{app?.AppName}</strong> is deleted permanently: its AppKey, AppSecret and AppCode stop
      working at once, and its authorizations are removed.
    </ConfirmDialog>
  )
}
