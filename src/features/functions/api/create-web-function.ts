import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { CreateFunctionInput } from '@/cloud-api/fc3'
import { consoleRuntime, createHttpTrigger, listTriggers, webFunctionInput } from '@/lib/cloud/web-function'
import { createFunction } from './create-function'
import { functionKeys } from './query-keys'

/** Create Function → Web Function: CreateFunction on a custom runtime, then its HTTP trigger (CreateTrigger). */
export function useCreateWebFunction() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (
      settings: Omit<CreateFunctionInput, 'runtime' | 'handler' | 'customRuntimeConfig'>,
    ) => {
      const fn = await createFunction(webFunctionInput(settings))
      await createHttpTrigger(fn.functionName)
      return fn
    },
    onSuccess: async (fn) => {
      queryClient.setQueryData(functionKeys.detail(fn.functionName), fn)
      queryClient.removeQueries({ queryKey: functionKeys.code(fn.functionName) })
      await queryClient.invalidateQueries({ queryKey: functionKeys.lists() })
    },
  })
}

/** ListTriggers of a function: a web function's HTTP trigger and its URLs. */
export function useTriggers(functionName: string, enabled: boolean) {
  return useQuery({
    queryKey: [...functionKeys.detail(functionName), 'triggers'] as const,
    queryFn: ({ signal }) => listTriggers(functionName, signal),
    enabled,
  })
}

/** browser / node / cloud: whether web functions can run here. */
export function useConsoleRuntime() {
  return useQuery({
    queryKey: ['functions', 'console-runtime'] as const,
    queryFn: ({ signal }) => consoleRuntime(signal),
    staleTime: Number.POSITIVE_INFINITY,
  })
}
