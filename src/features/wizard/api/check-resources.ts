import { useQuery } from '@tanstack/react-query'
import { isApiError } from '@/lib/api-error'
import { describeApiGroup } from '@/lib/cloud/api-groups'
import { describeApi } from '@/lib/cloud/apis'
import { describeAppAttributes } from '@/lib/cloud/apps'
import { describeBackendInfo } from '@/lib/cloud/backends'
import { getFunction } from '@/lib/cloud/functions'
import type { CreatedResource } from '../lib/created-resource'

/**
 * The cloud's "it is not there": FC's FunctionNotFound (404), CloudAPI's NotFound<Resource> (a 400) —
 * not any 404 (CloudAPI's InvalidAction.NotFound is one, and says nothing about the resource).
 */
const isGone = (error: unknown) =>
  isApiError(error) && (error.code === 'FunctionNotFound' || error.code.startsWith('NotFound'))

async function exists(resource: CreatedResource, signal: AbortSignal): Promise<boolean> {
  try {
    if (resource.kind === 'function') await getFunction(resource.id, signal)
    else if (resource.kind === 'backend') await describeBackendInfo(resource.id, signal)
    else if (resource.kind === 'group') await describeApiGroup(resource.id, signal)
    else if (resource.kind === 'api') await describeApi(resource.id, undefined, signal)
    // DescribeAppAttributes answers an empty list for an app that does not exist.
    else
      return (
        (await describeAppAttributes({ AppId: Number(resource.id) }, signal)).Apps.AppAttribute.length > 0
      )
    return true
  } catch (error) {
    if (isGone(error)) return false
    throw error
  }
}

/**
 * Which of the resources a saved Quick Start progress names are gone from the cloud — deleted from their pages,
 * or all of them at once by the emulator's "Reset demo data". Checked whenever the wizard shows a
 * saved progress (on load, on resume, and after a reset, which invalidates every query). Any other
 * failure leaves the answer unknown (the query fails) rather than guessing.
 */
export function useMissingResources(resources: readonly CreatedResource[]) {
  return useQuery({
    queryKey: ['wizard', 'created-resources', resources.map((r) => `${r.kind}:${r.id}`)] as const,
    queryFn: async ({ signal }) => {
      const found = await Promise.all(resources.map((r) => exists(r, signal)))
      return { resources, missing: resources.filter((_, i) => !found[i]) }
    },
    enabled: resources.length > 0,
    staleTime: 0,
    retry: false,
  })
}
