import { type ReactNode, useId } from 'react'
import {
  EVENT_FORMAT_SHORT_LABELS,
  GATEWAY_HEADERS,
  type GatewayTrace,
  type TraceBody,
} from '@/cloud-api/cloudapi'
import { Badge } from '@/components/ui/badge'
import { CodeBlock } from '@/components/ui/code-block'
import { CopyButton } from '@/components/ui/copy-button'
import { decodeBase64Utf8 } from '@/lib/base64'
import type { GatewayExchange } from '@/lib/cloud/gateway'
import { formatDuration } from '@/lib/format'
import { checkEnvelope } from '../../lib/envelope-check'
import { EnvelopeCheckView } from '../envelope-check-view'

/** A titled block of the debug result: a region named by its heading, so it can be found and read. */
export function Block({ title, note, children }: { title: string; note?: ReactNode; children: ReactNode }) {
  const id = useId()
  return (
    <section className="debug-block" aria-labelledby={id}>
      <h3 className="debug-block__title">
        <span id={id}>{title}</span> {note}
      </h3>
      {children}
    </section>
  )
}

/** JSON pretty-printed, anything else as is. */
export function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}

export function traceBodyText(body: TraceBody): string {
  return body.encoding === 'base64' ? (decodeBase64Utf8(body.text) ?? body.text) : body.text
}

const HIGHLIGHT = new Set(
  [GATEWAY_HEADERS.requestId, GATEWAY_HEADERS.errorMessage, GATEWAY_HEADERS.errorCode].map((h) =>
    h.toLowerCase(),
  ),
)

function Headers({ headers, label }: { headers: ReadonlyArray<readonly [string, string]>; label: string }) {
  if (headers.length === 0) return <p className="muted">No headers.</p>
  return (
    <dl className="header-list" aria-label={label}>
      {headers.map(([name, value]) => (
        <div
          key={name}
          className={
            HIGHLIGHT.has(name.toLowerCase()) ? 'header-list__row header-list__row--ca' : 'header-list__row'
          }
        >
          <dt className="mono">{name}</dt>
          <dd className="mono">{value}</dd>
        </div>
      ))}
    </dl>
  )
}

function Code({ text }: { text: string }) {
  return <CodeBlock>{text === '' ? <span className="muted">(empty)</span> : text}</CodeBlock>
}

export function RequestBlock({ sent }: { sent: GatewayExchange['sent'] }) {
  return (
    <Block title="Request">
      <p className="request-line mono">
        <strong>{sent.method}</strong> {sent.url}
      </p>
      <Headers headers={sent.headers} label="Request headers" />
      {sent.body !== '' && <Code text={sent.body} />}
    </Block>
  )
}

export function EventBlock({ trace }: { trace: GatewayTrace }) {
  return (
    <Block title="Event received by the function">
      {trace.event ? (
        <>
          <p className="field__hint">The JSON event API Gateway passed to the function, as bytes.</p>
          <Code text={JSON.stringify(trace.event, null, 2)} />
        </>
      ) : (
        <p className="muted">
          The function was not called: the gateway answered on its own (see the HTTP response).
        </p>
      )}
    </Block>
  )
}

const STATUS: Record<
  NonNullable<GatewayTrace['functionResult']>['status'],
  { label: string; tone: 'success' | 'danger' | 'warning' }
> = {
  success: { label: 'Succeeded', tone: 'success' },
  handled: { label: 'HandledInvocationError', tone: 'danger' },
  unhandled: { label: 'UnhandledInvocationError', tone: 'danger' },
  timeout: { label: 'Timed out', tone: 'warning' },
}

export function FunctionBlock({ trace }: { trace: GatewayTrace }) {
  const result = trace.functionResult
  if (!result) {
    return (
      <Block title="Function response">
        <p className="muted">The function was not called, so it returned nothing.</p>
      </Block>
    )
  }
  const returned = traceBodyText(result.body)
  const status = STATUS[result.status]
  return (
    <Block
      title="Function response"
      note={
        <span className="row">
          <Badge tone={status.tone}>{status.label}</Badge>
          <span className="muted">
            {result.functionName} · {formatDuration(result.durationMs)}
          </span>
        </span>
      }
    >
      <Code text={pretty(returned)} />
      {result.logs.length > 0 && (
        <details className="debug-logs">
          <summary>Log output ({result.logs.length} lines)</summary>
          <CodeBlock className="code-block--log" role="log" aria-label="Function log">
            {result.logs.join('\n')}
          </CodeBlock>
        </details>
      )}
    </Block>
  )
}

/**
 * Why the caller got what it got: the envelope check of the function's return value, or the
 * timeout explained. Shown under the four blocks, across the whole width.
 */
export function EnvelopeVerdict({ trace }: { trace: GatewayTrace }) {
  const result = trace.functionResult
  if (!result) return null
  if (result.status === 'timeout') {
    return (
      <p className="notice notice--warning">
        The function did not answer within the API's Backend Timeout, so the gateway stopped waiting. Raise
        the Backend Timeout of the API, or make the function faster — a cold start counts too.
      </p>
    )
  }
  // A web function (FC_HTTP_V3) answers with raw HTTP, which the gateway passes on as it is: there is no
  // envelope to check (seed 002, "no JSON event conversion required").
  if (trace.backendRequest) {
    return (
      <p className="notice">
        A web function answers with plain HTTP: the gateway passed its status, headers and body on to the
        caller as they were, with no response envelope to check.
      </p>
    )
  }
  // Issue 7: an API with another cloud's event format is read by that cloud's rules, not the envelope's.
  if (trace.eventFormat && trace.eventFormat !== 'alibaba') {
    const problems = trace.envelope?.problems ?? []
    return (
      <div className={problems.length > 0 ? 'notice notice--danger' : 'notice'}>
        <p>
          This API uses the emulator's {EVENT_FORMAT_SHORT_LABELS[trace.eventFormat]} event format: the
          gateway read the function's answer by that cloud's rules
          {problems.length > 0 ? ', and could not:' : '.'}
        </p>
        {problems.length + (trace.envelope?.warnings.length ?? 0) > 0 && (
          <ul>
            {[...problems, ...(trace.envelope?.warnings ?? [])].map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
    )
  }
  return (
    <EnvelopeCheckView check={checkEnvelope(traceBodyText(result.body), { errorType: result.errorType })} />
  )
}

export function ResponseBlock({ received }: { received: GatewayExchange['received'] }) {
  const ok = received.status >= 200 && received.status < 300
  return (
    <Block
      title="HTTP response"
      note={
        <Badge tone={ok ? 'success' : 'danger'}>
          {received.status} {received.statusText}
        </Badge>
      }
    >
      {received.errorMessage && (
        <p className="notice notice--danger">
          <strong>{received.errorCode ?? 'Gateway error'}:</strong> {received.errorMessage}
        </p>
      )}
      {received.requestId && (
        <p className="row mono">
          X-Ca-Request-Id: {received.requestId}
          <CopyButton value={received.requestId} label="Copy X-Ca-Request-Id" />
        </p>
      )}
      <Headers headers={received.headers} label="Response headers" />
      <Code text={pretty(received.body)} />
    </Block>
  )
}
