import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequest } from '@/lib/api-client'
import { apiPaths } from '@/lib/api-paths'

/** `POST /api/emulator/reset`: back to the emulator's seed data ("Reset demo data"). */
export function useResetEmulator({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      await apiRequest(apiPaths.emulator('reset'), { method: 'POST' })
    },
    onSuccess: async () => {
      // Everything cached described the old state; refetch whatever is on screen.
      await queryClient.invalidateQueries()
      onSuccess?.()
    },
  })
}
