import type { UseMutationResult } from '@tanstack/react-query'
import { type ToastInput, useToast } from '@/components/ui/toast'

/**
 * The mutation behind a dialog of the area (create, modify, delete): closing forgets its error; a
 * success toasts, closes, then hands the answer on (to open the created policy, say).
 */
export function useDialogMutation<TData, TVariables>(
  mutation: UseMutationResult<TData, Error, TVariables>,
  onClose: () => void,
) {
  const toast = useToast()
  const close = () => {
    mutation.reset()
    onClose()
  }
  const submit = (variables: TVariables, message: ToastInput, then?: (answer: TData) => void) =>
    mutation.mutate(variables, {
      onSuccess: (answer) => {
        toast(message)
        close()
        then?.(answer)
      },
    })
  return { pending: mutation.isPending, error: mutation.error, close, submit }
}
