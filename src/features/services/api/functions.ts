import {
  infiniteQueryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import { EMULATOR_CONTROL_PREFIX } from '@/cloud-api/endpoints'
import {
  FC2_LIST_LIMIT,
  type Fc2Function,
  FunctionCodeResponseSchema,
  type FunctionInput,
  FunctionInputSchema,
  FunctionResponseSchema,
  ListFunctionsOutputSchema,
} from '@/cloud-api/fc2'
import { apiRequest } from '@/lib/api-client'
import { ApiError } from '@/lib/api-error'
import { apiPaths } from '@/lib/api-paths'
import { type FileMap, unzipFiles, zipToBase64 } from '@/lib/zip'
import { fc2Json, fc2Path, serviceKeys, type WithEtag } from './client'

/** ListFunctions: `GET /2016-08-15/services/{s}/functions`, paged. */
export function useServiceFunctions(service: string) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: serviceKeys.functions(service),
      queryFn: async ({ pageParam, signal }) =>
        (
          await fc2Json(fc2Path('services', service, 'functions'), ListFunctionsOutputSchema, {
            query: { limit: FC2_LIST_LIMIT.default, nextToken: pageParam },
            signal,
          })
        ).data,
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextToken || undefined,
    }),
  )
}

/** GetFunction, with its ETag (sent back as If-Match when the code is deployed). */
export function useServiceFunction(service: string, fn: string) {
  return useQuery({
    queryKey: serviceKeys.function(service, fn),
    queryFn: ({ signal }) =>
      fc2Json(fc2Path('services', service, 'functions', fn), FunctionResponseSchema, { signal }),
  })
}

export function useCreateServiceFunction(service: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: FunctionInput) =>
      fc2Json(fc2Path('services', service, 'functions'), FunctionResponseSchema, {
        method: 'POST',
        json: FunctionInputSchema.parse(input),
      }),
    onSuccess: async (created) => {
      queryClient.setQueryData(serviceKeys.function(service, created.data.functionName), created)
      queryClient.removeQueries({ queryKey: serviceKeys.code(service, created.data.functionName) })
      await queryClient.invalidateQueries({ queryKey: serviceKeys.functions(service) })
    },
  })
}

/** DeleteFunction → 204; FunctionNotEmpty (409) while it has triggers. */
export function useDeleteServiceFunction(service: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (fn: string) => {
      await apiRequest(fc2Path('services', service, 'functions', fn), { method: 'DELETE' })
    },
    onSuccess: async (_, fn) => {
      queryClient.removeQueries({ queryKey: serviceKeys.function(service, fn), type: 'inactive' })
      await queryClient.invalidateQueries({ queryKey: serviceKeys.functions(service) })
    },
  })
}

/** The emulator's code URL is its control endpoint, reached as `/api/emulator/...` (decision 002). */
function downloadPath(url: string): string {
  const parsed = new URL(url, window.location.origin)
  if (!parsed.pathname.startsWith(`${EMULATOR_CONTROL_PREFIX}/`)) return parsed.href
  const rest = parsed.pathname.slice(EMULATOR_CONTROL_PREFIX.length + 1)
  return `${apiPaths.emulator(...rest.split('/').map(decodeURIComponent))}${parsed.search}`
}

/** GetFunctionCode (`{url, checksum}`), then the zip behind the url, unzipped. */
export function useServiceFunctionCode(service: string, fn: string) {
  return useQuery({
    queryKey: serviceKeys.code(service, fn),
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async ({ signal }): Promise<FileMap> => {
      const location = await fc2Json(
        fc2Path('services', service, 'functions', fn, 'code'),
        FunctionCodeResponseSchema,
        {
          signal,
        },
      )
      const path = downloadPath(location.data.url)
      const response = path.startsWith('/')
        ? await apiRequest(path, { signal, headers: { accept: 'application/zip' } })
        : await fetch(path, { signal })
      if (!response.ok)
        throw new ApiError({
          code: 'CodeDownloadFailed',
          message: `Downloading the code package failed (${response.status}).`,
          status: response.status,
        })
      return unzipFiles(new Uint8Array(await response.arrayBuffer()))
    },
  })
}

/**
 * Deploy: UpdateFunction with only `code.zipFile`, and `If-Match` with the ETag the page loaded, so a
 * change made elsewhere meanwhile is not overwritten (PreconditionFailed, seed 004).
 */
export function useDeployServiceFunction(service: string, fn: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ files, etag }: { files: FileMap; etag: string | undefined }) =>
      fc2Json(fc2Path('services', service, 'functions', fn), FunctionResponseSchema, {
        method: 'PUT',
        json: { code: { zipFile: zipToBase64(files) } },
        headers: etag ? { 'if-match': etag } : {},
      }),
    onSuccess: async (updated: WithEtag<Fc2Function>, { files }) => {
      queryClient.setQueryData(serviceKeys.function(service, fn), updated)
      queryClient.setQueryData(serviceKeys.code(service, fn), files)
      await queryClient.invalidateQueries({ queryKey: serviceKeys.functions(service) })
    },
  })
}
