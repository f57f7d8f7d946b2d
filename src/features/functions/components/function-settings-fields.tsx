import { useFormContext } from 'react-hook-form'
import { FC3_LIMITS } from '@/cloud-api/fc3'
import { CUSTOM_RUNTIME_DEFAULT_PORT } from '@/cloud-api/fc3-triggers'
import { NumberField, Select, Textarea, TextField } from '@/components/ui/field'
import { WEB_FUNCTION_COMMAND } from '@/lib/cloud/web-function'
import { type FunctionSettingsValues, runtimeOptions } from '../lib/function-form'
import { EnvVarsEditor } from './env-vars-editor'

/**
 * The settings shared by Create Function and the Configuration tab, labelled with the FC console's
 * terms ("Memory Specifications", "Execution Timeout Period"). Used inside a FormProvider.
 */
export function FunctionSettingsFields({
  currentRuntime,
  web = false,
}: {
  currentRuntime?: string
  web?: boolean
}) {
  const { register, formState } = useFormContext<FunctionSettingsValues>()
  const { errors } = formState
  return (
    <div className="form-grid">
      {web ? (
        <>
          <TextField label="Runtime" value="Custom Runtime (Debian 10)" readOnly />
          <TextField
            label="Startup Command"
            value={`${[...WEB_FUNCTION_COMMAND.command, ...WEB_FUNCTION_COMMAND.args].join(' ')}`}
            readOnly
            hint={`The server listens on process.env.FC_SERVER_PORT (port ${CUSTOM_RUNTIME_DEFAULT_PORT}).`}
          />
        </>
      ) : (
        <>
          <Select
            label="Runtime"
            required
            options={runtimeOptions(currentRuntime)}
            error={errors.runtime?.message}
            {...register('runtime')}
          />
          <TextField
            label="Handler"
            required
            hint="<file>.<exported function>: index.handler runs the handler exported by index.js."
            spellCheck={false}
            autoComplete="off"
            error={errors.handler?.message}
            {...register('handler')}
          />
        </>
      )}
      <NumberField
        label="Memory Specifications"
        required
        suffix="MB"
        min={FC3_LIMITS.memoryMin}
        max={FC3_LIMITS.memoryMax}
        step={FC3_LIMITS.memoryStep}
        hint={`A multiple of ${FC3_LIMITS.memoryStep}, from ${FC3_LIMITS.memoryMin} to ${FC3_LIMITS.memoryMax} MB.`}
        error={errors.memorySize?.message}
        {...register('memorySize', { valueAsNumber: true })}
      />
      <NumberField
        label="Execution Timeout Period"
        required
        suffix="s"
        min={FC3_LIMITS.timeoutMin}
        max={FC3_LIMITS.timeoutMax}
        hint="The function is stopped when it runs longer."
        error={errors.timeout?.message}
        {...register('timeout', { valueAsNumber: true })}
      />
      <Textarea
        label="Description"
        className="form-grid__wide"
        maxLength={FC3_LIMITS.descriptionMax}
        error={errors.description?.message}
        {...register('description')}
      />
      <div className="form-grid__wide">
        <EnvVarsEditor />
      </div>
    </div>
  )
}
