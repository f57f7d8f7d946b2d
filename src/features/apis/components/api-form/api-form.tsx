import { zodResolver } from '@hookform/resolvers/zod'
import { useRef, useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { ButtonLink } from '@/components/ui/link'
import { Panel } from '@/components/ui/panel'
import { StepIndicator } from '@/components/ui/step-indicator'
import { toApiError } from '@/lib/api-error'
import {
  API_FORM_STEPS,
  type ApiFormOutput,
  type ApiFormValues,
  apiFormSchema,
  STEP_FIELDS,
} from '../../lib/api-form'
import { BackendStep } from './backend-step'
import { BasicInfoStep } from './basic-info-step'
import { RequestStep } from './request-step'
import { ResponseStep } from './response-step'

/**
 * Create API / Edit API in four steps (seed 000 Step 2, 002 Step 3: "configure the required
 * settings, and click Next … click Create"). Every step stays mounted (hidden) so going back keeps
 * what was typed; Next validates only the current step's fields.
 */
export function ApiForm({
  initial,
  editing = false,
  submitLabel,
  cancelHref,
  pending,
  error,
  onSubmit,
}: {
  initial: ApiFormValues
  editing?: boolean
  submitLabel: string
  cancelHref: string
  pending: boolean
  error: unknown
  onSubmit: (values: ApiFormOutput) => void
}) {
  const [step, setStep] = useState(0)
  const heading = useRef<HTMLHeadingElement>(null)
  const form = useForm<ApiFormValues, unknown, ApiFormOutput>({
    resolver: zodResolver(apiFormSchema),
    defaultValues: initial,
    mode: 'onTouched',
  })
  const isLast = step === API_FORM_STEPS.length - 1

  const goTo = (next: number) => {
    setStep(next)
    requestAnimationFrame(() => heading.current?.focus())
  }
  const next = async () => {
    const valid = await form.trigger(STEP_FIELDS[step], { shouldFocus: true })
    if (valid) goTo(step + 1)
  }
  const submit = form.handleSubmit(onSubmit, (errors) => {
    // A field of an earlier step is wrong (e.g. the server's rule changed it): go there.
    const first = STEP_FIELDS.findIndex((fields) => fields.some((f) => f in errors))
    if (first >= 0 && first !== step) goTo(first)
  })

  return (
    <FormProvider {...form}>
      <form
        noValidate
        aria-label={editing ? 'Edit API' : 'Create API'}
        onSubmit={(event) => {
          if (!isLast) {
            event.preventDefault()
            void next()
            return
          }
          void submit(event)
        }}
      >
        <StepIndicator
          steps={API_FORM_STEPS}
          current={step}
          onStepClick={goTo}
          label="API definition steps"
        />
        <div className="stack">
          <h2 ref={heading} tabIndex={-1} className="sr-only">
            Step {step + 1} of {API_FORM_STEPS.length}: {API_FORM_STEPS[step]}
          </h2>
          {[
            <BasicInfoStep key="basic" editing={editing} />,
            <RequestStep key="request" />,
            <BackendStep key="backend" />,
            <ResponseStep key="response" />,
          ].map((content, index) => (
            <div key={API_FORM_STEPS[index]} hidden={index !== step}>
              <Panel title={API_FORM_STEPS[index]}>{content}</Panel>
            </div>
          ))}
          {Boolean(error) && (
            <ErrorPanel
              title={editing ? 'The API was not saved' : 'The API was not created'}
              error={toApiError(error)}
            />
          )}
          <div className="form-actions">
            {step === 0 ? (
              <ButtonLink href={cancelHref}>Cancel</ButtonLink>
            ) : (
              <Button onClick={() => goTo(step - 1)} disabled={pending}>
                Previous
              </Button>
            )}
            <Button type="submit" variant="primary" loading={isLast && pending}>
              {isLast ? submitLabel : 'Next'}
            </Button>
          </div>
        </div>
      </form>
    </FormProvider>
  )
}
