import { useQuery } from '@tanstack/react-query'
import { describeApiGroup } from '@/lib/cloud/api-groups'
import { apiKeys } from './query-keys'

/** DescribeApiGroup: the API's group, for its subdomain (the Debug API panel calls through it). */
export function useApiGroupOf(groupId: string | undefined) {
  return useQuery({
    queryKey: apiKeys.group(groupId ?? ''),
    queryFn: ({ signal }) => describeApiGroup(groupId ?? '', signal),
    enabled: Boolean(groupId),
    staleTime: 60_000,
  })
}
