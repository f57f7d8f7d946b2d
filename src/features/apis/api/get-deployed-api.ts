import { useQuery } from '@tanstack/react-query'
import type { StageName } from '@/cloud-api/cloudapi'
import { describeDeployedApi } from '@/lib/cloud/apis'
import { apiKeys } from './query-keys'

/** DescribeDeployedApi: the snapshot a stage serves (asked only for stages DescribeApi says are DEPLOYED). */
export function useDeployedApi(apiId: string, groupId: string, stage: StageName, deployed: boolean) {
  return useQuery({
    queryKey: apiKeys.deployed(apiId, stage),
    queryFn: ({ signal }) => describeDeployedApi(apiId, stage, groupId, signal),
    enabled: deployed,
  })
}
