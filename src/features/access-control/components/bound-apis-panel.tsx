import { useState } from 'react'
import { STAGE_LABELS, STAGE_NAMES, type StageName } from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { ConfirmDialog, Dialog } from '@/components/ui/dialog'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Select } from '@/components/ui/field'
import { PlusIcon } from '@/components/ui/icons'
import { AppLink } from '@/components/ui/link'
import { Panel } from '@/components/ui/panel'
import { type Column, Table } from '@/components/ui/table'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { formatDateTime } from '@/lib/format'
import { paths } from '@/lib/paths'
import {
  type BoundApi,
  useBindingMutations,
  useBoundApis,
  usePolicyGroupApis,
  usePolicyGroups,
} from '../api/bindings'
import type { PolicyKind } from '../api/query-keys'

const COLUMNS: ReadonlyArray<Column<BoundApi>> = [
  {
    header: 'API Name',
    cell: (b) => (
      <AppLink href={paths.apiDetail(b.apiId)} className="fn-name">
        {b.apiName}
      </AppLink>
    ),
  },
  { header: 'Group', cell: (b) => b.groupName },
  { header: 'Stage', cell: (b) => `${STAGE_LABELS[b.stage]} (${b.stage})` },
  { header: 'Bound', cell: (b) => formatDateTime(b.boundTime) },
]

/** The APIs a policy applies to, per stage, with Bind API (Set…Apis) and Unbind (Remove…Apis). */
export function BoundApisPanel({ kind, id, name }: { kind: PolicyKind; id: string; name: string }) {
  const toast = useToast()
  const list = useBoundApis(kind, id)
  const { bind, unbind } = useBindingMutations(kind, id)
  const [binding, setBinding] = useState(false)
  const [toUnbind, setToUnbind] = useState<BoundApi | null>(null)
  const closeUnbind = () => {
    unbind.reset()
    setToUnbind(null)
  }
  return (
    <Panel
      title="Bound APIs"
      actions={
        <Button size="sm" variant="primary" icon={<PlusIcon />} onClick={() => setBinding(true)}>
          Bind API
        </Button>
      }
    >
      {list.isError ? (
        <ErrorPanel
          title="The bound APIs could not be listed"
          error={toApiError(list.error)}
          action={<Button onClick={() => list.refetch()}>Retry</Button>}
        />
      ) : (
        <Table
          label="Bound APIs"
          columns={COLUMNS}
          rows={list.data ?? []}
          rowKey={(b) => `${b.apiId}:${b.stage}`}
          loading={list.isPending}
          skeletonRows={2}
          empty={
            <EmptyState
              title="Not bound to any API"
              description="The policy takes effect once bound to an API in a stage."
            />
          }
          rowActions={(b) => (
            <Button
              size="sm"
              variant="ghost"
              className="btn--ghost-danger"
              aria-label={`Unbind ${b.apiName} in ${STAGE_LABELS[b.stage]}`}
              onClick={() => setToUnbind(b)}
            >
              Unbind
            </Button>
          )}
        />
      )}
      {binding && (
        <BindApiDialog
          pending={bind.isPending}
          error={bind.error}
          onClose={() => {
            bind.reset()
            setBinding(false)
          }}
          onSubmit={(params) =>
            bind.mutate(params, {
              onSuccess: () => {
                toast({
                  title: `${name} bound`,
                  description: `In ${STAGE_LABELS[params.stage]}; effective on the next call.`,
                })
                bind.reset()
                setBinding(false)
              },
            })
          }
        />
      )}
      <ConfirmDialog
        open={toUnbind !== null}
        title={`Unbind ${toUnbind?.apiName ?? ''}?`}
        confirmLabel="Unbind"
        pending={unbind.isPending}
        error={unbind.error ? toApiError(unbind.error) : null}
        onClose={closeUnbind}
        onConfirm={() => {
          if (!toUnbind) return
          unbind.mutate(
            { groupId: toUnbind.groupId, stage: toUnbind.stage, apiIds: [toUnbind.apiId] },
            {
              onSuccess: () => {
                toast({ title: `${toUnbind.apiName} unbound from ${name}` })
                closeUnbind()
              },
            },
          )
        }}
      >
        {name} no longer applies to <strong>{toUnbind?.apiName}</strong> in{' '}
        {toUnbind ? STAGE_LABELS[toUnbind.stage] : ''}, from the next call.
      </ConfirmDialog>
    </Panel>
  )
}

function BindApiDialog({
  pending,
  error,
  onSubmit,
  onClose,
}: {
  pending: boolean
  error: unknown
  onSubmit: (params: { groupId: string; stage: StageName; apiIds: string[] }) => void
  onClose: () => void
}) {
  const groups = usePolicyGroups()
  const [groupId, setGroupId] = useState('')
  const [apiId, setApiId] = useState('')
  const [stage, setStage] = useState<StageName>('RELEASE')
  const [touched, setTouched] = useState(false)
  const apis = usePolicyGroupApis(groupId)
  const groupList = groups.data?.ApiGroupAttributes.ApiGroupAttribute ?? []
  const apiList = apis.data?.ApiSummarys.ApiSummary ?? []
  return (
    <Dialog open onClose={pending ? () => {} : onClose} title="Bind API">
      <form
        className="stack"
        noValidate
        aria-label="Bind API"
        onSubmit={(event) => {
          event.preventDefault()
          setTouched(true)
          if (groupId && apiId) onSubmit({ groupId, stage, apiIds: [apiId] })
        }}
      >
        {groups.isError && (
          <ErrorPanel title="The groups could not be listed" error={toApiError(groups.error)} />
        )}
        <Select
          label="API Group"
          required
          value={groupId}
          error={touched && !groupId ? 'Choose an API group.' : undefined}
          options={[
            { value: '', label: groups.isPending ? 'Loading groups…' : 'Choose a group' },
            ...groupList.map((g) => ({ value: g.GroupId, label: g.GroupName })),
          ]}
          onChange={(event) => {
            setGroupId(event.target.value)
            setApiId('')
          }}
        />
        <Select
          label="API"
          required
          value={apiId}
          disabled={!groupId}
          error={touched && groupId && !apiId ? 'Choose an API.' : undefined}
          options={[
            {
              value: '',
              label: !groupId
                ? 'Choose a group first'
                : apis.isPending
                  ? 'Loading APIs…'
                  : apiList.length
                    ? 'Choose an API'
                    : 'This group has no APIs',
            },
            ...apiList.map((a) => ({ value: a.ApiId, label: `${a.ApiName} (${a.ApiMethod} ${a.ApiPath})` })),
          ]}
          onChange={(event) => setApiId(event.target.value)}
        />
        <Select
          label="Stage"
          value={stage}
          options={STAGE_NAMES.map((s) => ({ value: s, label: `${STAGE_LABELS[s]} (${s})` }))}
          onChange={(event) => setStage(event.target.value as StageName)}
        />
        {error ? <ErrorPanel title="The API was not bound" error={toApiError(error)} /> : null}
        <div className="dialog__actions">
          <Button onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={pending}>
            Confirm
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
