import type { GatewayTrace } from '@/cloud-api/cloudapi'
import { Badge } from '@/components/ui/badge'
import { CodeBlock } from '@/components/ui/code-block'
import { Block, traceBodyText } from './exchange-blocks'

const AUTH_MODE = {
  anonymous: 'No authentication needed',
  signature: 'App signature',
  appcode: 'AppCode',
  none: 'No credentials sent',
} as const

/**
 * The gateway's security verdicts for one call, in the order it checks them (decision 009):
 * authentication, IP control, throttling.
 */
export function GatewayChecks({ trace }: { trace: GatewayTrace }) {
  const { auth, ipControl, throttling } = trace
  if (!auth && !ipControl && !throttling) return null
  return (
    <Block title="Gateway checks">
      <ul className="checks-list">
        {auth && (
          <li>
            <Badge tone={auth.result === 'ok' ? 'success' : 'danger'}>
              {auth.result === 'ok' ? 'Passed' : 'Refused'}
            </Badge>{' '}
            Authentication: {AUTH_MODE[auth.mode]}
            {auth.appName && ` as ${auth.appName} (AppId ${auth.appId})`}
            {auth.error && ` — ${auth.error.code}: ${auth.error.message.split(', Server StringToSign:')[0]}`}
          </li>
        )}
        {ipControl && (
          <li>
            <Badge tone={ipControl.result === 'allowed' ? 'success' : 'danger'}>
              {ipControl.result === 'allowed' ? 'Allowed' : 'Refused'}
            </Badge>{' '}
            IP control {ipControl.ipControlName} ({ipControl.ipControlType}) for {ipControl.clientIp}
            {ipControl.matched ? `, matched ${ipControl.matched.cidr}` : ', no entry matched'}
          </li>
        )}
        {throttling && (
          <li>
            <Badge tone={throttling.result === 'passed' ? 'success' : 'danger'}>
              {throttling.result === 'passed' ? 'Passed' : 'Throttled'}
            </Badge>{' '}
            Traffic control {throttling.trafficControlName}:{' '}
            {throttling.checks
              .map((c) => `${c.dimension} ${c.used}/${c.limit} per ${throttling.unit.toLowerCase()}`)
              .join(', ')}
          </li>
        )}
      </ul>
    </Block>
  )
}

/** A web function's backend gets the raw HTTP request, not an event (FC_HTTP_V3). */
export function BackendRequestBlock({ request }: { request: NonNullable<GatewayTrace['backendRequest']> }) {
  const body = traceBodyText(request.body)
  return (
    <Block title="Request forwarded to the web function">
      <p className="request-line mono">
        <strong>{request.method}</strong> {request.url}
      </p>
      <CodeBlock>
        {Object.entries(request.headers)
          .map(([n, v]) => `${n}: ${v}`)
          .join('\n')}
        {body ? `\n\n${body}` : ''}
      </CodeBlock>
    </Block>
  )
}
