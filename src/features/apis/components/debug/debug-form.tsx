import { type FormEvent, useState } from 'react'
import {
  type DescribeApiResponse,
  pathParameterNames,
  REQUEST_HTTP_METHODS,
  STAGE_NAMES,
  type StageName,
} from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { Select, Textarea, TextField } from '@/components/ui/field'
import { PlayIcon } from '@/components/ui/icons'
import type { CallAs, DebugCall } from '../../api/debug-api'
import { formValuesOf } from '../../lib/api-form'
import { deployedStages, stageOptionLabel } from '../../lib/labels'
import { fillPath } from '../../lib/path-params'
import { CallAsFields } from './call-as-fields'
import { type NameValueRow, newRow, RowsEditor } from './rows-editor'

const CALL_METHODS = REQUEST_HTTP_METHODS.filter((m) => m !== 'ANY' && m !== 'CONNECT' && m !== 'TRACE')

/**
 * The Debug API request: stage, method (chosen only for ANY APIs), path parameters, query, headers
 * and body — prefilled from the API's declared parameters and their default values.
 */
export function DebugForm({
  api,
  subDomain,
  pending,
  onSend,
}: {
  api: DescribeApiResponse
  subDomain: string
  pending: boolean
  onSend: (call: DebugCall) => void
}) {
  const definition = formValuesOf(api)
  const published = deployedStages(api.DeployedInfos.DeployedInfo)
  const declared = (location: string) => definition.parameters.filter((p) => p.location === location)
  const [stage, setStage] = useState<StageName>(published[0] ?? 'RELEASE')
  const [method, setMethod] = useState(definition.method === 'ANY' ? 'GET' : definition.method)
  const [pathValues, setPathValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(declared('PATH').map((p) => [p.name, p.defaultValue])),
  )
  const [query, setQuery] = useState<NameValueRow[]>(() =>
    declared('QUERY').map((p) => newRow(p.name, p.defaultValue)),
  )
  const [headers, setHeaders] = useState<NameValueRow[]>(() =>
    declared('HEAD').map((p) => newRow(p.name, p.defaultValue)),
  )
  const [body, setBody] = useState('')
  const [callAs, setCallAs] = useState<CallAs>({ mode: 'anonymous' })
  const names = pathParameterNames(definition.requestPath)
  const path = fillPath(definition.requestPath, pathValues)
  const bodyless = method === 'GET' || method === 'HEAD'
  const needsApp = callAs.mode !== 'anonymous' && !callAs.appId

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (needsApp) return
    onSend({
      subDomain,
      stage,
      method,
      path,
      query: query.map((r) => [r.name, r.value] as const),
      headers: headers.map((r) => [r.name, r.value] as const),
      body: bodyless ? '' : body,
      as: callAs,
    })
  }

  return (
    <form className="stack" aria-label="Debug API request" noValidate onSubmit={submit}>
      <div className="form-grid">
        <Select
          label="Stage"
          options={STAGE_NAMES.map((s) => ({
            value: s,
            label: `${stageOptionLabel(s)}${published.includes(s) ? '' : ' — not published'}`,
          }))}
          value={stage}
          onChange={(event) => setStage(event.target.value as StageName)}
          hint={
            published.includes(stage)
              ? 'Sent as X-Ca-Stage.'
              : 'The API is not published to this stage: the gateway will answer that it does not exist.'
          }
        />
        {definition.method === 'ANY' ? (
          <Select
            label="HTTP Method"
            options={CALL_METHODS.map((m) => ({ value: m, label: m }))}
            value={method}
            onChange={(event) => setMethod(event.target.value as typeof method)}
            hint="The API accepts any method."
          />
        ) : (
          <TextField label="HTTP Method" value={method} readOnly />
        )}
        {names.map((name) => (
          <TextField
            key={name}
            label={`Path parameter ${name}`}
            spellCheck={false}
            value={pathValues[name] ?? ''}
            onChange={(event) => setPathValues({ ...pathValues, [name]: event.target.value })}
          />
        ))}
        <CallAsFields api={api} stage={stage} value={callAs} onChange={setCallAs} />
        <div className="form-grid__wide field">
          <span className="field__label">Request path</span>
          <code className="request-line">{path}</code>
        </div>
        <div className="form-grid__wide">
          <RowsEditor legend="Query" noun="query parameter" rows={query} onChange={setQuery} />
        </div>
        <div className="form-grid__wide">
          <RowsEditor legend="Headers" noun="header" rows={headers} onChange={setHeaders} />
        </div>
        <Textarea
          label="Body"
          className="form-grid__wide"
          spellCheck={false}
          rows={4}
          disabled={bodyless}
          hint={bodyless ? `${method} requests have no body.` : undefined}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
      </div>
      <div className="row">
        <Button
          type="submit"
          variant="primary"
          icon={<PlayIcon />}
          loading={pending}
          // Calling as an app needs one: enabled once the apps are listed and one is chosen.
          disabled={needsApp}
          title={needsApp ? 'Choose the app to call as.' : undefined}
        >
          Send Request
        </Button>
      </div>
    </form>
  )
}
