import { useMutation, useQueryClient } from '@tanstack/react-query'
import { FunctionSchema, type UpdateFunctionInput, UpdateFunctionInputSchema } from '@/cloud-api/fc3'
import { apiJson } from '@/lib/api-client'
import { apiPaths } from '@/lib/api-paths'
import { type FileMap, zipToBase64 } from '@/lib/zip'
import type { FunctionCode } from './get-function-code'
import { functionKeys } from './query-keys'

/**
 * UpdateFunction: `PUT /2023-03-30/functions/{functionName}` with a partial UpdateFunctionInput.
 * Deploy sends only `code.zipFile`; the Configuration tab sends only the settings.
 */
export const updateFunctionInputSchema = UpdateFunctionInputSchema

export function updateFunction(name: string, input: UpdateFunctionInput) {
  return apiJson(apiPaths.fc3('functions', name), FunctionSchema, {
    method: 'PUT',
    json: updateFunctionInputSchema.parse(input),
  })
}

export function useUpdateFunction(name: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: UpdateFunctionInput) => updateFunction(name, input),
    onSuccess: async (fn) => {
      queryClient.setQueryData(functionKeys.detail(name), fn)
      await queryClient.invalidateQueries({ queryKey: functionKeys.lists() })
    },
  })
}

/**
 * Deploy (the Code tab): UpdateFunction with only `code.zipFile`. On success the code cache holds the
 * files just deployed, so the editor does not reload what it already shows.
 */
export function useDeployFunctionCode(name: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (files: FileMap) => updateFunction(name, { code: { zipFile: zipToBase64(files) } }),
    onSuccess: async (fn, files) => {
      queryClient.setQueryData(functionKeys.detail(name), fn)
      queryClient.setQueryData<FunctionCode>(functionKeys.code(name), { files, checksum: fn.codeChecksum })
      await queryClient.invalidateQueries({ queryKey: functionKeys.lists() })
    },
  })
}
