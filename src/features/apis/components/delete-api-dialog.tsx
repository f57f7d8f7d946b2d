import { STAGE_LABELS, type StageName } from '@/cloud-api/cloudapi'
import { ConfirmDialog } from '@/components/ui/dialog'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { useDeleteApi } from '../api/delete-api'

/**
 * "Delete API <name>?" The cloud deletes only an API published nowhere, so a published one is
 * named with its stages; the cloud's own error shows inside if the user confirms anyway.
 */
export function DeleteApiDialog({
  api,
  publishedTo,
  onClose,
  onDeleted,
}: {
  api: { ApiId: string; ApiName: string; GroupId: string } | null
  publishedTo: readonly StageName[]
  onClose: () => void
  onDeleted?: () => void
}) {
  const toast = useToast()
  const remove = useDeleteApi()
  const close = () => {
    remove.reset()
    onClose()
  }
  return (
    <ConfirmDialog
      open={api !== null}
      title={`Delete API ${api?.ApiName ?? ''}?`}
      confirmLabel="Delete"
      pending={remove.isPending}
      error={remove.error ? toApiError(remove.error) : null}
      onClose={close}
      onConfirm={() => {
        if (!api) return
        remove.mutate(api, {
          onSuccess: () => {
            toast({ title: `API ${api.ApiName} deleted` })
            remove.reset()
            onClose()
            onDeleted?.()
          },
        })
      }}
    >
      {publishedTo.length > 0 ? (
        <p className="notice notice--warning">
          This API is published to {publishedTo.map((s) => STAGE_LABELS[s]).join(', ')}. Unpublish it from
          every stage first: API Gateway deletes only APIs that are not published.
        </p>
      ) : (
        <>
          The API <strong>{api?.ApiName}</strong> is deleted permanently. Its backend service and function
          stay.
        </>
      )}
    </ConfirmDialog>
  )
}
