/** The console's routes, built in one place so links and the router cannot drift apart. */
export type FunctionTab = 'code' | 'test' | 'configuration'

export const paths = {
  home: '/',
  functions: '/functions',
  createFunction: '/functions/create',
  functionDetail: (name: string, tab?: FunctionTab) =>
    `/functions/${encodeURIComponent(name)}${tab ? `?tab=${tab}` : ''}`,
} as const
