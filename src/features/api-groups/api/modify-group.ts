import { useMutation, useQueryClient } from '@tanstack/react-query'
import { modifyApiGroup } from '@/lib/cloud/api-groups'
import { groupKeys } from './query-keys'

/** ModifyApiGroup: name, description and base path. */
export function useModifyApiGroup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: modifyApiGroup,
    onSuccess: (_, params) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: groupKeys.detail(params.GroupId) }),
        queryClient.invalidateQueries({ queryKey: groupKeys.lists() }),
      ]),
  })
}
