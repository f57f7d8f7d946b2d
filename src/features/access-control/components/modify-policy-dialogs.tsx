import type { IpControlInfo, TrafficControl } from '@/cloud-api/cloudapi'
import { useModifyIpControl } from '../api/ip-controls'
import { useModifyTrafficControl } from '../api/traffic-controls'
import { trafficControlParams } from '../lib/policy-forms'
import { IpControlEditDialog } from './ip-control-edit-dialogs'
import type { ModifyDialogProps } from './policy-form-parts'
import { TrafficControlFormDialog } from './traffic-control-form-dialog'
import { useDialogMutation } from './use-dialog-mutation'

/** Modify IP Control: the name and the description; toasts on success. */
export function ModifyIpControlDialog({ policy, onClose }: ModifyDialogProps<IpControlInfo>) {
  const modify = useDialogMutation(useModifyIpControl(policy?.IpControlId ?? ''), onClose)
  if (!policy) return null
  return (
    <IpControlEditDialog
      open
      policy={policy}
      pending={modify.pending}
      error={modify.error}
      onClose={modify.close}
      onSubmit={(values) =>
        modify.submit(
          { IpControlName: values.name, Description: values.description },
          { title: `IP control ${values.name} modified` },
        )
      }
    />
  )
}

/** Modify Traffic Control: the unit and the limits; the bound APIs apply them from their next call. */
export function ModifyTrafficControlDialog({ policy, onClose }: ModifyDialogProps<TrafficControl>) {
  const modify = useDialogMutation(useModifyTrafficControl(policy?.TrafficControlId ?? ''), onClose)
  if (!policy) return null
  return (
    <TrafficControlFormDialog
      open
      current={policy}
      pending={modify.pending}
      error={modify.error}
      onClose={modify.close}
      onSubmit={(values) =>
        modify.submit(trafficControlParams(values), {
          title: `Traffic control ${values.name} modified`,
          description: 'The bound APIs apply the new limits from their next call.',
        })
      }
    />
  )
}
