import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequest } from '@/lib/api-client'
import { apiPaths } from '@/lib/api-paths'
import { removeTestEvents } from '../lib/test-events'
import { functionKeys } from './query-keys'

/** DeleteFunction: `DELETE /2023-03-30/functions/{functionName}` → 204. */
export async function deleteFunction(name: string): Promise<void> {
  await apiRequest(apiPaths.fc3('functions', name), { method: 'DELETE' })
}

export function useDeleteFunction() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteFunction,
    onSuccess: async (_, name) => {
      // The saved test events belonged to this function; a new function with the same name starts clean.
      removeTestEvents(name)
      // Only inactive ones: removing the query the open function page still observes would make it
      // refetch (a FunctionNotFound flash) before the page navigates away; those are GC'd later.
      queryClient.removeQueries({ queryKey: functionKeys.detail(name), type: 'inactive' })
      queryClient.removeQueries({ queryKey: functionKeys.code(name), type: 'inactive' })
      await queryClient.invalidateQueries({ queryKey: functionKeys.lists() })
    },
  })
}
