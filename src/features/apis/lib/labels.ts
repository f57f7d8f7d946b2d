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

/**
 * AppCodeAuthType, as the console's "AppCode Authentication" options name them (doc 115437, "Call an API
 * in simple authentication mode": DEFAULT turns AppCodes on only for APIs listed on Cloud Marketplace).
 */
export const APP_CODE_AUTH_TYPE_LABELS = {
  HEADER: 'Enable AppCode Authentication (Header)',
  HEADER_QUERY: 'Enable AppCode Authentication (Header & Query)',
  DISABLE: 'Disable AppCode Authentication (Signature Only)',
  DEFAULT: 'Enable After Listing on Cloud Marketplace',
} as const

/**
 * How an API takes AppCodes: its AppCodeAuthType's label, whether the gateway accepts an AppCode in the
 * header (HEADER, HEADER_QUERY), and, where it does not, when it would: DEFAULT once the API is listed on
 * Cloud Marketplace (which the emulator's never are), DISABLE never.
 */
export function appCodeAuthOf(api: { AppCodeAuthType?: string }) {
  const mode = (api.AppCodeAuthType || 'DEFAULT') as keyof typeof APP_CODE_AUTH_TYPE_LABELS
  return {
    label: APP_CODE_AUTH_TYPE_LABELS[mode] ?? mode,
    accepted: mode === 'HEADER' || mode === 'HEADER_QUERY',
    unless: mode === 'DEFAULT' ? ' unless the API is listed on Cloud Marketplace' : '',
  }
}

export const LOCATION_LABELS = { PATH: 'Path', QUERY: 'Query', HEAD: 'Header', BODY: 'Body' } as const

export const stageOptionLabel = (stage: StageName) => `${STAGE_LABELS[stage]} (${stage})`

/** The stages an API is published to, in the console's order. */
export function deployedStages(infos: readonly DeployedInfo[]): StageName[] {
  return STAGE_NAMES.filter((stage) =>
    infos.some((info) => info.StageName === stage && info.DeployedStatus === 'DEPLOYED'),
  )
}
