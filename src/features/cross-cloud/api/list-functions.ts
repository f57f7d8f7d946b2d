import { useQuery } from '@tanstack/react-query'
import { listFunctions } from '@/lib/cloud/functions'
import { crossCloudKeys } from './query-keys'

/** ListFunctions (FC 3.0) for the function picker: the Node.js event functions the view can call. */
export function useFunctionOptions() {
  return useQuery({
    queryKey: crossCloudKeys.functions(),
    queryFn: ({ signal }) => listFunctions(undefined, signal),
    select: (data) => data.functions.filter((fn) => fn.runtime.startsWith('nodejs')),
    staleTime: 0,
  })
}
