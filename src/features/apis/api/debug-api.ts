import { useMutation } from '@tanstack/react-query'
import type { GatewayTrace } from '@/cloud-api/cloudapi'
import {
  type GatewayCall,
  type GatewayExchange,
  gatewayPathAndQuery,
  getGatewayTrace,
  sendGatewayRequest,
} from '@/lib/cloud/gateway'
import { signGatewayCall } from '@/lib/cloud/sign-gateway'
import { appCodeOf } from './app-access'

/** Who the Debug panel calls as: nobody, an app signing (X-Ca-Signature), or an app's AppCode. */
export type CallAs =
  | { mode: 'anonymous' }
  | {
      mode: 'signature'
      appId: number /** alter X-Ca-Nonce after signing, to see a mismatch */
      tamper: boolean
    }
  | { mode: 'appcode'; appId: number }

export interface DebugCall extends GatewayCall {
  as: CallAs
}

export interface DebugSigning {
  mode: 'signature' | 'appcode'
  appId: number
  /** what the sign endpoint signed (signature mode) */
  clientStringToSign: string | null
  tampered: boolean
}

export interface DebugResult {
  exchange: GatewayExchange
  /** What happened inside the gateway; null when no emulator keeps traces (the real cloud). */
  trace: GatewayTrace | null
  /** Why the trace could not be read, if it failed for another reason than "no emulator". */
  traceError: unknown
  signing: DebugSigning | null
  sentAt: Date
}

const has = (headers: ReadonlyArray<readonly [string, string]>, name: string) =>
  headers.some(([n]) => n.trim().toLowerCase() === name)

/**
 * Adds the app's credentials to the call. A signature is made by `POST /api/sign/gateway` (the proxy,
 * or the in-page adapter; decision 010) over exactly what will be sent — so a body gets an explicit
 * Content-Type (the browser would add one otherwise, outside the signature). X-Ca-Stage is signed but
 * sent once, by sendGatewayRequest.
 */
async function withCredentials(
  call: DebugCall,
): Promise<{ call: GatewayCall; signing: DebugSigning | null }> {
  const headers: Array<readonly [string, string]> = call.headers.filter(([name]) => name.trim() !== '')
  if (call.body !== '' && !has(headers, 'content-type')) {
    let json = true
    try {
      JSON.parse(call.body)
    } catch {
      json = false
    }
    headers.push(['Content-Type', json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8'])
  }
  if (call.as.mode === 'anonymous') return { call: { ...call, headers }, signing: null }
  if (call.as.mode === 'appcode') {
    const code = await appCodeOf(call.as.appId)
    headers.push(['Authorization', `APPCODE ${code}`])
    return {
      call: { ...call, headers },
      signing: { mode: 'appcode', appId: call.as.appId, clientStringToSign: null, tampered: false },
    }
  }
  const signed = await signGatewayCall({
    appId: call.as.appId,
    host: call.subDomain,
    method: call.method.toUpperCase(),
    path: gatewayPathAndQuery(call),
    headers: Object.fromEntries(headers.map(([n, v]) => [n.trim(), v])),
    body: call.body === '' ? undefined : call.body,
    stage: call.stage,
  })
  for (const [name, value] of Object.entries(signed.headers)) {
    if (name.toLowerCase() === 'x-ca-stage') continue
    const altered = call.as.tamper && name.toLowerCase() === 'x-ca-nonce' ? `${value}-altered` : value
    headers.push([name, altered])
  }
  return {
    call: { ...call, headers },
    signing: {
      mode: 'signature',
      appId: call.as.appId,
      clientStringToSign: signed.stringToSign,
      tampered: call.as.tamper,
    },
  }
}

/** Debug API: call the API through the data plane (as an app, if chosen), then read the emulator's trace. */
export function useDebugApi() {
  return useMutation({
    mutationFn: async (debugCall: DebugCall): Promise<DebugResult> => {
      const sentAt = new Date()
      const { call, signing } = await withCredentials(debugCall)
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
      return { exchange, trace, traceError, signing, sentAt }
    },
  })
}
