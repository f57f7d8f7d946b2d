/**
 * Routes of the Services area (FC 2.0), built in one place so links and the router cannot drift apart.
 * Kept in the feature (the shared `@/lib/paths` belongs to the areas of issue 3); the side nav and the
 * router import it from here.
 */
export type ServiceFunctionTab = 'code' | 'test' | 'triggers'

const seg = encodeURIComponent

export const servicePaths = {
  services: '/services',
  service: (service: string) => `/services/${seg(service)}`,
  createFunction: (service: string) => `/services/${seg(service)}/functions/create`,
  function: (service: string, fn: string, tab?: ServiceFunctionTab) =>
    `/services/${seg(service)}/functions/${seg(fn)}${tab ? `?tab=${tab}` : ''}`,
} as const
