import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequest } from '@/lib/api-client'
import { apiPaths } from '@/lib/api-paths'

/** `POST /api/emulator/reset`: empties the emulator and stops its function instances ("Reset demo data"). */
export function useResetEmulator({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      await apiRequest(apiPaths.emulator('reset'), { method: 'POST' })
    },
    onSuccess: async () => {
      // Leave the page first (the caller navigates to the list): a function page refetched now
      // would flash "does not exist". Then everything cached described the old state: invalidate it.
      onSuccess?.()
      await queryClient.invalidateQueries()
    },
  })
}
