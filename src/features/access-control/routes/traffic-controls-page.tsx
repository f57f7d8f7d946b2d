import type { CloudApiParams, TrafficControl } from '@/cloud-api/cloudapi'
import { useCreateTrafficControl, useTrafficControls } from '../api/traffic-controls'
import { ModifyTrafficControlDialog } from '../components/modify-policy-dialogs'
import { PolicyListPage, type PolicyListSpec } from '../components/policy-list-page'
import { TrafficControlFormDialog } from '../components/traffic-control-form-dialog'
import { type TrafficControlFormValues, trafficControlParams, UNIT_LABELS } from '../lib/policy-forms'

const limit = (value: number | undefined) => (value === undefined ? <span className="muted">—</span> : value)

const SPEC: PolicyListSpec<
  TrafficControl,
  TrafficControlFormValues,
  CloudApiParams<'CreateTrafficControl'>,
  { TrafficControlId: string }
> = {
  kind: 'traffic',
  description:
    'Limit how many calls an API takes per second, minute, hour or day — in total, per user and per app. Calls over the limit are answered 429 (Throttled).',
  emptyDescription: 'Create a policy to throttle the APIs it is bound to.',
  columns: [
    { header: 'Unit', cell: (p) => UNIT_LABELS[p.TrafficControlUnit] },
    { header: 'API Limit', className: 'num', cell: (p) => p.ApiDefault },
    { header: 'User Limit', className: 'num', cell: (p) => limit(p.UserDefault) },
    { header: 'App Limit', className: 'num', cell: (p) => limit(p.AppDefault) },
  ],
  id: (p) => p.TrafficControlId,
  name: (p) => p.TrafficControlName,
  // An empty description is left out on create (Modify sends it: that is how one is cleared).
  createInput: (values) => ({
    ...trafficControlParams(values),
    Description: values.description || undefined,
  }),
  createdId: (answer) => answer.TrafficControlId,
  CreateDialog: TrafficControlFormDialog,
  ModifyDialog: ModifyTrafficControlDialog,
}

/** /traffic-controls — Publish APIs > Traffic Control: throttling per API, user and app. */
export function Component() {
  const list = useTrafficControls()
  const create = useCreateTrafficControl()
  return (
    <PolicyListPage
      spec={SPEC}
      list={list}
      rows={list.data?.TrafficControls.TrafficControl}
      create={create}
    />
  )
}
