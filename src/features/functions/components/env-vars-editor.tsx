import { useFieldArray, useFormContext } from 'react-hook-form'
import { Button, IconButton } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { PlusIcon, TrashIcon } from '@/components/ui/icons'
import type { FunctionSettingsValues } from '../lib/function-form'

/** Key/value rows for `environmentVariables`; each input is named "Variable N name/value" for assistive tech. */
export function EnvVarsEditor() {
  const { control, register, formState } = useFormContext<FunctionSettingsValues>()
  const { fields, append, remove } = useFieldArray({ control, name: 'environmentVariables' })
  const rowErrors = formState.errors.environmentVariables
  return (
    <fieldset className="env-vars">
      <legend className="field__label">Environment Variables</legend>
      <p className="field__hint">Read in the code as process.env.NAME.</p>
      {fields.length > 0 && (
        <div className="env-vars__grid">
          <span className="env-vars__head" aria-hidden="true">
            Name
          </span>
          <span className="env-vars__head" aria-hidden="true">
            Value
          </span>
          <span />
          {fields.map((field, index) => (
            <div className="env-vars__row" key={field.id}>
              <TextField
                label={`Variable ${index + 1} name`}
                hideLabel
                autoComplete="off"
                spellCheck={false}
                error={rowErrors?.[index]?.key?.message}
                {...register(`environmentVariables.${index}.key`)}
              />
              <TextField
                label={`Variable ${index + 1} value`}
                hideLabel
                autoComplete="off"
                spellCheck={false}
                {...register(`environmentVariables.${index}.value`)}
              />
              <IconButton
                label={`Remove variable ${index + 1}`}
                icon={<TrashIcon />}
                variant="danger"
                onClick={() => remove(index)}
              />
            </div>
          ))}
        </div>
      )}
      <div>
        <Button size="sm" icon={<PlusIcon />} onClick={() => append({ key: '', value: '' })}>
          Add Variable
        </Button>
      </div>
    </fieldset>
  )
}
