/** Query keys of the Apps area. The credentials have their own key and are never kept (decision 010). */
export const appKeys = {
  all: ['apps'] as const,
  lists: () => [...appKeys.all, 'list'] as const,
  detail: (appId: number) => [...appKeys.all, 'detail', appId] as const,
  security: (appId: number) => [...appKeys.all, 'security', appId] as const,
  authorized: (appId: number) => [...appKeys.all, 'authorized', appId] as const,
  groups: () => [...appKeys.all, 'groups'] as const,
  groupApis: (groupId: string) => [...appKeys.all, 'group-apis', groupId] as const,
}
