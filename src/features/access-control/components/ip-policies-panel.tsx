import { useState } from 'react'
import { ACCESS_CONTROL_LIMITS, type IpControlInfo, type IpControlPolicyItem } from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/dialog'
import { ErrorPanel } from '@/components/ui/error-panel'
import { PlusIcon } from '@/components/ui/icons'
import { Panel } from '@/components/ui/panel'
import { type Column, Table } from '@/components/ui/table'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { useIpControlItems, usePolicyItemMutations } from '../api/ip-controls'
import { PolicyItemDialog } from './ip-control-edit-dialogs'

const COLUMNS: ReadonlyArray<Column<IpControlPolicyItem>> = [
  { header: 'CIDR List', className: 'wrap', cell: (i) => <span className="mono">{i.CidrIp}</span> },
  {
    header: 'AppId',
    cell: (i) => (i.AppId ? <span className="mono">{i.AppId}</span> : <span className="muted">Any app</span>),
  },
]

/**
 * The entries of an IP control: Add Policy (AddIpControlPolicyItem), Edit (ModifyIpControlPolicyItem)
 * and Delete (RemoveIpControlPolicyItem, after a confirmation) per row. Each change applies to the
 * bound APIs from their next call.
 */
export function IpPoliciesPanel({ policy }: { policy: IpControlInfo }) {
  const toast = useToast()
  const items = useIpControlItems(policy.IpControlId)
  const { add, modify, remove } = usePolicyItemMutations(policy.IpControlId)
  // null: closed; 'new': Add Policy; an item: Modify Policy
  const [editing, setEditing] = useState<IpControlPolicyItem | 'new' | null>(null)
  const [removing, setRemoving] = useState<IpControlPolicyItem | null>(null)
  const rows = items.data?.IpControlPolicyItems.IpControlPolicyItem ?? []
  const full = rows.length >= ACCESS_CONTROL_LIMITS.policiesMax
  const save = editing === 'new' ? add : modify
  const closeEditor = () => {
    add.reset()
    modify.reset()
    setEditing(null)
  }
  const closeRemove = () => {
    remove.reset()
    setRemoving(null)
  }
  const addButton = (
    <Button
      size="sm"
      icon={<PlusIcon />}
      disabled={!items.data || full}
      title={full ? `An IP control holds at most ${ACCESS_CONTROL_LIMITS.policiesMax} policies.` : undefined}
      onClick={() => setEditing('new')}
    >
      Add Policy
    </Button>
  )
  return (
    <Panel title="Policies" actions={addButton}>
      {items.isError ? (
        <ErrorPanel title="The policies could not be listed" error={toApiError(items.error)} />
      ) : (
        <Table
          label="Policies"
          columns={COLUMNS}
          rows={rows}
          rowKey={(i) => i.PolicyItemId}
          loading={items.isPending}
          skeletonRows={1}
          empty={
            <p className="muted">
              No entries.{' '}
              {policy.IpControlType === 'ALLOW'
                ? 'An allow list without entries refuses every caller.'
                : 'A refuse list without entries refuses no one.'}
            </p>
          }
          rowActions={(item) => (
            <>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Edit ${item.CidrIp}`}
                onClick={() => setEditing(item)}
              >
                Edit
              </Button>
              <Button
                size="sm"
                variant="ghost"
                className="btn--ghost-danger"
                aria-label={`Delete ${item.CidrIp}`}
                onClick={() => setRemoving(item)}
              >
                Delete
              </Button>
            </>
          )}
        />
      )}
      <PolicyItemDialog
        key={editing === null ? 'closed' : editing === 'new' ? 'new' : editing.PolicyItemId}
        open={editing !== null}
        type={policy.IpControlType}
        item={editing === 'new' ? null : editing}
        pending={save.isPending}
        error={save.error}
        onClose={closeEditor}
        onSubmit={(values) => {
          if (editing === 'new')
            add.mutate(values, {
              onSuccess: () => {
                toast({
                  title: 'Policy added',
                  description: `${values.cidrIp.trim()} in ${policy.IpControlName}`,
                })
                closeEditor()
              },
            })
          else if (editing)
            modify.mutate(
              { ...values, policyItemId: editing.PolicyItemId },
              {
                onSuccess: () => {
                  toast({
                    title: 'Policy modified',
                    description: `${values.cidrIp.trim()} in ${policy.IpControlName}`,
                  })
                  closeEditor()
                },
              },
            )
        }}
      />
      <ConfirmDialog
        open={removing !== null}
        title="Delete the policy?"
        confirmLabel="Delete"
        pending={remove.isPending}
        error={remove.error ? toApiError(remove.error) : null}
        onClose={closeRemove}
        onConfirm={() => {
          if (!removing) return
          remove.mutate([removing.PolicyItemId], {
            onSuccess: () => {
              toast({
                title: 'Policy deleted',
                description: `${removing.CidrIp} from ${policy.IpControlName}`,
              })
              closeRemove()
            },
          })
        }}
      >
        The entry <strong className="mono">{removing?.CidrIp}</strong>
        {removing?.AppId ? ` (AppId ${removing.AppId})` : ''} is removed from {policy.IpControlName}; the APIs
        it is bound to apply the change from their next call.
      </ConfirmDialog>
    </Panel>
  )
}
