import { QueryClient } from '@tanstack/react-query'
import { isApiError } from './api-error'

/**
 * One QueryClient for the app. A 4xx is the cloud's definite answer (FunctionNotFound,
 * InvalidArgument ...): retrying it only delays the error panel, so only network failures and
 * 5xx are retried, once.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // A refetch on focus would reset nothing visible but flickers lists while demoing; explicit
        // invalidation after each mutation keeps the data current instead.
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false
          return failureCount < 1
        },
      },
      mutations: { retry: false },
    },
  })
}
