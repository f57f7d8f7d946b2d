import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ACCESS_CONTROL_LIMITS, type CloudApiParams } from '@/cloud-api/cloudapi'
import { ApiError } from '@/lib/api-error'
import {
  addIpControlPolicyItem,
  createIpControl,
  describeIpControlPolicyItems,
  describeIpControls,
  type IpControlInput,
  modifyIpControl,
  modifyIpControlPolicyItem,
  removeIpControlPolicyItems,
} from '@/lib/cloud/access-control'
import { refreshPolicy } from './policies'
import { policyKeys } from './query-keys'

export function useIpControls() {
  return useQuery({
    queryKey: policyKeys.lists('ip'),
    queryFn: ({ signal }) => describeIpControls({ PageSize: ACCESS_CONTROL_LIMITS.pageSizeMax }, signal),
  })
}

export function useIpControl(id: string) {
  return useQuery({
    queryKey: policyKeys.detail('ip', id),
    queryFn: async ({ signal }) => {
      const answer = await describeIpControls({ IpControlId: id }, signal)
      const item = answer.IpControlInfos.IpControlInfo[0]
      if (!item)
        throw new ApiError({
          code: 'NotFoundIpControl',
          message: `The IP control ${id} does not exist.`,
          status: 404,
        })
      return item
    },
  })
}

export function useIpControlItems(id: string) {
  return useQuery({
    queryKey: policyKeys.ipItems(id),
    queryFn: ({ signal }) => describeIpControlPolicyItems(id, signal),
  })
}

export function useCreateIpControl() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: IpControlInput) => createIpControl(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: policyKeys.lists('ip') }),
  })
}

/** ModifyIpControl: refreshes the page and the list. */
export function useModifyIpControl(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (params: Omit<CloudApiParams<'ModifyIpControl'>, 'IpControlId'>) =>
      modifyIpControl({ ...params, IpControlId: id }),
    onSuccess: () => refreshPolicy(queryClient, 'ip', id),
  })
}

export interface PolicyItemInput {
  cidrIp: string
  /** '' or absent: any app (and always for REFUSE lists) */
  appId?: string
}

/** AddIpControlPolicyItem / ModifyIpControlPolicyItem / RemoveIpControlPolicyItem on one list. */
export function usePolicyItemMutations(id: string) {
  const queryClient = useQueryClient()
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: policyKeys.ipItems(id) }),
      queryClient.invalidateQueries({ queryKey: policyKeys.detail('ip', id) }),
    ])
  const entry = ({ cidrIp, appId }: PolicyItemInput) => ({
    IpControlId: id,
    CidrIp: cidrIp.trim(),
    ...(appId?.trim() ? { AppId: appId.trim() } : {}),
  })
  const add = useMutation({
    mutationFn: (input: PolicyItemInput) => addIpControlPolicyItem(entry(input)),
    onSuccess: refresh,
  })
  const modify = useMutation({
    mutationFn: ({ policyItemId, ...input }: PolicyItemInput & { policyItemId: string }) =>
      modifyIpControlPolicyItem({ ...entry(input), PolicyItemId: policyItemId }),
    onSuccess: refresh,
  })
  const remove = useMutation({
    mutationFn: (policyItemIds: readonly string[]) => removeIpControlPolicyItems(id, policyItemIds),
    onSuccess: refresh,
  })
  return { add, modify, remove }
}
