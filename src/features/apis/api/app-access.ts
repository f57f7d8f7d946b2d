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
 * Authorize dialog and of Debug's "Call as app", the apps authorized for an API, the AppKey and AppCode
 * of the Call Example (kept only while it shows them), and its AppSecret, read only on "Show".
 */
export function useAppOptions() {
  return useQuery({
    queryKey: [...apiKeys.all, 'app-options'] as const,
    queryFn: ({ signal }) => describeApps({ PageSize: APP_LIMITS.pageSizeMax }, signal),
  })
}

export function useAuthorizedAppsOf(groupId: string, apiId: string, stage: StageName, enabled = true) {
  return useQuery({
    enabled,
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

/**
 * The AppKey and AppCode of an app, for the Call Example: shown in clear, as the real console shows
 * them. DescribeAppSecurity also answers the AppSecret; it is dropped here, before anything is cached,
 * and the answer goes when the example unmounts (`gcTime: 0`).
 */
export function useAppCodeOf(appId: number | undefined) {
  return useQuery({
    queryKey: [...apiKeys.all, 'app-code', appId] as const,
    queryFn: async ({ signal }) => {
      const { AppKey, AppCode } = await describeAppSecurity(appId ?? 0, signal)
      return { AppKey, AppCode }
    },
    enabled: appId !== undefined,
    gcTime: 0,
  })
}

/** The AppSecret, only while the user has it shown (mounted on "Show", dropped on "Hide"; decision 010). */
export function useAppSecretOf(appId: number) {
  return useQuery({
    queryKey: [...apiKeys.all, 'app-secret', appId] as const,
    queryFn: async ({ signal }) => (await describeAppSecurity(appId, signal)).AppSecret,
    gcTime: 0,
    staleTime: 0,
  })
}
