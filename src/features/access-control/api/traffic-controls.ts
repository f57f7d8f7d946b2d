import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ACCESS_CONTROL_LIMITS, type CloudApiParams } from '@/cloud-api/cloudapi'
import { ApiError } from '@/lib/api-error'
import {
  addTrafficSpecialControl,
  createTrafficControl,
  deleteTrafficSpecialControl,
  describeTrafficControls,
  modifyTrafficControl,
} from '@/lib/cloud/access-control'
import { refreshPolicy } from './policies'
import { policyKeys } from './query-keys'

export function useTrafficControls() {
  return useQuery({
    queryKey: policyKeys.lists('traffic'),
    queryFn: ({ signal }) => describeTrafficControls({ PageSize: ACCESS_CONTROL_LIMITS.pageSizeMax }, signal),
  })
}

export function useTrafficControl(id: string) {
  return useQuery({
    queryKey: policyKeys.detail('traffic', id),
    queryFn: async ({ signal }) => {
      const answer = await describeTrafficControls({ TrafficControlId: id }, signal)
      const item = answer.TrafficControls.TrafficControl[0]
      if (!item)
        throw new ApiError({
          code: 'NotFoundTrafficControl',
          message: `The traffic control ${id} does not exist.`,
          status: 404,
        })
      return item
    },
  })
}

export function useCreateTrafficControl() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (params: CloudApiParams<'CreateTrafficControl'>) => createTrafficControl(params),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: policyKeys.lists('traffic') }),
  })
}

/** ModifyTrafficControl: refreshes the page and the list. */
export function useModifyTrafficControl(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (params: Omit<CloudApiParams<'ModifyTrafficControl'>, 'TrafficControlId'>) =>
      modifyTrafficControl({ ...params, TrafficControlId: id }),
    onSuccess: () => refreshPolicy(queryClient, 'traffic', id),
  })
}

/** AddTrafficSpecialControl / DeleteTrafficSpecialControl: a per-app (or per-user) limit. */
export function useSpecialControl(id: string) {
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries({ queryKey: policyKeys.detail('traffic', id) })
  const add = useMutation({
    mutationFn: (params: Omit<CloudApiParams<'AddTrafficSpecialControl'>, 'TrafficControlId'>) =>
      addTrafficSpecialControl({ ...params, TrafficControlId: id }),
    onSuccess: refresh,
  })
  const remove = useMutation({
    mutationFn: (params: Omit<CloudApiParams<'DeleteTrafficSpecialControl'>, 'TrafficControlId'>) =>
      deleteTrafficSpecialControl({ ...params, TrafficControlId: id }),
    onSuccess: refresh,
  })
  return { add, remove }
}
