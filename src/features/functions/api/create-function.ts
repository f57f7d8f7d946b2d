import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type CreateFunctionInput, CreateFunctionInputSchema, FunctionSchema } from '@/cloud-api/fc3'
import { apiJson } from '@/lib/api-client'
import { apiPaths } from '@/lib/api-paths'
import { functionKeys } from './query-keys'

/** CreateFunction: `POST /2023-03-30/functions` with CreateFunctionInput (code as `code.zipFile`). */
export const createFunctionInputSchema = CreateFunctionInputSchema

export function createFunction(input: CreateFunctionInput) {
  return apiJson(apiPaths.fc3('functions'), FunctionSchema, {
    method: 'POST',
    json: createFunctionInputSchema.parse(input),
  })
}

export function useCreateFunction() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createFunction,
    onSuccess: async (fn) => {
      queryClient.setQueryData(functionKeys.detail(fn.functionName), fn)
      // A function of the same name may have been deleted earlier in this session: forget its code.
      queryClient.removeQueries({ queryKey: functionKeys.code(fn.functionName) })
      await queryClient.invalidateQueries({ queryKey: functionKeys.lists() })
    },
  })
}
