import { useMutation, useQueryClient } from '@tanstack/react-query'
import { EVENT_FORMATS, type EventFormat, type GatewayTrace } from '@/cloud-api/cloudapi'
import { createApiGroup } from '@/lib/cloud/api-groups'
import { createApi, deployApi, modifyApi } from '@/lib/cloud/apis'
import { type GatewayExchange, getGatewayTrace, sendGatewayRequest } from '@/lib/cloud/gateway'
import {
  SCRATCH_DESCRIPTION,
  SCRATCH_STAGE,
  scratchApiParams,
  scratchGroupName,
  splitPathAndQuery,
} from '../lib/scratch'
import { crossCloudKeys } from './query-keys'
import { findScratchApis, type ScratchApi } from './scratch-apis'

/** The one request sent through every format. */
export interface CrossCloudRequest {
  functionName: string
  method: string
  /** `/orders/42?expand=items` */
  pathAndQuery: string
  headers: Array<[string, string]>
  body: string
}

/** What one format made of it: the HTTP exchange and the emulator's trace (event, function result, reading). */
export interface FormatOutcome {
  format: EventFormat
  exchange: GatewayExchange | null
  trace: GatewayTrace | null
  /** the call could not be made at all (network, or the trace could not be read) */
  error: unknown
}

export interface CrossCloudRun {
  request: CrossCloudRequest
  outcomes: FormatOutcome[]
}

/** Creates the format's scratch group and API if missing, points the API at the function, publishes it to TEST. */
async function prepare(
  format: EventFormat,
  request: CrossCloudRequest,
  region: string | undefined,
  existing: readonly ScratchApi[],
): Promise<ScratchApi & { apiId: string }> {
  let scratch = existing.find((s) => s.format === format)
  if (!scratch) {
    const group = await createApiGroup({
      GroupName: scratchGroupName(format),
      Description: SCRATCH_DESCRIPTION,
    })
    scratch = { format, groupId: group.GroupId, subDomain: group.SubDomain, apiId: null }
  }
  const params = scratchApiParams(format, scratch.groupId, request.functionName, region)
  let apiId = scratch.apiId
  if (apiId) await modifyApi({ ...params, ApiId: apiId })
  else apiId = (await createApi(params)).ApiId
  await deployApi({
    ApiId: apiId,
    GroupId: scratch.groupId,
    StageName: SCRATCH_STAGE,
    Description: `Try across clouds: ${request.functionName}`,
  })
  return { ...scratch, apiId }
}

async function callThrough(scratch: ScratchApi, request: CrossCloudRequest): Promise<FormatOutcome> {
  const { path, query } = splitPathAndQuery(request.pathAndQuery)
  try {
    const exchange = await sendGatewayRequest({
      subDomain: scratch.subDomain,
      stage: SCRATCH_STAGE,
      method: request.method,
      path,
      query,
      headers: request.headers,
      body: request.body,
    })
    const requestId = exchange.received.requestId
    const trace = requestId ? await getGatewayTrace(requestId) : null
    return { format: scratch.format, exchange, trace, error: null }
  } catch (error) {
    return { format: scratch.format, exchange: null, trace: null, error }
  }
}

/**
 * Sends the request through all four formats: prepares the scratch APIs (in parallel), then calls
 * them one after the other — the same function, warm after the first call — and reads each trace.
 */
export function useRunAcrossClouds(region: string | undefined) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (request: CrossCloudRequest): Promise<CrossCloudRun> => {
      const existing = await findScratchApis()
      const prepared = await Promise.all(
        EVENT_FORMATS.map((format) => prepare(format, request, region, existing)),
      )
      const outcomes: FormatOutcome[] = []
      for (const scratch of prepared) outcomes.push(await callThrough(scratch, request))
      return { request, outcomes }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: crossCloudKeys.scratch() }),
  })
}
