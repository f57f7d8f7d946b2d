import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import type { IpControlPolicyItem } from '@/cloud-api/cloudapi'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { TrashIcon } from '@/components/ui/icons'
import { ButtonLink } from '@/components/ui/link'
import { PageHeader } from '@/components/ui/page-header'
import { Panel } from '@/components/ui/panel'
import { type Column, Table } from '@/components/ui/table'
import { toApiError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import { useIpControl, useIpControlItems } from '../api/ip-controls'
import { BoundApisPanel } from '../components/bound-apis-panel'
import { DeletePolicyDialog } from '../components/delete-policy-dialog'
import { IP_TYPE_LABELS } from '../lib/policy-forms'

const ITEM_COLUMNS: ReadonlyArray<Column<IpControlPolicyItem>> = [
  { header: 'CIDR List', cell: (i) => <span className="mono">{i.CidrIp}</span> },
  {
    header: 'AppId',
    cell: (i) => (i.AppId ? <span className="mono">{i.AppId}</span> : <span className="muted">Any app</span>),
  },
]

/** /ip-controls/:ipControlId — the policy's entries and the APIs it is bound to, per stage. */
export function Component() {
  const id = useParams().ipControlId ?? ''
  const navigate = useNavigate()
  const policy = useIpControl(id)
  const items = useIpControlItems(id)
  const [deleting, setDeleting] = useState(false)
  const name = policy.data?.IpControlName ?? id
  const breadcrumbs = [{ label: 'IP Control', href: paths.ipControls }, { label: name }]
  if (policy.isError) {
    const error = toApiError(policy.error)
    return (
      <>
        <title>{`${name} · IP Control · API Gateway`}</title>
        <PageHeader title={name} breadcrumbs={breadcrumbs} />
        <ErrorPanel
          title={
            error.code.startsWith('NotFound')
              ? 'This IP control does not exist'
              : 'The IP control could not be loaded'
          }
          error={error}
          action={<ButtonLink href={paths.ipControls}>Back to IP Control</ButtonLink>}
        />
      </>
    )
  }
  const data = policy.data
  return (
    <>
      <title>{`${name} · IP Control · API Gateway`}</title>
      <PageHeader
        title={name}
        breadcrumbs={breadcrumbs}
        meta={
          data && (
            <Badge tone={data.IpControlType === 'REFUSE' ? 'danger' : 'success'}>
              {IP_TYPE_LABELS[data.IpControlType]}
            </Badge>
          )
        }
        description={data?.Description || undefined}
        actions={
          <Button icon={<TrashIcon />} disabled={!data} onClick={() => setDeleting(true)}>
            Delete IP Control
          </Button>
        }
      />
      <div className="stack">
        <Panel title="Policies">
          {items.isError ? (
            <ErrorPanel title="The policies could not be listed" error={toApiError(items.error)} />
          ) : (
            <Table
              label="Policies"
              columns={ITEM_COLUMNS}
              rows={items.data?.IpControlPolicyItems.IpControlPolicyItem ?? []}
              rowKey={(i) => i.PolicyItemId}
              loading={items.isPending}
              skeletonRows={1}
              empty={<p className="muted">No entries.</p>}
            />
          )}
        </Panel>
        <BoundApisPanel kind="ip" id={id} name={name} />
      </div>
      <DeletePolicyDialog
        kind="ip"
        policy={deleting && data ? { id, name } : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate(paths.ipControls)}
      />
    </>
  )
}
