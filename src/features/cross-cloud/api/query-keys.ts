/** Query keys of the "Try across clouds" area, in one factory. */
export const crossCloudKeys = {
  all: ['cross-cloud'] as const,
  functions: () => [...crossCloudKeys.all, 'functions'] as const,
  scratch: () => [...crossCloudKeys.all, 'scratch'] as const,
}
