import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { APP_LIMITS, type CloudApiParams, type StageName } from '@/cloud-api/cloudapi'
import {
  describeAppSecurity,
  describeApps,
  describeAuthorizedApps,
  setApisAuthorities,
} from '@/lib/cloud/apps'
import { apiKeys } from './query-keys'

/**
 * Apps as the APIs area needs them (features never import each other): the app picker of the
 * Authorize dialog and of Debug's "Call as app", the apps authorized for an API, and — only at the
 * moment of a Debug call with AppCode — the app's AppCode (never cached).
 */
export function useAppOptions() {
  return useQuery({
    queryKey: [...apiKeys.all, 'app-options'] as const,
    queryFn: ({ signal }) => describeApps({ PageSize: APP_LIMITS.pageSizeMax }, signal),
  })
}

export function useAuthorizedAppsOf(groupId: string, apiId: string, stage: StageName) {
  return useQuery({
    queryKey: [...apiKeys.detail(apiId), 'authorized-apps', stage] as const,
    queryFn: ({ signal }) =>
      describeAuthorizedApps(
        { GroupId: groupId, ApiId: apiId, StageName: stage, PageSize: APP_LIMITS.pageSizeMax },
        signal,
      ),
  })
}

export function useAuthorizeApps(apiId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: { appIds: number[] } & Omit<CloudApiParams<'SetApisAuthorities'>, 'AppId'>) => {
      const { appIds, ...params } = input
      for (const appId of appIds) await setApisAuthorities({ ...params, AppId: appId })
    },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: [...apiKeys.detail(apiId), 'authorized-apps'] }),
  })
}

/** The app's AppCode, read for one call (DescribeAppSecurity; decision 010). */
export async function appCodeOf(appId: number): Promise<string> {
  return (await describeAppSecurity(appId)).AppCode
}
