/** Query keys of the API Groups area, in one factory, so each mutation invalidates what it changed. */
export const groupKeys = {
  all: ['api-groups'] as const,
  lists: () => [...groupKeys.all, 'list'] as const,
  list: (name: string) => [...groupKeys.lists(), { name }] as const,
  details: () => [...groupKeys.all, 'detail'] as const,
  detail: (groupId: string) => [...groupKeys.details(), groupId] as const,
}
