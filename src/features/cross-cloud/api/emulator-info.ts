import { useQuery } from '@tanstack/react-query'
import { emulatorInfoQueryKey, getEmulatorInfo } from '@/lib/cloud/emulator'

/** Whether an emulator answers (the view needs one: event formats and traces are emulator-only). */
export function useEmulatorInfo() {
  return useQuery({
    queryKey: emulatorInfoQueryKey,
    queryFn: ({ signal }) => getEmulatorInfo(signal),
    // The mode cannot change while the page is open.
    staleTime: Number.POSITIVE_INFINITY,
  })
}
