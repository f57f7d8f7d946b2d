import { queryOptions, useQuery } from '@tanstack/react-query'
import { FunctionSchema } from '@/cloud-api/fc3'
import { apiJson } from '@/lib/api-client'
import { apiPaths } from '@/lib/api-paths'
import { functionKeys } from './query-keys'

/** GetFunction: `GET /2023-03-30/functions/{functionName}` → Function. */
export function getFunction(name: string, signal?: AbortSignal) {
  return apiJson(apiPaths.fc3('functions', name), FunctionSchema, { signal })
}

export const functionQueryOptions = (name: string) =>
  queryOptions({
    queryKey: functionKeys.detail(name),
    queryFn: ({ signal }) => getFunction(name, signal),
  })

export function useFunction(name: string) {
  return useQuery(functionQueryOptions(name))
}
