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
import { WEB_FUNCTION_FILE, WEB_FUNCTIONS_NEED_NPM_START, WEB_STARTER_CODE } from '@/lib/cloud/web-function'
import { paths } from '@/lib/paths'
import { textFile, zipToBase64 } from '@/lib/zip'
import { useCreateFunction } from '../api/create-function'
import { useConsoleRuntime, useCreateWebFunction } from '../api/create-web-function'
import { rowsToRecord } from '../lib/env-vars'
import {
  CREATE_FUNCTION_DEFAULTS,
  type CreateFunctionFormValues,
  createFunctionFormSchema,
} from '../lib/function-form'
import { handlerFile } from '../lib/starter-code'
import { CreateFunctionReview } from './create-function-review'
import { FunctionSettingsFields } from './function-settings-fields'
import { type FunctionKind, FunctionTypeChoice } from './function-type-choice'

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
  const createEvent = useCreateFunction()
  const createWeb = useCreateWebFunction()
  const runtime = useConsoleRuntime()
  const [kind, setKind] = useState<FunctionKind>('event')
  const create = kind === 'web' ? createWeb : createEvent
  const starter = kind === 'web' ? WEB_STARTER_CODE : STARTER_CODE
  const chooseKind = (next: FunctionKind) => {
    // The other kind's untouched starter is swapped for this kind's; edited code is kept.
    if (code === (next === 'web' ? STARTER_CODE : WEB_STARTER_CODE))
      setCode(next === 'web' ? WEB_STARTER_CODE : STARTER_CODE)
    setKind(next)
  }

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
    const file = kind === 'web' ? WEB_FUNCTION_FILE : handlerFile(values.handler)
    const settings = {
      functionName: values.functionName,
      memorySize: values.memorySize,
      timeout: values.timeout,
      description: values.description,
      environmentVariables: rowsToRecord(values.environmentVariables),
      code: { zipFile: zipToBase64({ [file]: textFile(code) }) },
    }
    const mutate =
      kind === 'web'
        ? createWeb.mutate
        : (input: typeof settings, options: Parameters<typeof createWeb.mutate>[1]) =>
            createEvent.mutate({ ...input, runtime: values.runtime, handler: values.handler }, options)
    mutate(settings, {
      onSuccess: onCreated,
      onError: (error) => {
        // The name is the one field the server can reject that the form cannot check.
        if (toApiError(error).code === 'FunctionAlreadyExists') {
          form.setError('functionName', { message: toApiError(error).message }, { shouldFocus: false })
          setStep(0)
          requestAnimationFrame(() => form.setFocus('functionName'))
        }
      },
    })
  }

  const handler = form.watch('handler')
  const fileName = kind === 'web' ? WEB_FUNCTION_FILE : handlerFile(handler)
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
            <FunctionTypeChoice
              value={kind}
              onChange={chooseKind}
              webNote={runtime.data === 'browser' ? WEB_FUNCTIONS_NEED_NPM_START : undefined}
            />
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
                <FunctionSettingsFields web={kind === 'web'} />
              </div>
            </Panel>
          </div>
          {step === 1 && (
            <Panel title="Code">
              <div className="stack">
                <p className="muted">
                  {kind === 'web'
                    ? 'The starter code is a Node.js HTTP server listening on process.env.FC_SERVER_PORT: API Gateway forwards each request to it as is, through the HTTP trigger created with the function.'
                    : "The starter code is the API Gateway event handler of the Function Compute guide: it reads the request event and returns the response format API Gateway expects. Edit it now or later on the function's Code tab."}
                </p>
                <CodeEditor
                  value={code}
                  onChange={setCode}
                  language="javascript"
                  label={`Code editor: ${fileName}`}
                  height={380}
                />
                <div>
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => setCode(starter)}
                    disabled={code === starter}
                  >
                    Restore starter code
                  </Button>
                </div>
              </div>
            </Panel>
          )}
          {isLast && (
            <CreateFunctionReview
              values={form.getValues()}
              fileName={fileName}
              code={code}
              web={kind === 'web'}
            />
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
