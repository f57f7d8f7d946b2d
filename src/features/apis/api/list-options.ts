import { useQuery } from '@tanstack/react-query'
import { CLOUDAPI_LIMITS, type FcType } from '@/cloud-api/cloudapi'
import { describeApiGroups } from '@/lib/cloud/api-groups'
import { describeBackendList } from '@/lib/cloud/backends'
import { apiKeys } from './query-keys'

/** The API groups for the group picker and the list filter (one page of 50, enough for a picker). */
export function useGroupOptions() {
  return useQuery({
    queryKey: apiKeys.groupOptions(),
    queryFn: ({ signal }) =>
      describeApiGroups({ PageNumber: 1, PageSize: CLOUDAPI_LIMITS.groupPageSizeMax }, signal),
    select: (data) => data.ApiGroupAttributes.ApiGroupAttribute,
    staleTime: 0,
  })
}

/**
 * "Use existing backend service": the Function Compute 3.0 backends of the function type, event
 * functions (FC_EVENT_V3) or web functions (FC_HTTP_V3, seed 002's second flow).
 */
export function useBackendOptions(fcType: FcType) {
  const type = fcType === 'HttpTrigger' ? 'FC_HTTP_V3' : 'FC_EVENT_V3'
  return useQuery({
    queryKey: apiKeys.backendOptions(type),
    queryFn: ({ signal }) =>
      describeBackendList(
        { BackendType: type, PageNumber: 1, PageSize: CLOUDAPI_LIMITS.pageSizeMax },
        signal,
      ),
    select: (data) => data.BackendInfoList,
    staleTime: 0,
  })
}
