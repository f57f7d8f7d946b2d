import { queryOptions, useQuery } from '@tanstack/react-query'
import { listFunctions } from '@/lib/cloud/functions'
import { backendKeys } from './query-keys'

/** FC 3.0 ListFunctions for the function picker (the first 100, enough for a picker). */
export const functionsQueryOptions = () =>
  queryOptions({
    queryKey: backendKeys.functions(),
    queryFn: ({ signal }) => listFunctions(undefined, signal),
    // A function created in another tab a moment ago should show up when the picker opens.
    staleTime: 0,
  })

export function useFunctionOptions() {
  return useQuery(functionsQueryOptions())
}
