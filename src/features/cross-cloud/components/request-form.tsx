import { type FormEvent, useState } from 'react'
import { Button } from '@/components/ui/button'
import { Select, Textarea, TextField } from '@/components/ui/field'
import { ButtonLink } from '@/components/ui/link'
import { Spinner } from '@/components/ui/spinner'
import { paths } from '@/lib/paths'
import { useFunctionOptions } from '../api/list-functions'
import type { CrossCloudRequest } from '../api/run-across-clouds'
import { parseHeaderLines } from '../lib/scratch'

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
const WITHOUT_BODY = new Set(['GET', 'HEAD'])

/** The one request: which function, and what a client sends. */
export function RequestForm({
  pending,
  onSend,
}: {
  pending: boolean
  onSend: (request: CrossCloudRequest) => void
}) {
  const functions = useFunctionOptions()
  const [functionName, setFunctionName] = useState('')
  const [method, setMethod] = useState<string>('POST')
  const [pathAndQuery, setPathAndQuery] = useState('/orders/42?expand=items')
  const [headers, setHeaders] = useState('Content-Type: application/json')
  const [body, setBody] = useState('{"quantity": 2}')
  const [error, setError] = useState<string | null>(null)
  const options = functions.data ?? []
  const chosen = functionName || options[0]?.functionName || ''

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!chosen) return setError('Choose the function to call.')
    if (!pathAndQuery.trim().startsWith('/')) return setError('The path starts with /.')
    setError(null)
    onSend({
      functionName: chosen,
      method,
      pathAndQuery: pathAndQuery.trim(),
      headers: parseHeaderLines(headers),
      body: WITHOUT_BODY.has(method) ? '' : body,
    })
  }

  if (functions.isPending)
    return (
      <p className="row muted" aria-busy="true">
        <Spinner /> Loading functions…
      </p>
    )
  if (functions.isSuccess && options.length === 0)
    return (
      <div className="stack">
        <p>There is no Node.js function to call yet. Create one, then come back.</p>
        <div>
          <ButtonLink href={paths.createFunction} variant="primary">
            Create Function
          </ButtonLink>
        </div>
      </div>
    )

  return (
    <form className="stack" aria-label="Request to send" onSubmit={submit} noValidate>
      <div className="form-grid">
        <Select
          label="Function"
          required
          value={chosen}
          error={error === 'Choose the function to call.' ? error : undefined}
          hint={
            functions.isError ? 'The functions could not be listed.' : 'An FC 3.0 Node.js event function.'
          }
          options={options.map((fn) => ({ value: fn.functionName, label: fn.functionName }))}
          onChange={(e) => setFunctionName(e.target.value)}
        />
        <Select
          label="Method"
          value={method}
          options={METHODS.map((m) => ({ value: m, label: m }))}
          onChange={(e) => setMethod(e.target.value)}
        />
        <TextField
          className="form-grid__wide"
          label="Path and query"
          required
          value={pathAndQuery}
          error={error === 'The path starts with /.' ? error : undefined}
          hint="Every format’s API answers ANY /*: the function sees this same path."
          onChange={(e) => setPathAndQuery(e.target.value)}
        />
        <Textarea
          className="form-grid__wide"
          label="Headers"
          hint="One per line, Name: value."
          value={headers}
          onChange={(e) => setHeaders(e.target.value)}
        />
        <Textarea
          className="form-grid__wide"
          label="Body"
          disabled={WITHOUT_BODY.has(method)}
          hint={WITHOUT_BODY.has(method) ? `A ${method} request has no body.` : undefined}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" loading={pending}>
          Send through all four formats
        </Button>
      </div>
    </form>
  )
}
