import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { describeApis } from '@/lib/cloud/apis'
import { apiKeys } from './query-keys'

/** DescribeApis, filtered by group and a name keyword, paged with PageNumber. */
export const APIS_PAGE_SIZE = 20

export const apisListQueryOptions = (filter: { groupId: string; name: string }) =>
  infiniteQueryOptions({
    queryKey: apiKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      describeApis(
        {
          GroupId: filter.groupId || undefined,
          ApiName: filter.name || undefined,
          PageNumber: pageParam,
          PageSize: APIS_PAGE_SIZE,
        },
        signal,
      ),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.PageNumber * last.PageSize < last.TotalCount ? last.PageNumber + 1 : undefined,
  })

export function useApisList(filter: { groupId: string; name: string }) {
  return useInfiniteQuery(apisListQueryOptions(filter))
}
