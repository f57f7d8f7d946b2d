import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query'
import { deleteIpControl, deleteTrafficControl } from '@/lib/cloud/access-control'
import { type PolicyKind, policyKeys } from './query-keys'

/** After Modify… (or an edit the list shows): the policy's page and its kind's list. */
export const refreshPolicy = (queryClient: QueryClient, kind: PolicyKind, id: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: policyKeys.detail(kind, id) }),
    queryClient.invalidateQueries({ queryKey: policyKeys.lists(kind) }),
  ])

const DELETE = { ip: deleteIpControl, traffic: deleteTrafficControl } as const

/** DeleteIpControl / DeleteTrafficControl: the list refreshes; the gone policy's page leaves the cache. */
export function useDeletePolicy(kind: PolicyKind) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => DELETE[kind](id),
    onSuccess: async (_, id) => {
      queryClient.removeQueries({ queryKey: policyKeys.detail(kind, id), type: 'inactive' })
      await queryClient.invalidateQueries({ queryKey: policyKeys.lists(kind) })
    },
  })
}
