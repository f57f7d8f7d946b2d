import { type ReactNode, useId } from 'react'
import { EVENT_FORMAT_LABELS, EVENT_FORMAT_SHORT_LABELS, GATEWAY_HEADERS } from '@/cloud-api/cloudapi'
import { Badge, type BadgeTone } from '@/components/ui/badge'
import { CodeBlock } from '@/components/ui/code-block'
import { ErrorPanel } from '@/components/ui/error-panel'
import { toApiError } from '@/lib/api-error'
import type { FormatOutcome } from '../api/run-across-clouds'
import { explain, pretty, type Verdict } from '../lib/explain'

const TONES: Record<Verdict, BadgeTone> = {
  answered: 'success',
  rejected: 'danger',
  'function-failed': 'danger',
  gateway: 'warning',
  unreachable: 'danger',
}

/** Headers shown by default: everything but the emulator's request id (the column's own fact). */
const HIDDEN = new Set([GATEWAY_HEADERS.requestId.toLowerCase()])

function Part({ title, children }: { title: string; children: ReactNode }) {
  const id = useId()
  return (
    <section className="cross-cloud__part" aria-labelledby={id}>
      <h4 id={id} className="cross-cloud__part-title">
        {title}
      </h4>
      {children}
    </section>
  )
}

function Code({ text }: { text: string }) {
  return <CodeBlock>{text === '' ? <span className="muted">(empty)</span> : text}</CodeBlock>
}

/** One format's column: the answer, why, the event the function received and what it returned. */
export function FormatResult({ outcome }: { outcome: FormatOutcome }) {
  const headingId = useId()
  const name = EVENT_FORMAT_SHORT_LABELS[outcome.format]
  const { exchange, trace } = outcome
  const why = explain(outcome.format, exchange, trace)
  const received = exchange?.received
  return (
    <section className="cross-cloud__column" aria-labelledby={headingId}>
      <header className="cross-cloud__column-header">
        <h3 id={headingId} className="cross-cloud__column-title" title={EVENT_FORMAT_LABELS[outcome.format]}>
          {name}
        </h3>
        {received && (
          <Badge tone={TONES[why.verdict]}>
            HTTP {received.status}
            {received.statusText ? ` ${received.statusText}` : ''}
          </Badge>
        )}
      </header>
      {outcome.error != null && (
        <ErrorPanel title={`${name}: the call failed`} error={toApiError(outcome.error)} />
      )}
      <Part title="Why">
        <p className="cross-cloud__summary">{why.summary}</p>
        {why.details.length > 0 && (
          <ul className="cross-cloud__details">
            {why.details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </Part>
      {received && (
        <Part title="HTTP answer">
          <dl className="header-list" aria-label={`${name} answer headers`}>
            {received.headers
              .filter(([header]) => !HIDDEN.has(header.toLowerCase()))
              .map(([header, value]) => (
                <div key={header} className="header-list__row">
                  <dt className="mono">{header}</dt>
                  <dd className="mono">{value}</dd>
                </div>
              ))}
          </dl>
          <Code text={pretty(received.body)} />
        </Part>
      )}
      <Part title="Event received by the function">
        {trace?.event ? (
          <Code text={JSON.stringify(trace.event, null, 2)} />
        ) : (
          <p className="muted">The function was not called, or no trace was kept.</p>
        )}
      </Part>
      {trace?.functionResult && (
        <Part title="Function returned">
          <Code text={pretty(trace.functionResult.body.text)} />
        </Part>
      )}
    </section>
  )
}
