import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { APP_LIMITS, type CloudApiParams } from '@/cloud-api/cloudapi'
import { ApiError } from '@/lib/api-error'
import {
  createApp,
  deleteApp,
  describeAppAttributes,
  describeAppSecurity,
  describeApps,
  resetAppCode,
  resetAppSecret,
} from '@/lib/cloud/apps'
import { appKeys } from './query-keys'

/** DescribeApps: the account's apps (first page of 100: enough for a console list). */
export function useAppsList() {
  return useQuery({
    queryKey: appKeys.lists(),
    queryFn: ({ signal }) => describeApps({ PageSize: APP_LIMITS.pageSizeMax }, signal),
  })
}

/** DescribeAppAttributes for one app; a missing app is the cloud's NotFoundApp. */
export function useApp(appId: number) {
  return useQuery({
    queryKey: appKeys.detail(appId),
    queryFn: async ({ signal }) => {
      const answer = await describeAppAttributes({ AppId: appId }, signal)
      const app = answer.Apps.AppAttribute[0]
      if (!app)
        throw new ApiError({ code: 'NotFoundApp', message: `The app ${appId} does not exist.`, status: 404 })
      return app
    },
  })
}

export function useCreateApp() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (params: CloudApiParams<'CreateApp'>) => createApp(params),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appKeys.lists() }),
  })
}

export function useDeleteApp() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (appId: number) => deleteApp(appId),
    onSuccess: async (_, appId) => {
      queryClient.removeQueries({ queryKey: appKeys.detail(appId), type: 'inactive' })
      await queryClient.invalidateQueries({ queryKey: appKeys.lists() })
    },
  })
}

/**
 * DescribeAppSecurity, only while the credentials are shown: the component that calls it mounts on
 * "Show" and unmounts on "Hide", and `gcTime: 0` drops the answer (the AppSecret) as soon as it does.
 */
export function useAppSecurity(appId: number) {
  return useQuery({
    queryKey: appKeys.security(appId),
    queryFn: ({ signal }) => describeAppSecurity(appId, signal),
    gcTime: 0,
    staleTime: 0,
  })
}

/** Reads one credential for a single use (Copy), without keeping it in the query cache. */
export async function readCredential(appId: number, which: 'AppKey' | 'AppSecret' | 'AppCode') {
  const security = await describeAppSecurity(appId)
  return security[which]
}

/** ResetAppSecret / ResetAppCode name the app by its current AppKey / AppCode, read just before. */
export function useResetCredential(appId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (which: 'AppSecret' | 'AppCode') => {
      const current = await describeAppSecurity(appId)
      if (which === 'AppSecret') await resetAppSecret(current.AppKey)
      else await resetAppCode(current.AppCode)
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appKeys.security(appId) }),
  })
}
