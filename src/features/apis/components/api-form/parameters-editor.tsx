import { useFieldArray, useFormContext } from 'react-hook-form'
import { PARAMETER_TYPES } from '@/cloud-api/cloudapi'
import { Button, IconButton } from '@/components/ui/button'
import { Select, TextField } from '@/components/ui/field'
import { PlusIcon, TrashIcon } from '@/components/ui/icons'
import type { ApiFormValues } from '../../lib/api-form'
import { LOCATION_LABELS } from '../../lib/labels'

const EDITABLE_LOCATIONS = (['QUERY', 'HEAD', 'BODY'] as const).map((value) => ({
  value,
  label: LOCATION_LABELS[value],
}))
const TYPES = PARAMETER_TYPES.map((value) => ({ value, label: value }))

/**
 * Request parameters. PATH rows are derived from the request path's `[param]` segments (their name
 * and location are fixed); Query, Header and Body parameters are added here.
 */
export function ParametersEditor() {
  const { control, register, formState } = useFormContext<ApiFormValues>()
  const { fields, append, remove } = useFieldArray({ control, name: 'parameters' })
  const rowErrors = formState.errors.parameters
  const arrayMessage = rowErrors?.message ?? rowErrors?.root?.message
  return (
    <fieldset className="params form-grid__wide">
      <legend className="field__label">Request Parameters</legend>
      {fields.length === 0 ? (
        <p className="field__hint">
          No parameters. Path parameters appear here when the path has [name] segments.
        </p>
      ) : (
        <div className="params__grid">
          <span className="params__head">Name</span>
          <span className="params__head">Location</span>
          <span className="params__head">Type</span>
          <span className="params__head">Required</span>
          <span className="params__head">Default Value</span>
          <span className="params__head">Description</span>
          <span className="params__head" />
          {fields.map((field, index) => {
            const isPath = field.location === 'PATH'
            const n = index + 1
            return (
              <div key={field.id} className="params__row">
                <TextField
                  label={`Parameter ${n} name`}
                  hideLabel
                  readOnly={isPath}
                  spellCheck={false}
                  error={rowErrors?.[index]?.name?.message}
                  {...register(`parameters.${index}.name`)}
                />
                {isPath ? (
                  <TextField label={`Parameter ${n} location`} hideLabel readOnly value="Path" />
                ) : (
                  <Select
                    label={`Parameter ${n} location`}
                    hideLabel
                    options={EDITABLE_LOCATIONS}
                    {...register(`parameters.${index}.location`)}
                  />
                )}
                <Select
                  label={`Parameter ${n} type`}
                  hideLabel
                  options={TYPES}
                  {...register(`parameters.${index}.type`)}
                />
                {/* A disabled input would drop its value from the form (react-hook-form): path
                    parameters are always required, so they get a fixed box instead. */}
                {isPath ? (
                  <label className="params__check">
                    <input type="checkbox" checked disabled readOnly />
                    <span className="sr-only">Parameter {n} required</span>
                  </label>
                ) : (
                  <label className="params__check">
                    <input type="checkbox" {...register(`parameters.${index}.required`)} />
                    <span className="sr-only">Parameter {n} required</span>
                  </label>
                )}
                <TextField
                  label={`Parameter ${n} default value`}
                  hideLabel
                  {...register(`parameters.${index}.defaultValue`)}
                />
                <TextField
                  label={`Parameter ${n} description`}
                  hideLabel
                  {...register(`parameters.${index}.description`)}
                />
                {isPath ? (
                  <span />
                ) : (
                  <IconButton
                    label={`Remove parameter ${n}`}
                    icon={<TrashIcon />}
                    variant="danger"
                    onClick={() => remove(index)}
                  />
                )}
              </div>
            )
          })}
        </div>
      )}
      {arrayMessage && (
        <p className="field__error" role="alert">
          {arrayMessage}
        </p>
      )}
      <div>
        <Button
          size="sm"
          icon={<PlusIcon />}
          onClick={() =>
            append({
              name: '',
              location: 'QUERY',
              type: 'String',
              required: false,
              defaultValue: '',
              description: '',
            })
          }
        >
          Add Parameter
        </Button>
      </div>
    </fieldset>
  )
}
