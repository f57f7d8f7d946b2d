import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { APP_LIMITS, type CloudApiParams } from '@/cloud-api/cloudapi'
import { describeApiGroups } from '@/lib/cloud/api-groups'
import { describeApis } from '@/lib/cloud/apis'
import { describeAuthorizedApis, removeApisAuthorities, setApisAuthorities } from '@/lib/cloud/apps'
import { appKeys } from './query-keys'

/** DescribeAuthorizedApis: the APIs the app may call, per stage, with their expiry (`AuthVaildTime`). */
export function useAuthorizedApis(appId: number) {
  return useQuery({
    queryKey: appKeys.authorized(appId),
    queryFn: ({ signal }) =>
      describeAuthorizedApis({ AppId: appId, PageSize: APP_LIMITS.pageSizeMax }, signal),
  })
}

export function useAuthorize(appId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (params: CloudApiParams<'SetApisAuthorities'>) => setApisAuthorities(params),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appKeys.authorized(appId) }),
  })
}

export function useRevoke(appId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (params: CloudApiParams<'RemoveApisAuthorities'>) => removeApisAuthorities(params),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appKeys.authorized(appId) }),
  })
}

/** The groups to choose from in the Authorize dialog. */
export function useGroupsForAuthorize() {
  return useQuery({
    queryKey: appKeys.groups(),
    queryFn: ({ signal }) => describeApiGroups({ PageSize: 50 }, signal),
  })
}

/** The APIs of one group, to choose from in the Authorize dialog. */
export function useGroupApis(groupId: string) {
  return useQuery({
    queryKey: appKeys.groupApis(groupId),
    queryFn: ({ signal }) => describeApis({ GroupId: groupId, PageSize: 100 }, signal),
    enabled: groupId !== '',
  })
}
