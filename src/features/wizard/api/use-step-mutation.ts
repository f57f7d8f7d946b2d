import { useMutation, useQueryClient } from '@tanstack/react-query'

/**
 * A wizard step's call. The wizard creates the same resources the console's pages show, under their
 * own cache keys: after each step every cached list is refreshed, so the pages linked from the wizard
 * show what it just created.
 */
export function useStepMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries(),
  })
}
