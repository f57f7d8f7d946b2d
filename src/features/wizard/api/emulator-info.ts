import { useQuery } from '@tanstack/react-query'
import { emulatorInfoQueryKey, getEmulatorInfo } from '@/lib/cloud/emulator'

/** Which emulator answers behind /api, and where curl reaches it (the curl lines' local-cloud origin). */
export function useEmulatorInfo() {
  return useQuery({
    queryKey: emulatorInfoQueryKey,
    queryFn: ({ signal }) => getEmulatorInfo(signal),
    // The mode cannot change while the page is open.
    staleTime: Number.POSITIVE_INFINITY,
  })
}
