import { useParams } from 'react-router'
import { KeyValueList } from '@/components/ui/key-value-list'
import { Panel } from '@/components/ui/panel'
import { useTrafficControl } from '../api/traffic-controls'
import { ModifyTrafficControlDialog } from '../components/modify-policy-dialogs'
import { PolicyDetailPage } from '../components/policy-detail-page'
import { SpecialLimitsPanel } from '../components/special-limits-panel'
import { UNIT_LABELS } from '../lib/policy-forms'

/** /traffic-controls/:trafficControlId — the limits (Modify), per-app special limits and bound APIs. */
export function Component() {
  const id = useParams().trafficControlId ?? ''
  const policy = useTrafficControl(id)
  return (
    <PolicyDetailPage
      kind="traffic"
      id={id}
      policy={policy}
      name={(p) => p.TrafficControlName}
      description={(p) => p.Description}
      ModifyDialog={ModifyTrafficControlDialog}
    >
      {(p) => {
        const per = ` calls / ${UNIT_LABELS[p.TrafficControlUnit].toLowerCase()}`
        const limit = (value: number | undefined) => (value === undefined ? '—' : `${value}${per}`)
        return (
          <>
            <Panel title="Limits">
              <KeyValueList
                items={[
                  { label: 'Unit', value: UNIT_LABELS[p.TrafficControlUnit] },
                  { label: 'API limit', value: limit(p.ApiDefault) },
                  { label: 'User limit', value: limit(p.UserDefault) },
                  { label: 'App limit', value: limit(p.AppDefault) },
                ]}
              />
            </Panel>
            <SpecialLimitsPanel policy={p} />
          </>
        )
      }}
    </PolicyDetailPage>
  )
}
