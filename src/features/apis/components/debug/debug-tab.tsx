import type { DescribeApiResponse } from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { CommandLine } from '@/components/ui/command-line'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Panel } from '@/components/ui/panel'
import { Spinner } from '@/components/ui/spinner'
import { toApiError } from '@/lib/api-error'
import { curlReach, reachableCurl } from '@/lib/cloud/curl'
import { serverStringToSignFromMessage } from '@/lib/cloud/string-to-sign'
import { type DebugResult, useDebugApi } from '../../api/debug-api'
import { useEmulatorInfo } from '../../api/emulator-info'
import { useApiGroupOf } from '../../api/get-group'
import { DebugForm } from './debug-form'
import { EnvelopeVerdict, EventBlock, FunctionBlock, RequestBlock, ResponseBlock } from './exchange-blocks'
import { BackendRequestBlock, GatewayChecks } from './gateway-checks'
import { SigningCompare } from './signing-compare'

/**
 * Debug API: sends a request through the gateway data plane and shows the whole round trip — the
 * request as sent, the event the function received, what the function returned (with the envelope
 * check), and the HTTP answer with its X-Ca-* headers.
 */
export function DebugTab({ api }: { api: DescribeApiResponse }) {
  const group = useApiGroupOf(api.GroupId)
  const debug = useDebugApi()
  if (group.isError) {
    return (
      <ErrorPanel
        title="The API's group could not be loaded"
        error={toApiError(group.error)}
        action={<Button onClick={() => group.refetch()}>Retry</Button>}
      />
    )
  }
  if (!group.data) {
    return (
      <p className="muted row" aria-busy="true">
        <Spinner /> Loading the group's subdomain…
      </p>
    )
  }
  const status = debug.isPending
    ? 'Sending the request…'
    : debug.data
      ? `Answered ${debug.data.exchange.received.status}.`
      : ''
  return (
    <div className="debug-layout">
      <Panel title="Request Parameters">
        <DebugForm
          api={api}
          subDomain={group.data.SubDomain}
          pending={debug.isPending}
          onSend={(call) => debug.mutate(call)}
        />
        <span className="sr-only" aria-live="polite">
          {status}
        </span>
      </Panel>
      <Panel title="Debug Result" className="debug-result" actions={debug.isPending && <Spinner />}>
        {debug.error ? (
          <ErrorPanel title="The request could not be sent" error={toApiError(debug.error)} />
        ) : debug.data ? (
          <DebugResultView result={debug.data} stale={debug.isPending} />
        ) : (
          <p className="muted">
            Send a request to see it travel: the request, the event your function receives, what it returns,
            and what the caller gets.
          </p>
        )}
      </Panel>
    </div>
  )
}

function DebugResultView({ result, stale }: { result: DebugResult; stale: boolean }) {
  const { exchange, trace } = result
  const reach = curlReach(useEmulatorInfo().data)
  const curl = reachableCurl(reach, new URL(exchange.sent.url).host, {
    method: exchange.sent.method,
    path: exchange.sent.url.replace(/^http:\/\/[^/]+/, ''),
    headers: exchange.sent.headers,
    body: exchange.sent.body,
  })
  return (
    <div className={stale ? 'stack result--stale' : 'stack'}>
      <div className="debug-grid">
        <RequestBlock sent={exchange.sent} />
        {trace?.backendRequest ? (
          <BackendRequestBlock request={trace.backendRequest} />
        ) : trace ? (
          <EventBlock trace={trace} />
        ) : (
          <section className="debug-block debug-block--note" aria-label="Event received by the function">
            <h3 className="debug-block__title">Event received by the function</h3>
            <p className="muted">
              {result.traceError
                ? `The emulator's trace could not be read (${toApiError(result.traceError).message}).`
                : 'The event and the function’s return value are visible only with the emulator (browser-only mode or the local cloud). Against Alibaba Cloud, read them in the function’s logs.'}
            </p>
          </section>
        )}
        {trace && <FunctionBlock trace={trace} />}
        <ResponseBlock received={exchange.received} />
      </div>
      {trace && <GatewayChecks trace={trace} />}
      {result.signing?.clientStringToSign != null && (
        <SigningCompare
          client={result.signing.clientStringToSign}
          server={trace?.auth?.stringToSign ?? serverStringToSignFromMessage(exchange.received.errorMessage)}
          rejected={trace?.auth?.error?.code === 'A403IS' || exchange.received.errorCode === 'A403IS'}
        />
      )}
      {trace && <EnvelopeVerdict trace={trace} />}
      {curl ? (
        <CommandLine
          label={`curl for ${reach?.kind === 'cloud' ? 'Alibaba Cloud' : 'the local cloud'}`}
          command={curl}
        />
      ) : reach?.kind === 'in-page' ? (
        <p className="field__hint">
          No curl line: this cloud runs inside the browser tab, which a terminal cannot reach. Under{' '}
          <code>npm start</code> the same request is shown here as a curl line for the local cloud.
        </p>
      ) : null}
    </div>
  )
}
