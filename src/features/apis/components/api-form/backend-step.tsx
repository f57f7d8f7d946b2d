import { useEffect } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import { CLOUDAPI_LIMITS, EVENT_FORMAT_LABELS, EVENT_FORMATS } from '@/cloud-api/cloudapi'
import { NumberField, Select, TextField } from '@/components/ui/field'
import { ButtonLink } from '@/components/ui/link'
import { paths } from '@/lib/paths'
import { useEmulatorInfo } from '../../api/emulator-info'
import { useBackendOptions } from '../../api/list-options'
import type { ApiFormValues } from '../../lib/api-form'

/**
 * Step 3 — Define Backend Service, with the seed's settings (000 Step 2 table): Configuration Mode
 * "Use Existing Backend Service", type Function Compute, version 3.0, an Event Function — or a Web
 * Function (seed 002's second flow, Step 3) —, the backend service of that type, and the backend
 * timeout (ServiceTimeout, in ms).
 */
export function BackendStep() {
  const { register, formState, getValues, setValue, control } = useFormContext<ApiFormValues>()
  const { errors } = formState
  const fcType = useWatch({ control, name: 'fcType' })
  const web = fcType === 'HttpTrigger'
  const backends = useBackendOptions(fcType)
  const emulator = useEmulatorInfo()
  const options = backends.data ?? []
  // An API being edited names its backend before the list (and its <option>) arrives.
  useEffect(() => {
    if (backends.isSuccess) setValue('backendId', getValues('backendId'))
  }, [backends.isSuccess, getValues, setValue])
  return (
    <div className="form-grid">
      <fieldset className="type-choice form-grid__wide">
        <legend className="field__label">Configuration Mode</legend>
        <label className="type-choice__option type-choice__option--selected">
          <input type="radio" name="configurationMode" value="existing" defaultChecked />
          <span>
            <span className="type-choice__title">Use Existing Backend Service</span>
            <span className="type-choice__text">
              The backend service's definition per stage says which function runs.
            </span>
          </span>
        </label>
        <label className="type-choice__option type-choice__option--disabled">
          <input type="radio" name="configurationMode" value="new" disabled />
          <span>
            <span className="type-choice__title">Create Backend Service</span>
            <span className="type-choice__text">
              Create it under Backend Services first, then pick it here.
            </span>
          </span>
        </label>
      </fieldset>
      <TextField label="Backend Service Type" value="Function Compute" readOnly />
      <TextField label="Version" value="Function Compute 3.0" readOnly />
      <Select
        label="Function Type"
        options={[
          { value: 'FCEvent', label: 'Event Function' },
          { value: 'HttpTrigger', label: 'Web Function' },
        ]}
        hint={
          web
            ? 'The gateway forwards the raw HTTP request to the function’s HTTP trigger (seed 002, second flow).'
            : 'The gateway turns the request into a JSON event and reads the function’s JSON answer.'
        }
        {...register('fcType', {
          // The backend services of the other type are not offered: choose again.
          onChange: () => setValue('backendId', ''),
        })}
      />
      <Select
        label="Backend Service"
        required
        options={[
          { value: '', label: backends.isPending ? 'Loading backend services…' : 'Choose a backend service' },
          ...options.map((b) => ({ value: b.BackendId, label: b.BackendName })),
        ]}
        error={errors.backendId?.message}
        hint={
          backends.isSuccess && options.length === 0
            ? `There are no Function Compute 3.0 ${web ? 'web' : 'event'} function backend services yet.`
            : `The backend service that points at your ${web ? 'web' : 'event'} function.`
        }
        {...register('backendId')}
      />
      {backends.isSuccess && options.length === 0 && (
        <div className="form-grid__wide">
          <ButtonLink size="sm" href={paths.backends}>
            Go to Backend Services
          </ButtonLink>
        </div>
      )}
      <NumberField
        label="Backend Timeout"
        required
        suffix="ms"
        min={CLOUDAPI_LIMITS.serviceTimeoutMin}
        max={CLOUDAPI_LIMITS.serviceTimeoutMax}
        hint="How long API Gateway waits for the function. A cold start that takes longer gives the caller a gateway error."
        error={errors.serviceTimeout?.message}
        {...register('serviceTimeout', { valueAsNumber: true })}
      />
      {/* Issue 7: emulator-only, never offered (so never sent) in front of the real cloud. */}
      {emulator.data?.available && !web && (
        <Select
          className="form-grid__wide"
          label="Event Format (emulator)"
          options={EVENT_FORMATS.map((format) => ({ value: format, label: EVENT_FORMAT_LABELS[format] }))}
          hint="How the emulated gateway builds the event and reads the function's answer: Alibaba Cloud's, or as Tencent SCF's or AWS's API gateway would. For Tencent SCF, Result Type PASSTHROUGH selects its passthrough response."
          {...register('eventFormat')}
        />
      )}
    </div>
  )
}
