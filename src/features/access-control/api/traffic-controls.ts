import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ACCESS_CONTROL_LIMITS, type CloudApiParams } from '@/cloud-api/cloudapi'
import { ApiError } from '@/lib/api-error'
import {
  addTrafficSpecialControl,
  createTrafficControl,
  deleteTrafficControl,
  deleteTrafficSpecialControl,
  describeTrafficControls,
  modifyTrafficControl,
} from '@/lib/cloud/access-control'
import { policyKeys } from './query-keys'

export function useTrafficControls() {
  return useQuery({
    queryKey: policyKeys.trafficLists(),
    queryFn: ({ signal }) => describeTrafficControls({ PageSize: ACCESS_CONTROL_LIMITS.pageSizeMax }, signal),
  })
}

export function useTrafficControl(id: string) {
  return useQuery({
    queryKey: policyKeys.trafficDetail(id),
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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: policyKeys.trafficLists() }),
  })
}

export function useDeleteTrafficControl() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => deleteTrafficControl(id),
    onSuccess: async (_, id) => {
      queryClient.removeQueries({ queryKey: policyKeys.trafficDetail(id), type: 'inactive' })
      await queryClient.invalidateQueries({ queryKey: policyKeys.trafficLists() })
    },
  })
}

/** ModifyTrafficControl: refreshes the page and the list. */
export function useModifyTrafficControl(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (params: Omit<CloudApiParams<'ModifyTrafficControl'>, 'TrafficControlId'>) =>
      modifyTrafficControl({ ...params, TrafficControlId: id }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: policyKeys.trafficDetail(id) }),
        queryClient.invalidateQueries({ queryKey: policyKeys.trafficLists() }),
      ]),
  })
}

/** AddTrafficSpecialControl / DeleteTrafficSpecialControl: a per-app (or per-user) limit. */
export function useSpecialControl(id: string) {
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries({ queryKey: policyKeys.trafficDetail(id) })
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
