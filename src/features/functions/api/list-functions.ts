import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { z } from 'zod'
import { LIST_FUNCTIONS_LIMIT, ListFunctionsOutputSchema } from '@/cloud-api/fc3'
import { apiJson } from '@/lib/api-client'
import { apiPaths } from '@/lib/api-paths'
import { functionKeys } from './query-keys'

/** ListFunctions: `GET /2023-03-30/functions?prefix=&limit=&nextToken=` → `{functions, nextToken}`. */
export const listFunctionsInputSchema = z.object({
  prefix: z.string().optional(),
  limit: z.number().int().min(1).max(LIST_FUNCTIONS_LIMIT.max).optional(),
  nextToken: z.string().optional(),
})
export type ListFunctionsInput = z.infer<typeof listFunctionsInputSchema>

export function listFunctions(input: ListFunctionsInput, signal?: AbortSignal) {
  const query = listFunctionsInputSchema.parse(input)
  return apiJson(apiPaths.fc3('functions'), ListFunctionsOutputSchema, { query, signal })
}

export const functionsListQueryOptions = (prefix: string) =>
  infiniteQueryOptions({
    queryKey: functionKeys.list(prefix),
    queryFn: ({ pageParam, signal }) =>
      listFunctions(
        { prefix: prefix || undefined, limit: LIST_FUNCTIONS_LIMIT.default, nextToken: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    // An empty string is "no more pages" as well as a missing token.
    getNextPageParam: (lastPage) => lastPage.nextToken || undefined,
  })

export function useFunctionsList(prefix: string) {
  return useInfiniteQuery(functionsListQueryOptions(prefix))
}
