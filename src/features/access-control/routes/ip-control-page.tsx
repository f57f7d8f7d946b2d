import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { EditIcon, TrashIcon } from '@/components/ui/icons'
import { ButtonLink } from '@/components/ui/link'
import { PageHeader } from '@/components/ui/page-header'
import { toApiError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import { useIpControl } from '../api/ip-controls'
import { BoundApisPanel } from '../components/bound-apis-panel'
import { DeletePolicyDialog } from '../components/delete-policy-dialog'
import { IpPoliciesPanel } from '../components/ip-policies-panel'
import { ModifyIpControlDialog } from '../components/modify-policy-dialogs'
import { IP_TYPE_LABELS } from '../lib/policy-forms'

/**
 * /ip-controls/:ipControlId — the policy: Modify (its name and description), its entries (added,
 * modified and deleted in place) and the APIs it is bound to, per stage.
 */
export function Component() {
  const id = useParams().ipControlId ?? ''
  const navigate = useNavigate()
  const policy = useIpControl(id)
  const [editing, setEditing] = useState(false)
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
          <>
            <Button icon={<EditIcon />} disabled={!data} onClick={() => setEditing(true)}>
              Modify
            </Button>
            <Button icon={<TrashIcon />} disabled={!data} onClick={() => setDeleting(true)}>
              Delete IP Control
            </Button>
          </>
        }
      />
      {!data ? (
        <div className="panel panel--loading" aria-busy="true">
          <span className="skeleton" />
          <span className="sr-only">Loading the IP control…</span>
        </div>
      ) : (
        <div className="stack">
          <IpPoliciesPanel policy={data} />
          <BoundApisPanel kind="ip" id={id} name={name} />
        </div>
      )}
      <ModifyIpControlDialog policy={editing && data ? data : null} onClose={() => setEditing(false)} />
      <DeletePolicyDialog
        kind="ip"
        policy={deleting && data ? { id, name } : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate(paths.ipControls)}
      />
    </>
  )
}
