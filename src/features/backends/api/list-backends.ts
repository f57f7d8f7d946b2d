import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { describeBackendList } from '@/lib/cloud/backends'
import { backendKeys } from './query-keys'

/** DescribeBackendList, paged with PageNumber; `name` is a BackendName keyword. */
export const BACKENDS_PAGE_SIZE = 20

export const backendsListQueryOptions = (name: string) =>
  infiniteQueryOptions({
    queryKey: backendKeys.list(name),
    queryFn: ({ pageParam, signal }) =>
      describeBackendList(
        { BackendName: name || undefined, PageNumber: pageParam, PageSize: BACKENDS_PAGE_SIZE },
        signal,
      ),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.PageNumber * last.PageSize < last.TotalCount ? last.PageNumber + 1 : undefined,
  })

export function useBackendsList(name: string) {
  return useInfiniteQuery(backendsListQueryOptions(name))
}
