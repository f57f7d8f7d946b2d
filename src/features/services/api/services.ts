import {
  infiniteQueryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import {
  FC2_LIST_LIMIT,
  ListServicesOutputSchema,
  type ServiceInput,
  ServiceInputSchema,
  ServiceResponseSchema,
} from '@/cloud-api/fc2'
import { apiRequest } from '@/lib/api-client'
import { fc2Json, fc2Path, serviceKeys } from './client'

/** ListServices: `GET /2016-08-15/services?limit=&nextToken=` (seed 004), paged with "Load more". */
export const servicesQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: serviceKeys.services(),
    queryFn: async ({ pageParam, signal }) =>
      (
        await fc2Json(fc2Path('services'), ListServicesOutputSchema, {
          query: { limit: FC2_LIST_LIMIT.default, nextToken: pageParam },
          signal,
        })
      ).data,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextToken || undefined,
  })

export const useServices = () => useInfiniteQuery(servicesQueryOptions())

/** GetService: `GET /2016-08-15/services/{name}`. */
export function useService(service: string) {
  return useQuery({
    queryKey: serviceKeys.service(service),
    queryFn: async ({ signal }) =>
      (await fc2Json(fc2Path('services', service), ServiceResponseSchema, { signal })).data,
  })
}

/** CreateService: `POST /2016-08-15/services` with the seed's `Service`. */
export function useCreateService() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: ServiceInput) =>
      (
        await fc2Json(fc2Path('services'), ServiceResponseSchema, {
          method: 'POST',
          json: ServiceInputSchema.parse(input),
        })
      ).data,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: serviceKeys.services() })
    },
  })
}

/** DeleteService: `DELETE /2016-08-15/services/{name}` → 204; ServiceNotEmpty (409) while it has functions. */
export function useDeleteService() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (service: string) => {
      await apiRequest(fc2Path('services', service), { method: 'DELETE' })
    },
    onSuccess: async (_, service) => {
      queryClient.removeQueries({ queryKey: serviceKeys.service(service), type: 'inactive' })
      await queryClient.invalidateQueries({ queryKey: serviceKeys.services() })
    },
  })
}
