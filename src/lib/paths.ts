import type { StageName } from '@/cloud-api/cloudapi'

/** The console's routes, built in one place so links and the router cannot drift apart. */
export type FunctionTab = 'code' | 'test' | 'configuration'
export type ApiTab = 'definition' | 'debug'

const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value)
  const text = search.toString()
  return text ? `?${text}` : ''
}

export const paths = {
  home: '/',
  wizard: '/wizard',
  functions: '/functions',
  createFunction: '/functions/create',
  functionDetail: (name: string, tab?: FunctionTab) =>
    `/functions/${encodeURIComponent(name)}${tab ? `?tab=${tab}` : ''}`,
  apiGroups: '/api-groups',
  apiGroupDetail: (groupId: string) => `/api-groups/${encodeURIComponent(groupId)}`,
  backends: '/backends',
  backendDetail: (backendId: string, stage?: StageName) =>
    `/backends/${encodeURIComponent(backendId)}${query({ stage })}`,
  apis: (groupId?: string) => `/apis${query({ groupId })}`,
  createApi: (groupId?: string) => `/apis/create${query({ groupId })}`,
  apiDetail: (apiId: string, tab?: ApiTab) => `/apis/${encodeURIComponent(apiId)}${query({ tab })}`,
  editApi: (apiId: string) => `/apis/${encodeURIComponent(apiId)}/edit`,
  apps: '/apps',
  appDetail: (appId: number | string) => `/apps/${encodeURIComponent(String(appId))}`,
  ipControls: '/ip-controls',
  ipControlDetail: (id: string) => `/ip-controls/${encodeURIComponent(id)}`,
  trafficControls: '/traffic-controls',
  trafficControlDetail: (id: string) => `/traffic-controls/${encodeURIComponent(id)}`,
  /** One request through the four event formats, side by side (issue 7; emulator only) */
  crossCloud: '/cross-cloud',
} as const
