import { ConfirmDialog } from '@/components/ui/dialog'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { useDeleteIpControl } from '../api/ip-controls'
import type { PolicyKind } from '../api/query-keys'
import { useDeleteTrafficControl } from '../api/traffic-controls'

const NOUN = { ip: 'IP control', traffic: 'traffic control' } as const

/** "Delete IP control <name>?" — the cloud refuses while the policy is still bound to APIs. */
export function DeletePolicyDialog({
  kind,
  policy,
  onClose,
  onDeleted,
}: {
  kind: PolicyKind
  policy: { id: string; name: string } | null
  onClose: () => void
  onDeleted?: () => void
}) {
  const toast = useToast()
  const deleteIp = useDeleteIpControl()
  const deleteTraffic = useDeleteTrafficControl()
  const remove = kind === 'ip' ? deleteIp : deleteTraffic
  const close = () => {
    remove.reset()
    onClose()
  }
  return (
    <ConfirmDialog
      open={policy !== null}
      title={`Delete ${NOUN[kind]} ${policy?.name ?? ''}?`}
      confirmLabel="Delete"
      pending={remove.isPending}
      error={remove.error ? toApiError(remove.error) : null}
      onClose={close}
      onConfirm={() => {
        if (!policy) return
        remove.mutate(policy.id, {
          onSuccess: () => {
            toast({ title: `${policy.name} deleted` })
            close()
            onDeleted?.()
          },
        })
      }}
    >
      The {NOUN[kind]} <strong>{policy?.name}</strong> is deleted permanently. Unbind it from its APIs first:
      a policy that is still bound cannot be deleted.
    </ConfirmDialog>
  )
}
