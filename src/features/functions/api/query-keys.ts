/**
 * All query keys of the Functions area, in one factory (Supabase Studio's pattern), so a mutation
 * invalidates exactly what it changed: `functionKeys.lists()` matches every list page and prefix.
 */
export const functionKeys = {
  all: ['functions'] as const,
  lists: () => [...functionKeys.all, 'list'] as const,
  list: (prefix: string) => [...functionKeys.lists(), { prefix }] as const,
  details: () => [...functionKeys.all, 'detail'] as const,
  detail: (name: string) => [...functionKeys.details(), name] as const,
  code: (name: string) => [...functionKeys.all, 'code', name] as const,
}
