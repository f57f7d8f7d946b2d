import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  ListTriggersOutputSchema,
  type TriggerInput,
  TriggerInputSchema,
  TriggerResponseSchema,
} from '@/cloud-api/fc2'
import { apiRequest } from '@/lib/api-client'
import { fc2Json, fc2Path, serviceKeys } from './client'

/** ListTriggers of one function (a function has few: one page of 100). */
export function useTriggers(service: string, fn: string) {
  return useQuery({
    queryKey: serviceKeys.triggers(service, fn),
    queryFn: async ({ signal }) =>
      (
        await fc2Json(fc2Path('services', service, 'functions', fn, 'triggers'), ListTriggersOutputSchema, {
          query: { limit: 100 },
          signal,
        })
      ).data.triggers,
  })
}

export function useCreateTrigger(service: string, fn: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: TriggerInput) =>
      (
        await fc2Json(fc2Path('services', service, 'functions', fn, 'triggers'), TriggerResponseSchema, {
          method: 'POST',
          json: TriggerInputSchema.parse(input),
        })
      ).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceKeys.triggers(service, fn) }),
  })
}

export function useDeleteTrigger(service: string, fn: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (trigger: string) => {
      await apiRequest(fc2Path('services', service, 'functions', fn, 'triggers', trigger), {
        method: 'DELETE',
      })
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceKeys.triggers(service, fn) }),
  })
}
