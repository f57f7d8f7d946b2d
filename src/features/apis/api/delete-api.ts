import { useMutation, useQueryClient } from '@tanstack/react-query'
import { deleteApi } from '@/lib/cloud/apis'
import { apiKeys } from './query-keys'

/** DeleteApi: the cloud refuses while the API is published to any stage. */
export function useDeleteApi() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (api: { ApiId: string; GroupId: string }) => deleteApi(api.ApiId, api.GroupId),
    onSuccess: async (_, api) => {
      queryClient.removeQueries({ queryKey: apiKeys.detail(api.ApiId), type: 'inactive' })
      await queryClient.invalidateQueries({ queryKey: apiKeys.lists() })
    },
  })
}
