import { useMutation } from '@tanstack/react-query'
import type { GatewayTrace } from '@/cloud-api/cloudapi'
import {
  type GatewayCall,
  type GatewayExchange,
  getGatewayTrace,
  sendGatewayRequest,
} from '@/lib/cloud/gateway'

export interface DebugResult {
  exchange: GatewayExchange
  /** What happened inside the gateway; null when no emulator keeps traces (the real cloud). */
  trace: GatewayTrace | null
  /** Why the trace could not be read, if it failed for another reason than "no emulator". */
  traceError: unknown
  sentAt: Date
}

/** Debug API: call the API through the data plane, then read the emulator's trace of that call. */
export function useDebugApi() {
  return useMutation({
    mutationFn: async (call: GatewayCall): Promise<DebugResult> => {
      const sentAt = new Date()
      const exchange = await sendGatewayRequest(call)
      const requestId = exchange.received.requestId
      let trace: GatewayTrace | null = null
      let traceError: unknown = null
      if (requestId) {
        try {
          trace = await getGatewayTrace(requestId)
        } catch (error) {
          traceError = error
        }
      }
      return { exchange, trace, traceError, sentAt }
    },
  })
}
