import type { ReactNode } from 'react'
import { useId } from 'react'
import { Badge } from '@/components/ui/badge'
import { CodeBlock } from '@/components/ui/code-block'
import { ErrorPanel, type ErrorPanelError } from '@/components/ui/error-panel'
import { type KeyValueItem, KeyValueList } from '@/components/ui/key-value-list'
import { Panel } from '@/components/ui/panel'
import { Spinner } from '@/components/ui/spinner'
import { formatDuration } from '@/lib/format'
import type { RunResult } from '../api/invoke'

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}

function errorMessageOf(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as { errorMessage?: unknown }
    return typeof parsed.errorMessage === 'string' ? parsed.errorMessage : undefined
  } catch {
    return undefined
  }
}

/**
 * "Execution Result": succeeded / failed with FC's error type and message (seed 004 "Error message"),
 * the response, request id, duration, memory, and the log tail (`x-fc-log-result`, seed 004 "Logging").
 */
export function RunResultPanel({
  result,
  error,
  pending,
}: {
  result: RunResult | undefined
  error: ErrorPanelError | null
  pending: boolean
}) {
  return (
    <Panel title="Execution Result" className="result-panel" actions={pending && <Spinner />}>
      {error ? (
        <ErrorPanel title="The function could not be invoked" error={error} />
      ) : result ? (
        <Details result={result} stale={pending} />
      ) : (
        <p className="muted">{pending ? 'Running…' : 'Run the function to see its result and logs here.'}</p>
      )}
    </Panel>
  )
}

function Details({ result, stale }: { result: RunResult; stale: boolean }) {
  const failed = result.errorType !== undefined
  const message = failed ? errorMessageOf(result.body) : undefined
  const facts: KeyValueItem[] = [
    { label: 'Request ID', value: result.requestId ?? '—', copy: result.requestId, mono: true, wide: true },
  ]
  if (result.status !== undefined) facts.push({ label: 'HTTP Status', value: String(result.status) })
  if (result.durationMs !== undefined)
    facts.push({ label: 'Execution Duration', value: formatDuration(result.durationMs) })
  if (result.maxMemoryUsageMb !== undefined)
    facts.push({ label: 'Max Memory Usage', value: `${result.maxMemoryUsageMb} MB` })
  return (
    <div className={stale ? 'stack result--stale' : 'stack'}>
      <div className="result-status">
        {failed ? <Badge tone="danger">Failed</Badge> : <Badge tone="success">Succeeded</Badge>}
        {failed && <span className="mono">{result.errorType}</span>}
        {message && <span className="result-status__message">{message}</span>}
        <span className="muted result-status__time">{result.receivedAt.toLocaleTimeString()}</span>
      </div>
      <KeyValueList items={facts} />
      <Block title="Response">
        <CodeBlock>{pretty(result.body) || <span className="muted">(empty)</span>}</CodeBlock>
      </Block>
      <Block title="Log Output">
        <CodeBlock className="code-block--log" role="log" aria-label="Log output">
          {result.log || <span className="muted">(no log output)</span>}
        </CodeBlock>
      </Block>
    </div>
  )
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  const id = useId()
  return (
    <section className="result-block" aria-labelledby={id}>
      <h3 className="result-block__title" id={id}>
        {title}
      </h3>
      {children}
    </section>
  )
}
