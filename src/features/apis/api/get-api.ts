import { queryOptions, useQuery } from '@tanstack/react-query'
import { describeApi } from '@/lib/cloud/apis'
import { apiKeys } from './query-keys'

/** DescribeApi: the definition (as objects) and DeployedInfos per stage. */
export const apiQueryOptions = (apiId: string) =>
  queryOptions({
    queryKey: apiKeys.detail(apiId),
    queryFn: ({ signal }) => describeApi(apiId, undefined, signal),
  })

export function useApi(apiId: string) {
  return useQuery(apiQueryOptions(apiId))
}
