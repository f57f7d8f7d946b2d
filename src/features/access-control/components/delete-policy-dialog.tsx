import { ConfirmDialog } from '@/components/ui/dialog'
import { toApiError } from '@/lib/api-error'
import { useDeletePolicy } from '../api/policies'
import type { PolicyKind } from '../api/query-keys'
import { POLICY_KINDS } from '../lib/policy-kinds'
import { useDialogMutation } from './use-dialog-mutation'

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
  const remove = useDialogMutation(useDeletePolicy(kind), onClose)
  const { noun } = POLICY_KINDS[kind]
  return (
    <ConfirmDialog
      open={policy !== null}
      title={`Delete ${noun} ${policy?.name ?? ''}?`}
      confirmLabel="Delete"
      pending={remove.pending}
      error={remove.error ? toApiError(remove.error) : null}
      onClose={remove.close}
      onConfirm={() => {
        if (policy) remove.submit(policy.id, { title: `${policy.name} deleted` }, () => onDeleted?.())
      }}
    >
      The {noun} <strong>{policy?.name}</strong> is deleted permanently. Unbind it from its APIs first: a
      policy that is still bound cannot be deleted.
    </ConfirmDialog>
  )
}
