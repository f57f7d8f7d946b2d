import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { IpControlInfo } from '@/cloud-api/cloudapi'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { GatewayIcon } from '@/components/ui/icons'
import { AppLink } from '@/components/ui/link'
import { CreateButton, DeleteRowButton, ResourceListPage } from '@/components/ui/resource-list-page'
import { type Column, Table } from '@/components/ui/table'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { formatDateTime } from '@/lib/format'
import { paths } from '@/lib/paths'
import { useCreateIpControl, useIpControls } from '../api/ip-controls'
import { DeletePolicyDialog } from '../components/delete-policy-dialog'
import { IpControlFormDialog } from '../components/ip-control-form-dialog'
import { ModifyIpControlDialog } from '../components/modify-policy-dialogs'
import { IP_TYPE_LABELS } from '../lib/policy-forms'

const COLUMNS: ReadonlyArray<Column<IpControlInfo>> = [
  {
    header: 'Policy Name',
    cell: (p) => (
      <AppLink href={paths.ipControlDetail(p.IpControlId)} className="fn-name">
        {p.IpControlName}
      </AppLink>
    ),
  },
  {
    header: 'Type',
    cell: (p) => (
      <Badge tone={p.IpControlType === 'REFUSE' ? 'danger' : 'success'}>
        {IP_TYPE_LABELS[p.IpControlType]}
      </Badge>
    ),
  },
  { header: 'Created', cell: (p) => formatDateTime(p.CreateTime) },
  {
    header: 'Description',
    className: 'wrap',
    cell: (p) =>
      p.Description ? <span className="cell-clamp">{p.Description}</span> : <span className="muted">—</span>,
  },
]

/** /ip-controls — Publish APIs > IP Control: allow or refuse callers by address, per API and stage. */
export function Component() {
  const navigate = useNavigate()
  const toast = useToast()
  const list = useIpControls()
  const create = useCreateIpControl()
  const [creating, setCreating] = useState(false)
  const [toDelete, setToDelete] = useState<IpControlInfo | null>(null)
  const [toModify, setToModify] = useState<IpControlInfo | null>(null)
  const createAction = <CreateButton onClick={() => setCreating(true)}>Create IP Control</CreateButton>
  const close = () => {
    setCreating(false)
    create.reset()
  }
  return (
    <>
      <ResourceListPage
        documentTitle="IP Control · API Gateway"
        title="IP Control"
        description="Allow lists (optionally per app) and refuse lists of IP addresses and CIDR blocks. A policy applies to the APIs it is bound to, per stage, from the next call."
        actions={createAction}
        error={list.isError ? toApiError(list.error) : null}
        errorTitle="The IP controls could not be listed"
        onRetry={() => list.refetch()}
      >
        <Table
          label="IP Controls"
          columns={COLUMNS}
          rows={list.data?.IpControlInfos.IpControlInfo ?? []}
          rowKey={(p) => p.IpControlId}
          loading={list.isPending}
          empty={
            <EmptyState
              icon={<GatewayIcon width={22} height={22} />}
              title="No IP controls yet"
              description="Create a policy to allow or refuse callers by IP address."
              action={createAction}
            />
          }
          rowActions={(p) => (
            <>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Modify ${p.IpControlName}`}
                onClick={() => setToModify(p)}
              >
                Modify
              </Button>
              <DeleteRowButton name={p.IpControlName} onClick={() => setToDelete(p)} />
            </>
          )}
        />
      </ResourceListPage>
      <IpControlFormDialog
        open={creating}
        pending={create.isPending}
        error={create.error}
        onClose={close}
        onSubmit={(values) =>
          create.mutate(
            {
              name: values.name,
              type: values.type,
              description: values.description,
              policies: values.policies.map((p) => ({
                cidrIp: p.cidrIp.trim(),
                appId: p.appId.trim() || undefined,
              })),
            },
            {
              onSuccess: (answer) => {
                toast({ title: `IP control ${values.name} created` })
                close()
                navigate(paths.ipControlDetail(answer.IpControlId))
              },
            },
          )
        }
      />
      <ModifyIpControlDialog policy={toModify} onClose={() => setToModify(null)} />
      <DeletePolicyDialog
        kind="ip"
        policy={toDelete && { id: toDelete.IpControlId, name: toDelete.IpControlName }}
        onClose={() => setToDelete(null)}
      />
    </>
  )
}
