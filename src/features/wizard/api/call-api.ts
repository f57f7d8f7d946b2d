import { useMutation } from '@tanstack/react-query'
import type { GatewayTrace } from '@/cloud-api/cloudapi'
import { type GatewayExchange, getGatewayTrace, sendGatewayRequest } from '@/lib/cloud/gateway'

export interface WizardCall {
  exchange: GatewayExchange
  trace: GatewayTrace | null
}

/** Step 7: call the published API through its subdomain, and read the emulator's trace if there is one. */
export function useCallWizardApi() {
  return useMutation({
    mutationFn: async (input: { subDomain: string; path: string; name: string }): Promise<WizardCall> => {
      const exchange = await sendGatewayRequest({
        subDomain: input.subDomain,
        stage: 'RELEASE',
        method: 'GET',
        path: input.path,
        query: input.name ? [['name', input.name]] : [],
        headers: [],
        body: '',
      })
      const requestId = exchange.received.requestId
      const trace = requestId ? await getGatewayTrace(requestId).catch(() => null) : null
      return { exchange, trace }
    },
  })
}
