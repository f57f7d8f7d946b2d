import { useMutation, useQueryClient } from '@tanstack/react-query'
import { deleteApiGroup } from '@/lib/cloud/api-groups'
import { groupKeys } from './query-keys'

/** DeleteApiGroup: the cloud refuses while the group still has APIs. */
export function useDeleteApiGroup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteApiGroup,
    onSuccess: async (_, groupId) => {
      // Only inactive: the open group page must not refetch (a "not found" flash) before it navigates away.
      queryClient.removeQueries({ queryKey: groupKeys.detail(groupId), type: 'inactive' })
      await queryClient.invalidateQueries({ queryKey: groupKeys.lists() })
    },
  })
}
