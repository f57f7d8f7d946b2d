import { useMutation, useQueryClient } from '@tanstack/react-query'
import { deleteBackend } from '@/lib/cloud/backends'
import { backendKeys } from './query-keys'

/** DeleteBackend: refused while an API uses the backend service. */
export function useDeleteBackend() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteBackend,
    onSuccess: async (_, backendId) => {
      queryClient.removeQueries({ queryKey: backendKeys.detail(backendId), type: 'inactive' })
      await queryClient.invalidateQueries({ queryKey: backendKeys.lists() })
    },
  })
}
