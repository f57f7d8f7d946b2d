import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type ApiDefinitionInput, apiDefinitionParams, createApi } from '@/lib/cloud/apis'
import { apiKeys } from './query-keys'

/** CreateApi → ApiId (reference §1.4 step 3). */
export function useCreateApi() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiDefinitionInput) => createApi(apiDefinitionParams(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeys.lists() }),
  })
}
