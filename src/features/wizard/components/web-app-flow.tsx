import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { CodeBlock } from '@/components/ui/code-block'
import { CommandLine } from '@/components/ui/command-line'
import { ConfirmDialog } from '@/components/ui/dialog'
import { ErrorPanel } from '@/components/ui/error-panel'
import { RefreshIcon } from '@/components/ui/icons'
import { Panel } from '@/components/ui/panel'
import { toApiError } from '@/lib/api-error'
import { curlReach, reachableCurl } from '@/lib/cloud/curl'
import { consoleRuntime, WEB_FUNCTIONS_NEED_NPM_START } from '@/lib/cloud/web-function'
import { useMissingResources } from '../api/check-resources'
import { useEmulatorInfo } from '../api/emulator-info'
import { useStepMutation } from '../api/use-step-mutation'
import {
  callWithAppCode,
  createApiStep,
  createAppStep,
  createBackendStep,
  createWebFunctionStep,
  WEB_FLOW_PATH,
  type WebFlowState,
} from '../api/web-app-flow'
import { headNoun } from '../lib/created-resource'
import {
  clearWebFlowProgress,
  loadWebFlowProgress,
  rewindWebFlow,
  saveWebFlowProgress,
  webFlowResources,
} from '../lib/web-flow-progress'
import { MissingResourcesNotice, RestartedNotice } from './resource-check-notice'
import { CreatedNotice } from './step-frame'

const STEPS = [
  { title: 'Create a web function with an HTTP trigger', action: 'Create Web Function' },
  { title: 'Create a backend service for the web function', action: 'Create Backend Service' },
  {
    title: 'Create a group and an API with Alibaba Cloud App authentication, and publish it',
    action: 'Create and Publish API',
  },
  { title: 'Create an app and authorize it', action: 'Create App and Authorize' },
  { title: 'Call the API with the AppCode', action: 'Call with AppCode' },
] as const

/**
 * The Quick Start's second flow (seed 002, "Connect a web function to API Gateway", Steps 1–5), one
 * button per step. Web functions need the local cloud: in browser-only mode the flow says so and stops.
 * Like the event flow, it checks on load that what its progress names still exists.
 */
export function WebAppFlow() {
  // Resumable after a reload, like the event flow (issue 3 part 4).
  const [initial] = useState(() => loadWebFlowProgress())
  const [suffix, setSuffix] = useState(initial.suffix)
  const [state, setState] = useState<WebFlowState>(initial.state)
  const [done, setDone] = useState(initial.done)
  const [confirmReset, setConfirmReset] = useState(false)
  const [restartedFor, setRestartedFor] = useState(initial.restartedBecauseGone ?? null)
  useEffect(
    () =>
      saveWebFlowProgress({
        suffix,
        state,
        done,
        ...(restartedFor ? { restartedBecauseGone: restartedFor } : {}),
      }),
    [suffix, state, done, restartedFor],
  )
  const resources = webFlowResources(state)
  const check = useMissingResources(resources)
  const missing = check.data?.missing ?? []
  // Everything it had created is gone (Reset demo data): start over by itself, and say so.
  useEffect(() => {
    const result = check.data
    if (!result || result.missing.length === 0 || result.missing.length < result.resources.length) return
    const next = {
      ...loadWebFlowProgress({ getItem: () => null }),
      restartedBecauseGone: result.missing.map((r) => r.label),
    }
    // Saved at once: a reset made from this page leaves it before another render would save.
    saveWebFlowProgress(next)
    setSuffix(next.suffix)
    setState({})
    setDone(0)
    setRestartedFor(next.restartedBecauseGone)
  }, [check.data])
  const startOver = () => {
    clearWebFlowProgress()
    const fresh = loadWebFlowProgress()
    setSuffix(fresh.suffix)
    setState({})
    setDone(0)
    step.reset()
    call.reset()
    setConfirmReset(false)
    setRestartedFor(null)
  }
  const runtime = useQuery({
    queryKey: ['wizard', 'console-runtime'],
    queryFn: ({ signal }) => consoleRuntime(signal),
  })
  const step = useStepMutation(async (index: number): Promise<WebFlowState> => {
    if (index === 0) return createWebFunctionStep(suffix)
    if (index === 1) return createBackendStep(state, suffix)
    if (index === 2) return createApiStep(state, suffix)
    return createAppStep(state, suffix)
  })
  const call = useStepMutation(() => callWithAppCode(state))
  const needsLocalCloud = runtime.data === 'browser'
  const reach = curlReach(useEmulatorInfo().data)
  const curl =
    call.data &&
    reachableCurl(reach, state.subDomain ?? '', {
      path: WEB_FLOW_PATH,
      headers: [['Authorization', `APPCODE ${call.data.appCode}`]],
    })
  const run = (index: number) => {
    setRestartedFor(null)
    if (index === STEPS.length - 1) {
      call.mutate(undefined)
      return
    }
    step.mutate(index, {
      onSuccess: (patch) => {
        setState((s) => ({ ...s, ...patch }))
        setDone(index + 1)
      },
    })
  }
  // What a finished step reports: the last it made (step 3 makes a group, then the API it reports).
  const createdBy = (index: number) => resources.filter((r) => r.step === index).at(-1)
  return (
    <div className="stack">
      {done > 0 && (
        <div className="row">
          <Button icon={<RefreshIcon />} onClick={() => setConfirmReset(true)}>
            Start Over
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={confirmReset}
        title="Start over?"
        confirmLabel="Start Over"
        tone="primary"
        onClose={() => setConfirmReset(false)}
        onConfirm={startOver}
      >
        The web-function flow forgets its progress and starts again at step 1. What it created stays in the
        cloud.
      </ConfirmDialog>
      {restartedFor && <RestartedNotice gone={restartedFor} onDismiss={() => setRestartedFor(null)} />}
      {missing.length > 0 && missing.length < (check.data?.resources.length ?? 0) && (
        <MissingResourcesNotice
          missing={missing}
          stepTitle={(index) => STEPS[index]?.action ?? ''}
          onRedo={(index) => {
            setState(rewindWebFlow(state, index))
            setDone(index)
            step.reset()
            call.reset()
          }}
          onStartOver={startOver}
        />
      )}
      {needsLocalCloud && (
        <p className="wizard-notice" role="note">
          {WEB_FUNCTIONS_NEED_NPM_START}
        </p>
      )}
      {STEPS.map((s, index) => {
        const finished = index < done || (index === STEPS.length - 1 && call.isSuccess)
        const blocked = index > done || (index === 0 && needsLocalCloud) || runtime.isPending
        const pending =
          (step.isPending && step.variables === index) || (index === STEPS.length - 1 && call.isPending)
        const error = index === STEPS.length - 1 ? call.error : step.variables === index ? step.error : null
        const made = finished ? createdBy(index) : undefined
        return (
          <Panel key={s.title} title={`Step ${index + 1}: ${s.title}`}>
            <div className="stack">
              {made && <CreatedNotice created={{ kind: headNoun(made), name: made.name, href: made.href }} />}
              {index === 0 && state.urlIntranet && (
                <p className="mono">Internal endpoint: {state.urlIntranet}</p>
              )}
              {!finished && (
                <div>
                  <Button variant="primary" disabled={blocked} loading={pending} onClick={() => run(index)}>
                    {s.action}
                  </Button>
                </div>
              )}
              {index === 0 && needsLocalCloud && (
                <p className="muted">This step needs the local cloud (`npm start`); the flow stops here.</p>
              )}
              {Boolean(error) && <ErrorPanel title="The step failed" error={toApiError(error)} />}
              {index === STEPS.length - 1 && call.data && (
                <section aria-label="Answer" className="stack">
                  <p className="row">
                    <Badge tone={call.data.exchange.received.status < 300 ? 'success' : 'danger'}>
                      {call.data.exchange.received.status} {call.data.exchange.received.statusText}
                    </Badge>
                    {call.data.exchange.received.errorMessage}
                  </p>
                  <CodeBlock>{call.data.exchange.received.body}</CodeBlock>
                  {curl && <CommandLine label="curl with APPCODE" command={curl} />}
                </section>
              )}
            </div>
          </Panel>
        )
      })}
    </div>
  )
}
