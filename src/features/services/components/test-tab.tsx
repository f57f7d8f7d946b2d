import { useState } from 'react'
import { type Fc2Function, type Fc2Trigger, HTTP_METHODS } from '@/cloud-api/fc2'
import { Button } from '@/components/ui/button'
import { CodeEditor } from '@/components/ui/code-editor/code-editor'
import { Select, TextField } from '@/components/ui/field'
import { PlayIcon } from '@/components/ui/icons'
import { Panel } from '@/components/ui/panel'
import { toApiError } from '@/lib/api-error'
import { useHttpCall, useInvoke } from '../api/invoke'
import { PythonNotice } from './python-notice'
import { RunResultPanel } from './run-result-panel'

const DEFAULT_EVENT = '{\n  "key1": "value1",\n  "key2": "value2"\n}\n'

/**
 * The Test tab. An event function is invoked with an event (InvokeFunction, Sync, log tail); a function
 * behind an HTTP trigger can only be reached through the trigger (FC 2.0 refuses InvokeFunction for
 * it), so the tab sends an HTTP request there instead.
 */
export function TestTab({
  service,
  fn,
  httpTrigger,
}: {
  service: string
  fn: Fc2Function
  httpTrigger: Fc2Trigger | undefined
}) {
  return (
    <div className="stack">
      <PythonNotice runtime={fn.runtime} />
      {httpTrigger ? (
        <HttpTest service={service} fn={fn} trigger={httpTrigger} />
      ) : (
        <EventTest service={service} fn={fn} />
      )}
    </div>
  )
}

function EventTest({ service, fn }: { service: string; fn: Fc2Function }) {
  const [event, setEvent] = useState(DEFAULT_EVENT)
  const invoke = useInvoke(service, fn.functionName)
  return (
    <div className="test-layout">
      <Panel title="Test Event">
        <div className="stack">
          <CodeEditor value={event} onChange={setEvent} language="json" label="Event content" height={260} />
          <p className="field__hint">The event is passed to the function as bytes.</p>
          <div className="row">
            <Button
              variant="primary"
              icon={<PlayIcon />}
              loading={invoke.isPending}
              onClick={() => invoke.mutate(event)}
            >
              Test Function
            </Button>
            <span className="sr-only" aria-live="polite">
              {invoke.isPending
                ? 'Running the function…'
                : invoke.data
                  ? invoke.data.errorType
                    ? 'Execution failed.'
                    : 'Execution succeeded.'
                  : ''}
            </span>
          </div>
        </div>
      </Panel>
      <RunResultPanel
        result={invoke.data}
        error={invoke.error ? toApiError(invoke.error) : null}
        pending={invoke.isPending}
      />
    </div>
  )
}

function HttpTest({ service, fn, trigger }: { service: string; fn: Fc2Function; trigger: Fc2Trigger }) {
  const methods = (trigger.triggerConfig.methods as string[] | undefined) ?? [...HTTP_METHODS]
  const [method, setMethod] = useState(methods[0] ?? 'GET')
  const [path, setPath] = useState('/')
  const [body, setBody] = useState('')
  const call = useHttpCall(service, fn.functionName)
  return (
    <div className="test-layout">
      <Panel title="HTTP Request">
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault()
            call.mutate({ method, path, body })
          }}
        >
          <p className="muted">
            Sent through the HTTP trigger <strong>{trigger.triggerName}</strong> (
            {String(trigger.triggerConfig.authType)} authentication).
          </p>
          <div className="http-call">
            <Select
              label="Method"
              options={methods.map((m) => ({ value: m, label: m }))}
              value={method}
              onChange={(e) => setMethod(e.target.value)}
            />
            <TextField
              label="Path"
              spellCheck={false}
              value={path}
              onChange={(e) => setPath(e.target.value)}
              hint="Under the function, with an optional query: /users?id=1"
            />
          </div>
          {method !== 'GET' && method !== 'HEAD' && (
            <CodeEditor value={body} onChange={setBody} language="json" label="Request body" height={160} />
          )}
          <div className="row">
            <Button type="submit" variant="primary" icon={<PlayIcon />} loading={call.isPending}>
              Send Request
            </Button>
          </div>
        </form>
      </Panel>
      <RunResultPanel
        result={call.data}
        error={call.error ? toApiError(call.error) : null}
        pending={call.isPending}
      />
    </div>
  )
}
