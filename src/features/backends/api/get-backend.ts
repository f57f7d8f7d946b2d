import { queryOptions, useQuery } from '@tanstack/react-query'
import { describeBackendInfo } from '@/lib/cloud/backends'
import { backendKeys } from './query-keys'

/** DescribeBackendInfo: the backend service and its backend model per stage. */
export const backendQueryOptions = (backendId: string) =>
  queryOptions({
    queryKey: backendKeys.detail(backendId),
    queryFn: ({ signal }) => describeBackendInfo(backendId, signal),
  })

export function useBackend(backendId: string) {
  return useQuery(backendQueryOptions(backendId))
}
