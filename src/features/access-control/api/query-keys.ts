/** Query keys of the Access Control area (IP control and traffic control). */
export const policyKeys = {
  all: ['access-control'] as const,
  lists: (kind: PolicyKind) => [...policyKeys.all, kind, 'list'] as const,
  detail: (kind: PolicyKind, id: string) => [...policyKeys.all, kind, 'detail', id] as const,
  ipItems: (id: string) => [...policyKeys.all, 'ip', 'items', id] as const,
  bindings: (kind: PolicyKind, id: string) => [...policyKeys.all, kind, 'bindings', id] as const,
  groups: () => [...policyKeys.all, 'groups'] as const,
  groupApis: (groupId: string) => [...policyKeys.all, 'group-apis', groupId] as const,
}
export type PolicyKind = 'ip' | 'traffic'
