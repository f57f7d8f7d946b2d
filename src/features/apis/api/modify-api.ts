import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type ApiDefinitionInput, apiDefinitionParams, modifyApi } from '@/lib/cloud/apis'
import { apiKeys } from './query-keys'

/** ModifyApi: changes the definition; stages keep serving their snapshot until published again. */
export function useModifyApi(apiId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiDefinitionInput) => modifyApi({ ...apiDefinitionParams(input), ApiId: apiId }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: apiKeys.detail(apiId) }),
        queryClient.invalidateQueries({ queryKey: apiKeys.lists() }),
      ]),
  })
}
