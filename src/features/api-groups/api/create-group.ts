import { useMutation, useQueryClient } from '@tanstack/react-query'
import { createApiGroup } from '@/lib/cloud/api-groups'
import { groupKeys } from './query-keys'

/** CreateApiGroup → GroupId and SubDomain (reference §1.4 step 1). */
export function useCreateApiGroup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createApiGroup,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupKeys.lists() }),
  })
}
