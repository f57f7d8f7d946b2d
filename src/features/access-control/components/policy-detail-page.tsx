import type { UseQueryResult } from '@tanstack/react-query'
import { type ComponentType, type ReactNode, useState } from 'react'
import { useNavigate } from 'react-router'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { EditIcon, TrashIcon } from '@/components/ui/icons'
import { ButtonLink } from '@/components/ui/link'
import { PageHeader } from '@/components/ui/page-header'
import { toApiError } from '@/lib/api-error'
import type { PolicyKind } from '../api/query-keys'
import { POLICY_KINDS } from '../lib/policy-kinds'
import { BoundApisPanel } from './bound-apis-panel'
import { DeletePolicyDialog } from './delete-policy-dialog'
import type { ModifyDialogProps } from './policy-form-parts'

/**
 * /ip-controls/:id and /traffic-controls/:id: the policy's header (Modify, Delete), what the kind shows
 * of it (`children`), and the APIs it is bound to; "does not exist" when the cloud has no such policy.
 */
export function PolicyDetailPage<P>({
  kind,
  id,
  policy,
  name,
  description,
  meta,
  ModifyDialog,
  children,
}: {
  kind: PolicyKind
  id: string
  policy: Pick<UseQueryResult<P>, 'data' | 'isError' | 'error'>
  name: (policy: P) => string
  description: (policy: P) => string
  /** small facts next to the title (the IP control's type) */
  meta?: (policy: P) => ReactNode
  ModifyDialog: ComponentType<ModifyDialogProps<P>>
  /** the kind's own panels, above Bound APIs */
  children: (policy: P) => ReactNode
}) {
  const { title, noun, listPath } = POLICY_KINDS[kind]
  const navigate = useNavigate()
  const [editing, setEditing] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const data = policy.data
  const policyName = data ? name(data) : id
  const head = {
    title: policyName,
    breadcrumbs: [{ label: title, href: listPath }, { label: policyName }],
  }
  const documentTitle = <title>{`${policyName} · ${title} · API Gateway`}</title>
  if (policy.isError) {
    const error = toApiError(policy.error)
    return (
      <>
        {documentTitle}
        <PageHeader {...head} />
        <ErrorPanel
          title={
            error.code.startsWith('NotFound')
              ? `This ${noun} does not exist`
              : `The ${noun} could not be loaded`
          }
          error={error}
          action={<ButtonLink href={listPath}>{`Back to ${title}`}</ButtonLink>}
        />
      </>
    )
  }
  return (
    <>
      {documentTitle}
      <PageHeader
        {...head}
        meta={data && meta?.(data)}
        description={(data && description(data)) || undefined}
        actions={
          <>
            <Button icon={<EditIcon />} disabled={!data} onClick={() => setEditing(true)}>
              Modify
            </Button>
            <Button icon={<TrashIcon />} disabled={!data} onClick={() => setDeleting(true)}>
              {`Delete ${title}`}
            </Button>
          </>
        }
      />
      {!data ? (
        <div className="panel panel--loading" aria-busy="true">
          <span className="skeleton" />
          <span className="sr-only">{`Loading the ${noun}…`}</span>
        </div>
      ) : (
        <div className="stack">
          {children(data)}
          <BoundApisPanel kind={kind} id={id} name={policyName} />
        </div>
      )}
      <ModifyDialog policy={editing && data ? data : null} onClose={() => setEditing(false)} />
      <DeletePolicyDialog
        kind={kind}
        policy={deleting && data ? { id, name: policyName } : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate(listPath)}
      />
    </>
  )
}
