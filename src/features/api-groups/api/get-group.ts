import { queryOptions, useQuery } from '@tanstack/react-query'
import { describeApiGroup } from '@/lib/cloud/api-groups'
import { groupKeys } from './query-keys'

/** DescribeApiGroup: the group with its subdomain and stages. */
export const groupQueryOptions = (groupId: string) =>
  queryOptions({
    queryKey: groupKeys.detail(groupId),
    queryFn: ({ signal }) => describeApiGroup(groupId, signal),
  })

export function useApiGroup(groupId: string) {
  return useQuery(groupQueryOptions(groupId))
}
