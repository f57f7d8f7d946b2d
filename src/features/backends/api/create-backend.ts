import { useMutation, useQueryClient } from '@tanstack/react-query'
import { createBackend } from '@/lib/cloud/backends'
import { backendKeys } from './query-keys'

/** CreateBackend → BackendId (seed 000/002 Step 2 "Create Backend Service"). */
export function useCreateBackend() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createBackend,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backendKeys.lists() }),
  })
}
