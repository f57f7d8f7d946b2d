import { type ReactNode, useId } from 'react'
import { Badge } from '@/components/ui/badge'
import { CodeBlock } from '@/components/ui/code-block'
import { ErrorPanel, type ErrorPanelError } from '@/components/ui/error-panel'
import { type KeyValueItem, KeyValueList } from '@/components/ui/key-value-list'
import { Panel } from '@/components/ui/panel'
import { Spinner } from '@/components/ui/spinner'
import { formatDuration } from '@/lib/format'
import type { InvokeResult } from '../api/invoke-function'
import { interpretBody } from '../lib/invoke-result'

/**
 * "Execution Result" (seed 000 "Step 5: View the result"): status with the error type, the
 * returned body (and the decoded body of a Base64 API Gateway envelope), duration, memory, init
 * duration of a cold start, the request id, and the log tail.
 */
export function InvokeResultPanel({
  result,
  error,
  pending,
}: {
  result: InvokeResult | undefined
  error: ErrorPanelError | null
  pending: boolean
}) {
  return (
    <Panel title="Execution Result" className="result-panel" actions={pending && <Spinner />}>
      {error ? (
        <ErrorPanel title="The function could not be invoked" error={error} />
      ) : result ? (
        <ResultDetails result={result} stale={pending} />
      ) : (
        <p className="muted">
          {pending ? 'Running…' : 'Click Test Function to run the function with the selected event.'}
        </p>
      )}
    </Panel>
  )
}

function ResultDetails({ result, stale }: { result: InvokeResult; stale: boolean }) {
  const failed = result.errorType !== undefined
  const body = interpretBody(result.body, failed)
  const facts: KeyValueItem[] = [
    { label: 'Request ID', value: result.requestId ?? '—', copy: result.requestId, mono: true, wide: true },
    {
      label: 'Execution Duration',
      value: result.durationMs === undefined ? '—' : formatDuration(result.durationMs),
    },
    {
      label: 'Max Memory Usage',
      value: result.maxMemoryUsageMb === undefined ? '—' : `${result.maxMemoryUsageMb} MB`,
    },
  ]
  if (result.initDurationMs !== undefined) {
    facts.push({ label: 'Init Duration (cold start)', value: formatDuration(result.initDurationMs) })
  }
  return (
    <div className={stale ? 'stack result--stale' : 'stack'}>
      <div className="result-status">
        {failed ? <Badge tone="danger">Failed</Badge> : <Badge tone="success">Succeeded</Badge>}
        {failed && <span className="mono">{result.errorType}</span>}
        {body.errorMessage && <span className="result-status__message">{body.errorMessage}</span>}
        <span className="muted result-status__time">{result.receivedAt.toLocaleTimeString()}</span>
      </div>
      <KeyValueList items={facts} />

      <ResultBlock title="Response">
        <CodeBlock>{body.display || <span className="muted">(empty)</span>}</CodeBlock>
      </ResultBlock>

      {body.envelope && (
        <ResultBlock
          title="API Gateway response"
          note={`statusCode ${body.envelope.statusCode} · isBase64Encoded ${String(body.envelope.isBase64Encoded)}`}
        >
          {body.envelope.isBase64Encoded && (
            <>
              <p className="field__hint">Decoded body</p>
              <CodeBlock>
                {body.envelope.decodedBody ?? '(the body is not valid Base64 of UTF-8 text)'}
              </CodeBlock>
            </>
          )}
        </ResultBlock>
      )}

      <ResultBlock title="Log Output">
        {/* role=log: a live log; named so tests and screen readers can find it. */}
        <CodeBlock className="code-block--log" role="log" aria-label="Log output">
          {result.log || <span className="muted">(no log output)</span>}
        </CodeBlock>
      </ResultBlock>
    </div>
  )
}

/** A titled part of the result; a <section> named by its heading, so it is a findable region. */
function ResultBlock({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  const id = useId()
  return (
    <section className="result-block" aria-labelledby={id}>
      <h3 className="result-block__title">
        <span id={id}>{title}</span> {note && <span className="muted">{note}</span>}
      </h3>
      {children}
    </section>
  )
}
