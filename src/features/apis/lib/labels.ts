import { type DeployedInfo, STAGE_LABELS, STAGE_NAMES, type StageName } from '@/cloud-api/cloudapi'

/** The console's words for the API settings (Alibaba Cloud API Gateway console, English). */
export const REQUEST_MODE_LABELS = {
  MAPPING: 'Map (Filter Out Unknown Parameters)',
  MAPPING_PASSTHROUGH: 'Map (Pass-through Unknown Parameters)',
  PASSTHROUGH: 'Pass-through',
} as const

export const AUTH_TYPE_LABELS: Record<string, string> = {
  ANONYMOUS: 'No Authentication',
  APP: 'Alibaba Cloud App',
  APPOPENID: 'OpenID Connect & Alibaba Cloud App',
  ANONYMOUS_APPOPENID: 'OpenID Connect',
}

export const LOCATION_LABELS = { PATH: 'Path', QUERY: 'Query', HEAD: 'Header', BODY: 'Body' } as const

export const stageOptionLabel = (stage: StageName) => `${STAGE_LABELS[stage]} (${stage})`

/** The stages an API is published to, in the console's order. */
export function deployedStages(infos: readonly DeployedInfo[]): StageName[] {
  return STAGE_NAMES.filter((stage) =>
    infos.some((info) => info.StageName === stage && info.DeployedStatus === 'DEPLOYED'),
  )
}
