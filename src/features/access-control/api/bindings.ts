import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { STAGE_NAMES, type StageName } from '@/cloud-api/cloudapi'
import {
  describeApiIpControls,
  describeApiTrafficControls,
  removeIpControlApis,
  removeTrafficControlApis,
  setIpControlApis,
  setTrafficControlApis,
} from '@/lib/cloud/access-control'
import { describeApiGroups } from '@/lib/cloud/api-groups'
import { describeApis } from '@/lib/cloud/apis'
import { type PolicyKind, policyKeys } from './query-keys'

/** One API a policy is bound to, in one stage. */
export interface BoundApi {
  groupId: string
  groupName: string
  stage: StageName
  apiId: string
  apiName: string
  boundTime: string
}

export interface BindingParams {
  groupId: string
  stage: StageName
  apiIds: string[]
}

async function bindingsOf(kind: PolicyKind, id: string, signal: AbortSignal): Promise<BoundApi[]> {
  const groups = (await describeApiGroups({ PageSize: 50 }, signal)).ApiGroupAttributes.ApiGroupAttribute
  const lists = await Promise.all(
    groups.flatMap((group) =>
      STAGE_NAMES.map(async (stage) => {
        const params = { GroupId: group.GroupId, StageName: stage, PageSize: 100 }
        const items =
          kind === 'ip'
            ? (await describeApiIpControls(params, signal)).ApiIpControls.ApiIpControlItem.filter(
                (i) => i.IpControlId === id,
              )
            : (
                await describeApiTrafficControls(params, signal)
              ).ApiTrafficControls.ApiTrafficControlItem.filter((i) => i.TrafficControlId === id)
        return items.map((i) => ({
          groupId: group.GroupId,
          groupName: group.GroupName,
          stage,
          apiId: i.ApiId,
          apiName: i.ApiName,
          boundTime: i.BoundTime,
        }))
      }),
    ),
  )
  return lists.flat()
}

/**
 * The APIs a policy is bound to, per stage: DescribeApiIpControls / DescribeApiTrafficControls answer
 * per group and stage, so every group's three stages are read and filtered by the policy's id.
 */
export function useBoundApis(kind: PolicyKind, id: string) {
  return useQuery({
    queryKey: policyKeys.bindings(kind, id),
    queryFn: ({ signal }) => bindingsOf(kind, id, signal),
  })
}

/** SetIpControlApis / SetTrafficControlApis and their Remove… counterparts. */
export function useBindingMutations(kind: PolicyKind, id: string) {
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries({ queryKey: policyKeys.bindings(kind, id) })
  const bind = useMutation({
    mutationFn: ({ groupId, stage, apiIds }: BindingParams) => {
      const common = { GroupId: groupId, StageName: stage, ApiIds: apiIds.join(',') }
      return kind === 'ip'
        ? setIpControlApis({ ...common, IpControlId: id })
        : setTrafficControlApis({ ...common, TrafficControlId: id })
    },
    onSuccess: refresh,
  })
  const unbind = useMutation({
    mutationFn: ({ groupId, stage, apiIds }: BindingParams) => {
      const common = { GroupId: groupId, StageName: stage, ApiIds: apiIds.join(',') }
      return kind === 'ip'
        ? removeIpControlApis({ ...common, IpControlId: id })
        : removeTrafficControlApis({ ...common, TrafficControlId: id })
    },
    onSuccess: refresh,
  })
  return { bind, unbind }
}

export function usePolicyGroups() {
  return useQuery({
    queryKey: policyKeys.groups(),
    queryFn: ({ signal }) => describeApiGroups({ PageSize: 50 }, signal),
  })
}

export function usePolicyGroupApis(groupId: string) {
  return useQuery({
    queryKey: policyKeys.groupApis(groupId),
    queryFn: ({ signal }) => describeApis({ GroupId: groupId, PageSize: 100 }, signal),
    enabled: groupId !== '',
  })
}
