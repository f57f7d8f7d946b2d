import { useQuery } from '@tanstack/react-query'
import { emulatorInfoQueryKey, getEmulatorInfo } from '@/lib/cloud/emulator'

/**
 * Whether an emulator answers behind /api: emulator-only settings (an API's event format, issue 7)
 * are offered, and sent, only then (decision 011).
 */
export function useEmulatorInfo() {
  return useQuery({
    queryKey: emulatorInfoQueryKey,
    queryFn: ({ signal }) => getEmulatorInfo(signal),
    // The mode cannot change while the page is open.
    staleTime: Number.POSITIVE_INFINITY,
  })
}
