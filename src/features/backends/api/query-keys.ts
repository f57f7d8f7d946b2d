/** Query keys of the Backend Services area, in one factory. */
export const backendKeys = {
  all: ['backends'] as const,
  lists: () => [...backendKeys.all, 'list'] as const,
  list: (name: string) => [...backendKeys.lists(), { name }] as const,
  details: () => [...backendKeys.all, 'detail'] as const,
  detail: (backendId: string) => [...backendKeys.details(), backendId] as const,
  /** The function picker (FC 3.0 ListFunctions). */
  functions: () => [...backendKeys.all, 'functions'] as const,
}
