import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { describeApiGroups } from '@/lib/cloud/api-groups'
import { groupKeys } from './query-keys'

/** DescribeApiGroups, paged with PageNumber (PageSize at most 50, reference §1.2); `name` is a keyword. */
export const GROUPS_PAGE_SIZE = 20

export const groupsListQueryOptions = (name: string) =>
  infiniteQueryOptions({
    queryKey: groupKeys.list(name),
    queryFn: ({ pageParam, signal }) =>
      describeApiGroups(
        { GroupName: name || undefined, PageNumber: pageParam, PageSize: GROUPS_PAGE_SIZE },
        signal,
      ),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.PageNumber * last.PageSize < last.TotalCount ? last.PageNumber + 1 : undefined,
  })

export function useApiGroupsList(name: string) {
  return useInfiniteQuery(groupsListQueryOptions(name))
}
