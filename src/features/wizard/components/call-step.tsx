import { type FormEvent, useId, useState } from 'react'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { CodeBlock } from '@/components/ui/code-block'
import { CommandLine } from '@/components/ui/command-line'
import { ErrorPanel } from '@/components/ui/error-panel'
import { TextField } from '@/components/ui/field'
import { PlayIcon } from '@/components/ui/icons'
import { ButtonLink } from '@/components/ui/link'
import { Panel } from '@/components/ui/panel'
import { toApiError } from '@/lib/api-error'
import { cloudCurl, curlReach, localCloudCurl } from '@/lib/cloud/curl'
import { paths } from '@/lib/paths'
import { useCallWizardApi, type WizardCall } from '../api/call-api'
import { useEmulatorInfo } from '../api/emulator-info'
import type { StepProps } from './steps'

const pretty = (text: string) => {
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}

/** Step 7: call the API through the group's subdomain, as a client would, and show the answer. */
export function CallStep({ progress, update }: StepProps) {
  const call = useCallWizardApi()
  const reach = curlReach(useEmulatorInfo().data)
  const [name, setName] = useState('world')
  const { subDomain, requestPath = '/hello', apiId } = progress
  const path = `${requestPath}?name=${encodeURIComponent(name)}`
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!subDomain) return
    call.mutate({ subDomain, path: requestPath, name }, { onSuccess: () => update({ called: true }) })
  }
  return (
    <Panel title="Step 7: Call the API">
      <div className="stack">
        <p className="wizard__intro">
          Send a GET request to the API's path on the group's subdomain. API Gateway turns it into an event,
          the function answers, and the gateway maps the answer back to HTTP.
        </p>
        <form className="row row--end" noValidate onSubmit={submit}>
          <TextField
            label="Query parameter name"
            spellCheck={false}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <Button type="submit" variant="primary" icon={<PlayIcon />} loading={call.isPending}>
            Call API
          </Button>
        </form>
        {call.error && <ErrorPanel title="The call could not be sent" error={toApiError(call.error)} />}
        {call.data && <CallAnswer result={call.data} />}
        {subDomain && (
          <div className="stack stack--tight">
            <h3 className="subheading">Call it yourself</h3>
            {reach?.kind === 'local-cloud' && (
              <CommandLine
                label="curl for the local cloud"
                command={localCloudCurl(subDomain, { path }, reach.origin)}
              />
            )}
            {reach?.kind === 'in-page' && (
              <p className="field__hint">
                This cloud runs inside the browser tab, so a terminal cannot call it; under{' '}
                <code>npm start</code> a curl line for the local cloud appears here. On Alibaba Cloud the call
                is:
              </p>
            )}
            <CommandLine label="curl for Alibaba Cloud" command={cloudCurl(subDomain, { path })} />
          </div>
        )}
        {apiId && (
          <div className="row">
            <ButtonLink href={paths.apiDetail(apiId, 'debug')}>Open Debug API</ButtonLink>
          </div>
        )}
      </div>
    </Panel>
  )
}

function CallAnswer({ result }: { result: WizardCall }) {
  const { received } = result.exchange
  const ok = received.status >= 200 && received.status < 300
  const answerId = useId()
  const eventId = useId()
  return (
    <div className="stack">
      <section className="debug-block" aria-labelledby={answerId}>
        <h3 className="debug-block__title">
          <span id={answerId}>The caller got</span>{' '}
          <Badge tone={ok ? 'success' : 'danger'}>
            {received.status} {received.statusText}
          </Badge>
        </h3>
        {received.errorMessage && <p className="notice notice--danger">{received.errorMessage}</p>}
        <dl className="header-list" aria-label="Response headers">
          {received.headers.map(([header, value]) => (
            <div key={header} className="header-list__row">
              <dt className="mono">{header}</dt>
              <dd className="mono">{value}</dd>
            </div>
          ))}
        </dl>
        <CodeBlock>{pretty(received.body)}</CodeBlock>
      </section>
      {result.trace?.event && (
        <section className="debug-block" aria-labelledby={eventId}>
          <h3 className="debug-block__title" id={eventId}>
            Event received by the function
          </h3>
          <CodeBlock>{JSON.stringify(result.trace.event, null, 2)}</CodeBlock>
        </section>
      )}
    </div>
  )
}
