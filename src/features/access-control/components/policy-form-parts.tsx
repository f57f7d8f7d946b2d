import type { ComponentProps } from 'react'
import { TextField } from '@/components/ui/field'

/** What every Create / Modify dialog of the area takes; the list page opens either kind's through it. */
export interface PolicyDialogProps<V> {
  open: boolean
  pending: boolean
  error: unknown
  onSubmit: (values: V) => void
  onClose: () => void
}

/** A kind's Modify dialog, for `policy` (null: closed), from the policy's page or its row in the list. */
export interface ModifyDialogProps<P> {
  policy: P | null
  onClose: () => void
}

/**
 * Policy Name, as every form of the area asks for it: both kinds follow one naming rule
 * (ACCESS_CONTROL_LIMITS.policyName), stated as the hint. Takes `register('name')` and the error.
 */
export function PolicyNameField(props: Omit<ComponentProps<typeof TextField>, 'label'>) {
  return (
    <TextField
      label="Policy Name"
      required
      autoComplete="off"
      spellCheck={false}
      hint="4 to 50 characters: letters, digits and underscores (_); cannot start with an underscore."
      {...props}
    />
  )
}
