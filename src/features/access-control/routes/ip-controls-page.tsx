import type { IpControlInfo } from '@/cloud-api/cloudapi'
import { Badge } from '@/components/ui/badge'
import type { IpControlInput } from '@/lib/cloud/access-control'
import { formatDateTime } from '@/lib/format'
import { useCreateIpControl, useIpControls } from '../api/ip-controls'
import { IpControlFormDialog } from '../components/ip-control-form-dialog'
import { ModifyIpControlDialog } from '../components/modify-policy-dialogs'
import { PolicyListPage, type PolicyListSpec } from '../components/policy-list-page'
import { IP_TYPE_LABELS, type IpControlFormValues } from '../lib/policy-forms'

const SPEC: PolicyListSpec<IpControlInfo, IpControlFormValues, IpControlInput, { IpControlId: string }> = {
  kind: 'ip',
  description:
    'Allow lists (optionally per app) and refuse lists of IP addresses and CIDR blocks. A policy applies to the APIs it is bound to, per stage, from the next call.',
  emptyDescription: 'Create a policy to allow or refuse callers by IP address.',
  columns: [
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
        p.Description ? (
          <span className="cell-clamp">{p.Description}</span>
        ) : (
          <span className="muted">—</span>
        ),
    },
  ],
  id: (p) => p.IpControlId,
  name: (p) => p.IpControlName,
  createInput: (values) => ({
    name: values.name,
    type: values.type,
    description: values.description,
    policies: values.policies.map((p) => ({ cidrIp: p.cidrIp.trim(), appId: p.appId.trim() || undefined })),
  }),
  createdId: (answer) => answer.IpControlId,
  CreateDialog: IpControlFormDialog,
  ModifyDialog: ModifyIpControlDialog,
}

/** /ip-controls — Publish APIs > IP Control: allow or refuse callers by address, per API and stage. */
export function Component() {
  const list = useIpControls()
  const create = useCreateIpControl()
  return (
    <PolicyListPage spec={SPEC} list={list} rows={list.data?.IpControlInfos.IpControlInfo} create={create} />
  )
}
