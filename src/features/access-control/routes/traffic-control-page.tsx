import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { EditIcon, TrashIcon } from '@/components/ui/icons'
import { KeyValueList } from '@/components/ui/key-value-list'
import { ButtonLink } from '@/components/ui/link'
import { PageHeader } from '@/components/ui/page-header'
import { Panel } from '@/components/ui/panel'
import { toApiError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import { useTrafficControl } from '../api/traffic-controls'
import { BoundApisPanel } from '../components/bound-apis-panel'
import { DeletePolicyDialog } from '../components/delete-policy-dialog'
import { ModifyTrafficControlDialog } from '../components/modify-policy-dialogs'
import { SpecialLimitsPanel } from '../components/special-limits-panel'
import { UNIT_LABELS } from '../lib/policy-forms'

/** /traffic-controls/:trafficControlId — the limits (Modify), per-app special limits and bound APIs. */
export function Component() {
  const id = useParams().trafficControlId ?? ''
  const navigate = useNavigate()
  const policy = useTrafficControl(id)
  const [editing, setEditing] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const name = policy.data?.TrafficControlName ?? id
  const breadcrumbs = [{ label: 'Traffic Control', href: paths.trafficControls }, { label: name }]
  if (policy.isError) {
    const error = toApiError(policy.error)
    return (
      <>
        <title>{`${name} · Traffic Control · API Gateway`}</title>
        <PageHeader title={name} breadcrumbs={breadcrumbs} />
        <ErrorPanel
          title={
            error.code.startsWith('NotFound')
              ? 'This traffic control does not exist'
              : 'The traffic control could not be loaded'
          }
          error={error}
          action={<ButtonLink href={paths.trafficControls}>Back to Traffic Control</ButtonLink>}
        />
      </>
    )
  }
  const data = policy.data
  const per = data ? ` calls / ${UNIT_LABELS[data.TrafficControlUnit].toLowerCase()}` : ''

  return (
    <>
      <title>{`${name} · Traffic Control · API Gateway`}</title>
      <PageHeader
        title={name}
        breadcrumbs={breadcrumbs}
        description={data?.Description || undefined}
        actions={
          <>
            <Button icon={<EditIcon />} disabled={!data} onClick={() => setEditing(true)}>
              Modify
            </Button>
            <Button icon={<TrashIcon />} disabled={!data} onClick={() => setDeleting(true)}>
              Delete Traffic Control
            </Button>
          </>
        }
      />
      {!data ? (
        <div className="panel panel--loading" aria-busy="true">
          <span className="skeleton" />
          <span className="sr-only">Loading the traffic control…</span>
        </div>
      ) : (
        <div className="stack">
          <Panel title="Limits">
            <KeyValueList
              items={[
                { label: 'Unit', value: UNIT_LABELS[data.TrafficControlUnit] },
                { label: 'API limit', value: `${data.ApiDefault}${per}` },
                {
                  label: 'User limit',
                  value: data.UserDefault === undefined ? '—' : `${data.UserDefault}${per}`,
                },
                {
                  label: 'App limit',
                  value: data.AppDefault === undefined ? '—' : `${data.AppDefault}${per}`,
                },
              ]}
            />
          </Panel>
          <SpecialLimitsPanel policy={data} />
          <BoundApisPanel kind="traffic" id={id} name={name} />
        </div>
      )}
      <ModifyTrafficControlDialog policy={editing && data ? data : null} onClose={() => setEditing(false)} />
      <DeletePolicyDialog
        kind="traffic"
        policy={deleting && data ? { id, name } : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate(paths.trafficControls)}
      />
    </>
  )
}
