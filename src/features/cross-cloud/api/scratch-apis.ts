import { useQuery } from '@tanstack/react-query'
import { CLOUDAPI_LIMITS, EVENT_FORMATS, type EventFormat } from '@/cloud-api/cloudapi'
import { describeApiGroups } from '@/lib/cloud/api-groups'
import { describeApis } from '@/lib/cloud/apis'
import { SCRATCH_GROUP_PREFIX, scratchApiName, scratchGroupName } from '../lib/scratch'
import { crossCloudKeys } from './query-keys'

/** A format's scratch group and, once created, its API. */
export interface ScratchApi {
  format: EventFormat
  groupId: string
  subDomain: string
  apiId: string | null
}

/**
 * The scratch groups and APIs that exist (DescribeApiGroups by name, DescribeApis per group): what a
 * run reuses and what "Clean up" removes.
 */
export async function findScratchApis(signal?: AbortSignal): Promise<ScratchApi[]> {
  const groups = await describeApiGroups(
    { GroupName: SCRATCH_GROUP_PREFIX, PageNumber: 1, PageSize: CLOUDAPI_LIMITS.groupPageSizeMax },
    signal,
  )
  const found: ScratchApi[] = []
  for (const format of EVENT_FORMATS) {
    const group = groups.ApiGroupAttributes.ApiGroupAttribute.find(
      (g) => g.GroupName === scratchGroupName(format),
    )
    if (!group) continue
    const apis = await describeApis(
      { GroupId: group.GroupId, PageNumber: 1, PageSize: CLOUDAPI_LIMITS.pageSizeMax },
      signal,
    )
    const api = apis.ApiSummarys.ApiSummary.find((a) => a.ApiName === scratchApiName(format))
    found.push({ format, groupId: group.GroupId, subDomain: group.SubDomain, apiId: api?.ApiId ?? null })
  }
  return found
}

export function useScratchApis(enabled: boolean) {
  return useQuery({
    queryKey: crossCloudKeys.scratch(),
    queryFn: ({ signal }) => findScratchApis(signal),
    enabled,
    staleTime: 0,
  })
}
