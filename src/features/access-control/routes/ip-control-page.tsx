import { useParams } from 'react-router'
import { Badge } from '@/components/ui/badge'
import { useIpControl } from '../api/ip-controls'
import { IpPoliciesPanel } from '../components/ip-policies-panel'
import { ModifyIpControlDialog } from '../components/modify-policy-dialogs'
import { PolicyDetailPage } from '../components/policy-detail-page'
import { IP_TYPE_LABELS } from '../lib/policy-forms'

/**
 * /ip-controls/:ipControlId — the policy: Modify (its name and description), its entries (added,
 * modified and deleted in place) and the APIs it is bound to, per stage.
 */
export function Component() {
  const id = useParams().ipControlId ?? ''
  const policy = useIpControl(id)
  return (
    <PolicyDetailPage
      kind="ip"
      id={id}
      policy={policy}
      name={(p) => p.IpControlName}
      description={(p) => p.Description}
      meta={(p) => (
        <Badge tone={p.IpControlType === 'REFUSE' ? 'danger' : 'success'}>
          {IP_TYPE_LABELS[p.IpControlType]}
        </Badge>
      )}
      ModifyDialog={ModifyIpControlDialog}
    >
      {(p) => <IpPoliciesPanel policy={p} />}
    </PolicyDetailPage>
  )
}
