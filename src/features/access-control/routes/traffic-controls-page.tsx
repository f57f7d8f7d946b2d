import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { TrafficControl } from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { GatewayIcon } from '@/components/ui/icons'
import { AppLink } from '@/components/ui/link'
import { CreateButton, DeleteRowButton, ResourceListPage } from '@/components/ui/resource-list-page'
import { type Column, Table } from '@/components/ui/table'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import { useCreateTrafficControl, useTrafficControls } from '../api/traffic-controls'
import { DeletePolicyDialog } from '../components/delete-policy-dialog'
import { ModifyTrafficControlDialog } from '../components/modify-policy-dialogs'
import { TrafficControlFormDialog } from '../components/traffic-control-form-dialog'
import { UNIT_LABELS } from '../lib/policy-forms'

const limit = (value: number | undefined) => (value === undefined ? <span className="muted">—</span> : value)

const COLUMNS: ReadonlyArray<Column<TrafficControl>> = [
  {
    header: 'Policy Name',
    cell: (p) => (
      <AppLink href={paths.trafficControlDetail(p.TrafficControlId)} className="fn-name">
        {p.TrafficControlName}
      </AppLink>
    ),
  },
  { header: 'Unit', cell: (p) => UNIT_LABELS[p.TrafficControlUnit] },
  { header: 'API Limit', className: 'num', cell: (p) => p.ApiDefault },
  { header: 'User Limit', className: 'num', cell: (p) => limit(p.UserDefault) },
  { header: 'App Limit', className: 'num', cell: (p) => limit(p.AppDefault) },
]

/** /traffic-controls — Publish APIs > Traffic Control: throttling per API, user and app. */
export function Component() {
  const navigate = useNavigate()
  const toast = useToast()
  const list = useTrafficControls()
  const create = useCreateTrafficControl()
  const [creating, setCreating] = useState(false)
  const [toDelete, setToDelete] = useState<TrafficControl | null>(null)
  const [toModify, setToModify] = useState<TrafficControl | null>(null)
  const createAction = <CreateButton onClick={() => setCreating(true)}>Create Traffic Control</CreateButton>
  const close = () => {
    setCreating(false)
    create.reset()
  }
  return (
    <>
      <ResourceListPage
        documentTitle="Traffic Control · API Gateway"
        title="Traffic Control"
        description="Limit how many calls an API takes per second, minute, hour or day — in total, per user and per app. Calls over the limit are answered 429 (Throttled)."
        actions={createAction}
        error={list.isError ? toApiError(list.error) : null}
        errorTitle="The traffic controls could not be listed"
        onRetry={() => list.refetch()}
      >
        <Table
          label="Traffic Controls"
          columns={COLUMNS}
          rows={list.data?.TrafficControls.TrafficControl ?? []}
          rowKey={(p) => p.TrafficControlId}
          loading={list.isPending}
          empty={
            <EmptyState
              icon={<GatewayIcon width={22} height={22} />}
              title="No traffic controls yet"
              description="Create a policy to throttle the APIs it is bound to."
              action={createAction}
            />
          }
          rowActions={(p) => (
            <>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Modify ${p.TrafficControlName}`}
                onClick={() => setToModify(p)}
              >
                Modify
              </Button>
              <DeleteRowButton name={p.TrafficControlName} onClick={() => setToDelete(p)} />
            </>
          )}
        />
      </ResourceListPage>
      <TrafficControlFormDialog
        open={creating}
        pending={create.isPending}
        error={create.error}
        onClose={close}
        onSubmit={(values) =>
          create.mutate(
            {
              TrafficControlName: values.name,
              TrafficControlUnit: values.unit,
              ApiDefault: values.apiDefault,
              UserDefault: values.userDefault,
              AppDefault: values.appDefault,
              Description: values.description || undefined,
            },
            {
              onSuccess: (answer) => {
                toast({ title: `Traffic control ${values.name} created` })
                close()
                navigate(paths.trafficControlDetail(answer.TrafficControlId))
              },
            },
          )
        }
      />
      <ModifyTrafficControlDialog policy={toModify} onClose={() => setToModify(null)} />
      <DeletePolicyDialog
        kind="traffic"
        policy={toDelete && { id: toDelete.TrafficControlId, name: toDelete.TrafficControlName }}
        onClose={() => setToDelete(null)}
      />
    </>
  )
}
