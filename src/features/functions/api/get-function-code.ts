import { queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod'
import { EMULATOR_CONTROL_PREFIX } from '@/cloud-api/endpoints'
import { apiJson, apiRequest } from '@/lib/api-client'
import { ApiError } from '@/lib/api-error'
import { apiPaths } from '@/lib/api-paths'
import { type FileMap, unzipFiles } from '@/lib/zip'
import { functionKeys } from './query-keys'

/**
 * GetFunctionCode: `GET /2023-03-30/functions/{functionName}/code` → `{url, checksum}` (the SDK's
 * OutputFuncCode), then the zip behind `url`, unzipped.
 *
 * The emulator's url points at its control endpoint (`/__emulator/...`), which the console reaches
 * as `/api/emulator/...` on its own origin; the real cloud's url is a signed OSS download link.
 */
const OutputFuncCodeSchema = z.object({ url: z.string(), checksum: z.string().optional() })

export interface FunctionCode {
  files: FileMap
  checksum: string | undefined
}

function codeDownloadPath(url: string): string {
  const parsed = new URL(url, window.location.origin)
  if (parsed.pathname.startsWith(`${EMULATOR_CONTROL_PREFIX}/`)) {
    const rest = parsed.pathname.slice(EMULATOR_CONTROL_PREFIX.length + 1)
    return `${apiPaths.emulator(...rest.split('/').map(decodeURIComponent))}${parsed.search}`
  }
  return parsed.href
}

async function downloadZip(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  const path = codeDownloadPath(url)
  const response = path.startsWith('/')
    ? await apiRequest(path, { signal, headers: { accept: 'application/zip, application/octet-stream' } })
    : await fetch(path, { signal }).catch(() => {
        throw new ApiError({
          code: 'CodeDownloadFailed',
          message: 'The code package could not be downloaded from its storage link.',
          status: 0,
        })
      })
  if (!response.ok) {
    throw new ApiError({
      code: 'CodeDownloadFailed',
      message: `Downloading the code package failed (${response.status}).`,
      status: response.status,
    })
  }
  return new Uint8Array(await response.arrayBuffer())
}

export async function getFunctionCode(name: string, signal?: AbortSignal): Promise<FunctionCode> {
  const location = await apiJson(apiPaths.fc3('functions', name, 'code'), OutputFuncCodeSchema, { signal })
  const zip = await downloadZip(location.url, signal)
  try {
    return { files: unzipFiles(zip), checksum: location.checksum }
  } catch (error) {
    throw new ApiError({
      code: 'InvalidCodePackage',
      message: `The code package is not a readable zip: ${error instanceof Error ? error.message : String(error)}`,
      status: 0,
    })
  }
}

export const functionCodeQueryOptions = (name: string) =>
  queryOptions({
    queryKey: functionKeys.code(name),
    queryFn: ({ signal }) => getFunctionCode(name, signal),
    // The code changes only through Deploy, which writes the new files into this cache itself.
    staleTime: Number.POSITIVE_INFINITY,
  })

export function useFunctionCode(name: string) {
  return useQuery(functionCodeQueryOptions(name))
}
