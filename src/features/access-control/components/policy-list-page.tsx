import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import { type ComponentType, useState } from 'react'
import { useNavigate } from 'react-router'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { GatewayIcon } from '@/components/ui/icons'
import { AppLink } from '@/components/ui/link'
import { CreateButton, DeleteRowButton, ResourceListPage } from '@/components/ui/resource-list-page'
import { type Column, Table } from '@/components/ui/table'
import { toApiError } from '@/lib/api-error'
import type { PolicyKind } from '../api/query-keys'
import { capitalized, POLICY_KINDS } from '../lib/policy-kinds'
import { DeletePolicyDialog } from './delete-policy-dialog'
import type { ModifyDialogProps, PolicyDialogProps } from './policy-form-parts'
import { useDialogMutation } from './use-dialog-mutation'

/** What sets one kind's list page apart from the other's; the rest is the same page. */
export interface PolicyListSpec<P, V extends { name: string }, I, A> {
  kind: PolicyKind
  description: string
  emptyDescription: string
  /** the columns after Policy Name (a link to the policy's page) */
  columns: ReadonlyArray<Column<P>>
  id: (policy: P) => string
  name: (policy: P) => string
  /** the Create form's values as the create mutation's input */
  createInput: (values: V) => I
  createdId: (answer: A) => string
  CreateDialog: ComponentType<PolicyDialogProps<V>>
  ModifyDialog: ComponentType<ModifyDialogProps<P>>
}

/**
 * /ip-controls and /traffic-controls: the policies of one kind, each with Modify and Delete; Create
 * opens the new policy's page.
 */
export function PolicyListPage<P, V extends { name: string }, I, A>({
  spec,
  list,
  rows,
  create,
}: {
  spec: PolicyListSpec<P, V, I, A>
  list: Pick<UseQueryResult, 'isPending' | 'isError' | 'error' | 'refetch'>
  rows: readonly P[] | undefined
  create: UseMutationResult<A, Error, I>
}) {
  const { title, noun, detailPath } = POLICY_KINDS[spec.kind]
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const [toDelete, setToDelete] = useState<P | null>(null)
  const [toModify, setToModify] = useState<P | null>(null)
  const creation = useDialogMutation(create, () => setCreating(false))
  const createAction = <CreateButton onClick={() => setCreating(true)}>{`Create ${title}`}</CreateButton>
  const columns: ReadonlyArray<Column<P>> = [
    {
      header: 'Policy Name',
      cell: (p) => (
        <AppLink href={detailPath(spec.id(p))} className="fn-name">
          {spec.name(p)}
        </AppLink>
      ),
    },
    ...spec.columns,
  ]
  return (
    <>
      <ResourceListPage
        documentTitle={`${title} · API Gateway`}
        title={title}
        description={spec.description}
        actions={createAction}
        error={list.isError ? toApiError(list.error) : null}
        errorTitle={`The ${noun}s could not be listed`}
        onRetry={() => list.refetch()}
      >
        <Table
          label={`${title}s`}
          columns={columns}
          rows={rows ?? []}
          rowKey={spec.id}
          loading={list.isPending}
          empty={
            <EmptyState
              icon={<GatewayIcon width={22} height={22} />}
              title={`No ${noun}s yet`}
              description={spec.emptyDescription}
              action={createAction}
            />
          }
          rowActions={(p) => (
            <>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Modify ${spec.name(p)}`}
                onClick={() => setToModify(p)}
              >
                Modify
              </Button>
              <DeleteRowButton name={spec.name(p)} onClick={() => setToDelete(p)} />
            </>
          )}
        />
      </ResourceListPage>
      <spec.CreateDialog
        open={creating}
        pending={creation.pending}
        error={creation.error}
        onClose={creation.close}
        onSubmit={(values) =>
          creation.submit(
            spec.createInput(values),
            { title: `${capitalized(noun)} ${values.name} created` },
            (answer) => navigate(detailPath(spec.createdId(answer))),
          )
        }
      />
      <spec.ModifyDialog policy={toModify} onClose={() => setToModify(null)} />
      <DeletePolicyDialog
        kind={spec.kind}
        policy={toDelete && { id: spec.id(toDelete), name: spec.name(toDelete) }}
        onClose={() => setToDelete(null)}
      />
    </>
  )
}
