import { useQuery } from '@tanstack/react-query'
import { CLOUDAPI_LIMITS } from '@/cloud-api/cloudapi'
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

/** "Use existing backend service": the Function Compute 3.0 event function backends. */
export function useBackendOptions() {
  return useQuery({
    queryKey: apiKeys.backendOptions(),
    queryFn: ({ signal }) =>
      describeBackendList(
        { BackendType: 'FC_EVENT_V3', PageNumber: 1, PageSize: CLOUDAPI_LIMITS.pageSizeMax },
        signal,
      ),
    select: (data) => data.BackendInfoList,
    staleTime: 0,
  })
}
