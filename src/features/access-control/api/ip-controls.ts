import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ACCESS_CONTROL_LIMITS } from '@/cloud-api/cloudapi'
import { ApiError } from '@/lib/api-error'
import {
  createIpControl,
  deleteIpControl,
  describeIpControlPolicyItems,
  describeIpControls,
  type IpControlInput,
} from '@/lib/cloud/access-control'
import { policyKeys } from './query-keys'

export function useIpControls() {
  return useQuery({
    queryKey: policyKeys.ipLists(),
    queryFn: ({ signal }) => describeIpControls({ PageSize: ACCESS_CONTROL_LIMITS.pageSizeMax }, signal),
  })
}

export function useIpControl(id: string) {
  return useQuery({
    queryKey: policyKeys.ipDetail(id),
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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: policyKeys.ipLists() }),
  })
}

export function useDeleteIpControl() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => deleteIpControl(id),
    onSuccess: async (_, id) => {
      queryClient.removeQueries({ queryKey: policyKeys.ipDetail(id), type: 'inactive' })
      await queryClient.invalidateQueries({ queryKey: policyKeys.ipLists() })
    },
  })
}
