import {
  type CreateFunctionInput,
  FunctionSchema,
  LIST_FUNCTIONS_LIMIT,
  ListFunctionsOutputSchema,
} from '@/cloud-api/fc3'
import { apiJson } from '../api-client'
import { apiPaths } from '../api-paths'

/**
 * The few Function Compute 3.0 calls the API Gateway areas need: ListFunctions for the backend
 * service's function picker, CreateFunction and GetFunction for the Quick Start wizard (the Functions
 * area has its own hooks; features never import each other).
 */
export function listFunctions(prefix?: string, signal?: AbortSignal) {
  return apiJson(apiPaths.fc3('functions'), ListFunctionsOutputSchema, {
    query: { prefix, limit: LIST_FUNCTIONS_LIMIT.max },
    signal,
  })
}

export function createFunction(input: CreateFunctionInput) {
  return apiJson(apiPaths.fc3('functions'), FunctionSchema, { method: 'POST', json: input })
}

export function getFunction(name: string, signal?: AbortSignal) {
  return apiJson(apiPaths.fc3('functions', name), FunctionSchema, { signal })
}
