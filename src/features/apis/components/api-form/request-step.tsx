import { useEffect } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import { REQUEST_HTTP_METHODS, REQUEST_MODES } from '@/cloud-api/cloudapi'
import { Select, TextField } from '@/components/ui/field'
import { type ApiFormValues, PROTOCOLS, syncPathParameters } from '../../lib/api-form'
import { REQUEST_MODE_LABELS } from '../../lib/labels'
import { ParametersEditor } from './parameters-editor'

/**
 * Step 2 — Define API Request: protocol, request path (path parameters in [brackets] become PATH
 * parameters automatically), HTTP method (ANY matches every method), request mode, parameters.
 */
export function RequestStep() {
  const { register, formState, control, getValues, setValue } = useFormContext<ApiFormValues>()
  const { errors } = formState
  const path = useWatch({ control, name: 'requestPath' })
  useEffect(() => {
    const current = getValues('parameters')
    const next = syncPathParameters(path, current)
    const shape = (rows: typeof current) => rows.map((r) => `${r.location}:${r.name}`).join('|')
    if (shape(next) !== shape(current)) setValue('parameters', next, { shouldDirty: true })
  }, [path, getValues, setValue])

  return (
    <div className="form-grid">
      <Select
        label="Protocol"
        options={PROTOCOLS.map((p) => ({ value: p, label: p.replace(',', ' and ') }))}
        {...register('protocol')}
      />
      <Select
        label="HTTP Method"
        options={REQUEST_HTTP_METHODS.map((m) => ({
          value: m,
          label: m === 'ANY' ? 'ANY (every method)' : m,
        }))}
        {...register('method')}
      />
      <TextField
        label="Request Path"
        required
        spellCheck={false}
        autoComplete="off"
        className="form-grid__wide"
        hint="Starts with /. Write path parameters in square brackets, e.g. /users/[userId]; a trailing /* matches any sub-path."
        error={errors.requestPath?.message}
        {...register('requestPath')}
      />
      <Select
        label="Request Mode"
        className="form-grid__wide"
        options={REQUEST_MODES.map((m) => ({ value: m, label: REQUEST_MODE_LABELS[m] }))}
        hint="Pass-through hands the request to the function as it came; the mapping modes pass only declared parameters (and do not Base64-encode form bodies)."
        {...register('requestMode')}
      />
      <ParametersEditor />
    </div>
  )
}
