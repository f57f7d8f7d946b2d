import { type ReactNode, useEffect, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/dialog'
import { RefreshIcon } from '@/components/ui/icons'
import { PageHeader } from '@/components/ui/page-header'
import { StepIndicator } from '@/components/ui/step-indicator'
import { useToast } from '@/components/ui/toast'
import { useMissingResources } from '../api/check-resources'
import { CallStep } from '../components/call-step'
import { CreatedResources } from '../components/created-resources'
import { MissingResourcesNotice, RestartedNotice } from '../components/resource-check-notice'
import {
  ApiStep,
  BackendStep,
  BindStep,
  FunctionStep,
  GroupStep,
  PublishStep,
  type StepProps,
} from '../components/steps'
import { WebAppFlow } from '../components/web-app-flow'
import {
  clearProgress,
  createdResources,
  EMPTY_PROGRESS,
  firstOpenStep,
  hasProgress,
  isStepDone,
  loadProgress,
  rewindTo,
  saveProgress,
  WIZARD_STEPS,
  type WizardProgress,
} from '../lib/wizard-progress'

const STEP_COMPONENTS = [
  FunctionStep,
  BackendStep,
  BindStep,
  GroupStep,
  ApiStep,
  PublishStep,
  CallStep,
] as const

/**
 * /wizard — Quick Start: the guide's event-function flow end to end (seeds 000/002: create the
 * function → backend service → bind it to Production → API group → API → publish → call), one real
 * resource per step. Progress and the created ids live in localStorage, so a reload resumes — after
 * checking that what it names still exists: when everything is gone (the emulator's "Reset demo
 * data") it starts over and says so; when some is gone it says what and offers to redo from there.
 */
export function Component() {
  const [searchParams, setSearchParams] = useSearchParams()
  const web = searchParams.get('flow') === 'web'
  const flowChoice = (
    <fieldset className="row flow-choice">
      <legend className="sr-only">Quick Start flow</legend>
      <Button
        aria-pressed={!web}
        variant={web ? 'secondary' : 'primary'}
        onClick={() => setSearchParams({}, { replace: true })}
      >
        Event function
      </Button>
      <Button
        aria-pressed={web}
        variant={web ? 'primary' : 'secondary'}
        onClick={() => setSearchParams({ flow: 'web' }, { replace: true })}
      >
        Web function + app
      </Button>
    </fieldset>
  )
  if (web) {
    return (
      <>
        <title>Quick Start · Web function + app · API Gateway + Function Compute</title>
        <PageHeader
          title="Quick Start"
          description="Connect a web function to API Gateway and call it as an app with its AppCode, as the guide's second part does. Every step creates a real resource."
          actions={flowChoice}
        />
        <WebAppFlow />
      </>
    )
  }
  return <EventFlow flowChoice={flowChoice} />
}

function EventFlow({ flowChoice }: { flowChoice: ReactNode }) {
  const toast = useToast()
  const [progress, setProgress] = useState<WizardProgress>(loadProgress)
  const [viewing, setViewing] = useState(() => firstOpenStep(progress))
  const [suffix] = useState(() => Math.random().toString(36).slice(2, 6))
  const [confirmReset, setConfirmReset] = useState(false)
  const heading = useRef<HTMLDivElement>(null)
  const resources = createdResources(progress)
  const check = useMissingResources(resources)
  const missing = check.data?.missing ?? []
  const partlyGone = missing.length > 0 && missing.length < (check.data?.resources.length ?? 0)

  useEffect(() => saveProgress(progress), [progress])

  const update = (patch: Partial<WizardProgress>) =>
    setProgress(({ restartedBecauseGone: _, ...current }) => ({ ...current, ...patch }))
  const goTo = (index: number) => {
    setViewing(index)
    // Keyboard and screen-reader users land on the step they moved to.
    requestAnimationFrame(() => heading.current?.focus())
  }
  const startOver = () => {
    clearProgress()
    setProgress(EMPTY_PROGRESS)
    setViewing(0)
  }
  // Everything it had created is gone (a reset of the demo data): nothing to resume, so start over.
  useEffect(() => {
    const result = check.data
    if (!result || result.missing.length === 0 || result.missing.length < result.resources.length) return
    const next = { ...EMPTY_PROGRESS, restartedBecauseGone: result.missing.map((r) => r.label) }
    // Saved at once: a reset made from this page leaves it before another render would save.
    saveProgress(next)
    setProgress(next)
    setViewing(0)
  }, [check.data])
  // The indicator's "current" is the first open step; done steps before it can be revisited.
  const current = firstOpenStep(progress)
  const allDone = WIZARD_STEPS.every((_, i) => isStepDone(progress, i))
  const Step = STEP_COMPONENTS[viewing] ?? FunctionStep
  const props: StepProps = {
    progress,
    suffix,
    update,
    next: () => goTo(Math.min(viewing + 1, WIZARD_STEPS.length - 1)),
  }

  return (
    <>
      <title>Quick Start · API Gateway + Function Compute</title>
      <PageHeader
        title="Quick Start"
        description="Create an event function and call it through API Gateway, step by step, as the Function Compute guide does. Every step creates a real resource; leave at any time and come back later."
        actions={
          <>
            {flowChoice}
            <Button
              icon={<RefreshIcon />}
              onClick={() => setConfirmReset(true)}
              disabled={!hasProgress(progress)}
            >
              Start Over
            </Button>
          </>
        }
      />
      <StepIndicator
        steps={WIZARD_STEPS}
        current={allDone ? WIZARD_STEPS.length : current}
        onStepClick={goTo}
        label="Quick Start steps"
      />
      {(progress.restartedBecauseGone || partlyGone) && (
        <div className="wizard__notices">
          {progress.restartedBecauseGone && (
            <RestartedNotice gone={progress.restartedBecauseGone} onDismiss={() => update({})} />
          )}
          {partlyGone && (
            <MissingResourcesNotice
              missing={missing}
              stepTitle={(step) => WIZARD_STEPS[step] ?? ''}
              onRedo={(step) => {
                setProgress(rewindTo(progress, step))
                goTo(step)
                toast({
                  title: `Quick Start back at step ${step + 1}`,
                  description: 'Later steps are to be redone.',
                })
              }}
              onStartOver={() => {
                startOver()
                toast({ title: 'Quick Start restarted' })
              }}
            />
          )}
        </div>
      )}
      <div className="wizard">
        <div ref={heading} className="wizard__step" tabIndex={-1}>
          <Step {...props} />
        </div>
        <CreatedResources
          resources={resources}
          published={progress.published}
          missing={missing.map((r) => r.kind)}
        />
      </div>
      <ConfirmDialog
        open={confirmReset}
        title="Start over?"
        confirmLabel="Start Over"
        tone="primary"
        onClose={() => setConfirmReset(false)}
        onConfirm={() => {
          startOver()
          setConfirmReset(false)
          toast({
            title: 'Quick Start restarted',
            description: 'The resources created before are still there.',
          })
        }}
      >
        The Quick Start forgets its progress and starts again at step 1. What it created stays in the cloud:
        delete it from its pages if you no longer need it.
      </ConfirmDialog>
    </>
  )
}
