import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { KeyValueList } from '@/components/ui/key-value-list'
import { Panel } from '@/components/ui/panel'
import { Spinner } from '@/components/ui/spinner'
import { toApiError } from '@/lib/api-error'
import { httpTriggerOf, WEB_FUNCTIONS_NEED_NPM_START } from '@/lib/cloud/web-function'
import { useConsoleRuntime, useTriggers } from '../api/create-web-function'

/**
 * A web function's HTTP trigger and its URLs (seed 002 Step 1: "copy the internal endpoint"): the
 * internal one is what an FC_HTTP_V3 backend service names. In browser-only mode, says plainly that the
 * server cannot run here.
 */
export function HttpTriggerPanel({ functionName }: { functionName: string }) {
  const triggers = useTriggers(functionName, true)
  const runtime = useConsoleRuntime()
  const trigger = triggers.data ? httpTriggerOf(triggers.data.triggers) : undefined
  return (
    <Panel title="HTTP Trigger">
      <div className="stack">
        {runtime.data === 'browser' && (
          <p className="notice notice--warning" role="note">
            {WEB_FUNCTIONS_NEED_NPM_START}
          </p>
        )}
        {triggers.isPending ? (
          <p className="muted row" aria-busy="true">
            <Spinner size={12} /> Loading triggers…
          </p>
        ) : triggers.isError ? (
          <ErrorPanel
            title="The triggers could not be listed"
            error={toApiError(triggers.error)}
            action={<Button onClick={() => triggers.refetch()}>Retry</Button>}
          />
        ) : !trigger?.httpTrigger ? (
          <p className="muted">This function has no HTTP trigger: API Gateway cannot reach it.</p>
        ) : (
          <KeyValueList
            items={[
              { label: 'Trigger Name', value: trigger.triggerName, mono: true },
              {
                label: 'Internal Endpoint',
                value: trigger.httpTrigger.urlIntranet,
                copy: trigger.httpTrigger.urlIntranet,
                mono: true,
                wide: true,
              },
              {
                label: 'Public Endpoint',
                value: trigger.httpTrigger.urlInternet,
                copy: trigger.httpTrigger.urlInternet,
                mono: true,
                wide: true,
              },
            ]}
          />
        )}
      </div>
    </Panel>
  )
}
