import type { StageName } from '@/cloud-api/cloudapi'

/** Query keys of the APIs area, in one factory, so each mutation invalidates what it changed. */
export const apiKeys = {
  all: ['apis'] as const,
  lists: () => [...apiKeys.all, 'list'] as const,
  list: (filter: { groupId: string; name: string }) => [...apiKeys.lists(), filter] as const,
  details: () => [...apiKeys.all, 'detail'] as const,
  detail: (apiId: string) => [...apiKeys.details(), apiId] as const,
  deployed: (apiId: string, stage: StageName) => [...apiKeys.detail(apiId), 'deployed', stage] as const,
  /** Pickers and lookups this area needs from other resources (its own cache entries). */
  groupOptions: () => [...apiKeys.all, 'group-options'] as const,
  group: (groupId: string) => [...apiKeys.all, 'group', groupId] as const,
  backendOptions: (type: string) => [...apiKeys.all, 'backend-options', type] as const,
}
