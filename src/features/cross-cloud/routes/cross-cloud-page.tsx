import { useState } from 'react'
import { EVENT_FORMATS } from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/dialog'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorPanel } from '@/components/ui/error-panel'
import { GatewayIcon } from '@/components/ui/icons'
import { PageHeader } from '@/components/ui/page-header'
import { Panel } from '@/components/ui/panel'
import { Spinner } from '@/components/ui/spinner'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { useCleanUpScratch } from '../api/clean-up-scratch'
import { useEmulatorInfo } from '../api/emulator-info'
import { useRunAcrossClouds } from '../api/run-across-clouds'
import { useScratchApis } from '../api/scratch-apis'
import { FormatResult } from '../components/format-result'
import { RequestForm } from '../components/request-form'
import { SCRATCH_STAGE, scratchGroupName } from '../lib/scratch'

const DESCRIPTION =
  'Send one request to one function through the four event formats — Alibaba Cloud, Tencent SCF, AWS REST API (v1) and AWS HTTP API (v2) — and compare the events the function received and the HTTP answers, side by side.'

/** /cross-cloud — "Try across clouds" (issue 7). Emulator-only: it reads the gateway's debug traces. */
export function Component() {
  const emulator = useEmulatorInfo()
  const available = emulator.data?.available === true
  return (
    <div className="stack">
      <PageHeader title="Try across clouds" description={DESCRIPTION} />
      {emulator.isPending ? (
        <p className="row muted" aria-busy="true">
          <Spinner /> Checking which cloud the console talks to…
        </p>
      ) : emulator.isError ? (
        <ErrorPanel
          title="The console could not tell which cloud it talks to"
          error={toApiError(emulator.error)}
        />
      ) : !available ? (
        <EmptyState
          icon={<GatewayIcon width={22} height={22} />}
          title="Try across clouds needs the emulator"
          description="The other clouds’ event formats exist only in the emulator: run the console with npm run dev (browser-only) or npm start (local cloud)."
        />
      ) : (
        <CrossCloud region={emulator.data?.region} />
      )}
    </div>
  )
}

function CrossCloud({ region }: { region: string | undefined }) {
  const toast = useToast()
  const run = useRunAcrossClouds(region)
  const scratch = useScratchApis(true)
  const cleanUp = useCleanUpScratch()
  const [confirming, setConfirming] = useState(false)
  const scratchCount = scratch.data?.length ?? 0

  return (
    <>
      <Panel title="Request">
        <div className="stack">
          <p className="muted">
            The view publishes one scratch API per format to the {SCRATCH_STAGE} stage — in the groups{' '}
            {EVENT_FORMATS.map(scratchGroupName).join(', ')} — bound to the function, calls each through the
            gateway and reads what happened from the emulator’s traces. FC hands the event to a Node.js
            handler as a Buffer: parse it with JSON.parse(event).
          </p>
          <RequestForm pending={run.isPending} onSend={(request) => run.mutate(request)} />
        </div>
      </Panel>

      {run.isError && <ErrorPanel title="The request was not sent" error={toApiError(run.error)} />}
      {run.data && (
        <section className="stack" aria-label="Results across clouds">
          <h2 className="subheading">
            {run.data.request.method} {run.data.request.pathAndQuery} → {run.data.request.functionName}
          </h2>
          <div className="cross-cloud__grid">
            {run.data.outcomes.map((outcome) => (
              <FormatResult key={outcome.format} outcome={outcome} />
            ))}
          </div>
        </section>
      )}

      <Panel
        title="Scratch APIs"
        actions={
          <Button
            variant="danger"
            size="sm"
            disabled={scratchCount === 0 || run.isPending}
            onClick={() => setConfirming(true)}
          >
            Clean up
          </Button>
        }
      >
        {scratch.isPending ? (
          <p className="row muted" aria-busy="true">
            <Spinner /> Looking for scratch APIs…
          </p>
        ) : scratch.isError ? (
          <ErrorPanel title="The scratch APIs could not be listed" error={toApiError(scratch.error)} />
        ) : scratchCount === 0 ? (
          <p className="muted">None: the first request creates them.</p>
        ) : (
          <p>
            {scratchCount} scratch {scratchCount === 1 ? 'group' : 'groups'} kept for the next request:{' '}
            {scratch.data?.map((s) => scratchGroupName(s.format)).join(', ')}.
          </p>
        )}
      </Panel>

      <ConfirmDialog
        open={confirming}
        title="Clean up the scratch APIs?"
        confirmLabel="Clean up"
        pending={cleanUp.isPending}
        error={cleanUp.isError ? toApiError(cleanUp.error) : null}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          cleanUp.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false)
              run.reset()
              toast({ title: 'Scratch APIs removed', tone: 'success' })
            },
          })
        }
      >
        The four scratch APIs are unpublished and deleted with their groups. Your function is kept.
      </ConfirmDialog>
    </>
  )
}
