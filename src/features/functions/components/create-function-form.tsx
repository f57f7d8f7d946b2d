import { zodResolver } from '@hookform/resolvers/zod'
import { useRef, useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { Fc3Function } from '@/cloud-api/fc3'
import { Button } from '@/components/ui/button'
import { CodeEditor } from '@/components/ui/code-editor/code-editor'
import { ErrorPanel } from '@/components/ui/error-panel'
import { TextField } from '@/components/ui/field'
import { ButtonLink } from '@/components/ui/link'
import { Panel } from '@/components/ui/panel'
import { StepIndicator } from '@/components/ui/step-indicator'
import { toApiError } from '@/lib/api-error'
import { STARTER_CODE } from '@/lib/cloud/starter-code'
import { paths } from '@/lib/paths'
import { textFile, zipToBase64 } from '@/lib/zip'
import { useCreateFunction } from '../api/create-function'
import { rowsToRecord } from '../lib/env-vars'
import {
  CREATE_FUNCTION_DEFAULTS,
  type CreateFunctionFormValues,
  createFunctionFormSchema,
} from '../lib/function-form'
import { handlerFile } from '../lib/starter-code'
import { CreateFunctionReview } from './create-function-review'
import { FunctionSettingsFields } from './function-settings-fields'
import { FunctionTypeChoice } from './function-type-choice'

const STEPS = ['Basic Settings', 'Code', 'Review'] as const
const SETTINGS_FIELDS = [
  'functionName',
  'runtime',
  'handler',
  'memorySize',
  'timeout',
  'description',
  'environmentVariables',
] as const

type Output = z.output<typeof createFunctionFormSchema>

/**
 * Create Function, in three steps: settings → code (the seed's starter handler, editable) → review.
 * The form mirrors the UI; onSubmit turns it into CreateFunctionInput: env rows → record, the code
 * → a zip with one file named after the handler's module, base64 in `code.zipFile`.
 */
export function CreateFunctionForm({ onCreated }: { onCreated: (fn: Fc3Function) => void }) {
  const [step, setStep] = useState(0)
  const [code, setCode] = useState(STARTER_CODE)
  const stepHeading = useRef<HTMLHeadingElement>(null)
  const form = useForm<CreateFunctionFormValues, unknown, Output>({
    resolver: zodResolver(createFunctionFormSchema),
    defaultValues: CREATE_FUNCTION_DEFAULTS,
    mode: 'onTouched',
  })
  const create = useCreateFunction()

  const goTo = (next: number) => {
    setStep(next)
    // Move focus to the new step's heading so keyboard and screen-reader users land on it.
    requestAnimationFrame(() => stepHeading.current?.focus())
  }

  const next = async () => {
    if (step === 0) {
      const valid = await form.trigger(SETTINGS_FIELDS, { shouldFocus: true })
      if (!valid) return
    }
    goTo(step + 1)
  }

  const submit = (values: Output) => {
    const file = handlerFile(values.handler)
    create.mutate(
      {
        functionName: values.functionName,
        runtime: values.runtime,
        handler: values.handler,
        memorySize: values.memorySize,
        timeout: values.timeout,
        description: values.description,
        environmentVariables: rowsToRecord(values.environmentVariables),
        code: { zipFile: zipToBase64({ [file]: textFile(code) }) },
      },
      {
        onSuccess: onCreated,
        onError: (error) => {
          // The name is the one field the server can reject that the form cannot check.
          if (toApiError(error).code === 'FunctionAlreadyExists') {
            form.setError('functionName', { message: toApiError(error).message }, { shouldFocus: false })
            setStep(0)
            requestAnimationFrame(() => form.setFocus('functionName'))
          }
        },
      },
    )
  }

  const handler = form.watch('handler')
  const isLast = step === STEPS.length - 1
  return (
    <FormProvider {...form}>
      <form
        noValidate
        aria-label="Create Function"
        onSubmit={(event) => {
          // Enter in a field of an early step moves on instead of creating the function.
          if (!isLast) {
            event.preventDefault()
            void next()
            return
          }
          void form.handleSubmit(submit)(event)
        }}
      >
        <StepIndicator steps={STEPS} current={step} onStepClick={goTo} label="Create Function steps" />
        <div className="stack">
          <h2 ref={stepHeading} tabIndex={-1} className="sr-only">
            Step {step + 1} of {STEPS.length}: {STEPS[step]}
          </h2>
          <div hidden={step !== 0} className="stack">
            <FunctionTypeChoice />
            <Panel title="Basic Settings">
              <div className="stack">
                <TextField
                  label="Function Name"
                  required
                  autoComplete="off"
                  spellCheck={false}
                  hint="Letters, digits, underscores (_) and hyphens (-); 1 to 64 characters; cannot start with a digit or a hyphen."
                  error={form.formState.errors.functionName?.message}
                  {...form.register('functionName')}
                />
                <FunctionSettingsFields />
              </div>
            </Panel>
          </div>
          {step === 1 && (
            <Panel title="Code">
              <div className="stack">
                <p className="muted">
                  The starter code is the API Gateway event handler of the Function Compute guide: it reads
                  the request event and returns the response format API Gateway expects. Edit it now or later
                  on the function's Code tab.
                </p>
                <CodeEditor
                  value={code}
                  onChange={setCode}
                  language="javascript"
                  label={`Code editor: ${handlerFile(handler)}`}
                  height={380}
                />
                <div>
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => setCode(STARTER_CODE)}
                    disabled={code === STARTER_CODE}
                  >
                    Restore starter code
                  </Button>
                </div>
              </div>
            </Panel>
          )}
          {isLast && (
            <CreateFunctionReview values={form.getValues()} fileName={handlerFile(handler)} code={code} />
          )}
          {create.error && (
            <ErrorPanel title="The function was not created" error={toApiError(create.error)} />
          )}
          <div className="form-actions">
            {step === 0 ? (
              <ButtonLink href={paths.functions}>Cancel</ButtonLink>
            ) : (
              <Button onClick={() => goTo(step - 1)} disabled={create.isPending}>
                Previous
              </Button>
            )}
            {isLast ? (
              <Button type="submit" variant="primary" loading={create.isPending}>
                Create Function
              </Button>
            ) : (
              <Button type="submit" variant="primary">
                Next
              </Button>
            )}
          </div>
        </div>
      </form>
    </FormProvider>
  )
}
