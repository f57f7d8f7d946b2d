import type { IpControlInfo, TrafficControl } from '@/cloud-api/cloudapi'
import { useToast } from '@/components/ui/toast'
import { useModifyIpControl } from '../api/ip-controls'
import { useModifyTrafficControl } from '../api/traffic-controls'
import { IpControlEditDialog } from './ip-control-edit-dialogs'
import { TrafficControlFormDialog } from './traffic-control-form-dialog'

/** Modify IP Control for `policy` (null: closed), from its page or its row in the list; toasts on success. */
export function ModifyIpControlDialog({
  policy,
  onClose,
}: {
  policy: IpControlInfo | null
  onClose: () => void
}) {
  const toast = useToast()
  const modify = useModifyIpControl(policy?.IpControlId ?? '')
  const close = () => {
    modify.reset()
    onClose()
  }
  if (!policy) return null
  return (
    <IpControlEditDialog
      open
      policy={policy}
      pending={modify.isPending}
      error={modify.error}
      onClose={close}
      onSubmit={(values) =>
        modify.mutate(
          { IpControlName: values.name, Description: values.description },
          {
            onSuccess: () => {
              toast({ title: `IP control ${values.name} modified` })
              close()
            },
          },
        )
      }
    />
  )
}

/** Modify Traffic Control for `policy` (null: closed); the bound APIs apply it from their next call. */
export function ModifyTrafficControlDialog({
  policy,
  onClose,
}: {
  policy: TrafficControl | null
  onClose: () => void
}) {
  const toast = useToast()
  const modify = useModifyTrafficControl(policy?.TrafficControlId ?? '')
  const close = () => {
    modify.reset()
    onClose()
  }
  if (!policy) return null
  return (
    <TrafficControlFormDialog
      open
      current={policy}
      pending={modify.isPending}
      error={modify.error}
      onClose={close}
      onSubmit={(values) =>
        modify.mutate(
          {
            TrafficControlName: values.name,
            TrafficControlUnit: values.unit,
            ApiDefault: values.apiDefault,
            UserDefault: values.userDefault,
            AppDefault: values.appDefault,
            Description: values.description,
          },
          {
            onSuccess: () => {
              toast({
                title: `Traffic control ${values.name} modified`,
                description: 'The bound APIs apply the new limits from their next call.',
              })
              close()
            },
          },
        )
      }
    />
  )
}
