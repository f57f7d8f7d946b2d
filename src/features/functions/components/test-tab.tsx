import { useId, useMemo, useState } from 'react'
import type { Fc3Function } from '@/cloud-api/fc3'
import { Button } from '@/components/ui/button'
import { CodeEditor } from '@/components/ui/code-editor/code-editor'
import { ConfirmDialog } from '@/components/ui/dialog'
import { Select } from '@/components/ui/field'
import { EditIcon, PlayIcon, PlusIcon, TrashIcon } from '@/components/ui/icons'
import { Panel } from '@/components/ui/panel'
import { toApiError } from '@/lib/api-error'
import { useInvokeFunction } from '../api/invoke-function'
import { useTestEvents } from '../lib/use-test-events'
import { InvokeResultPanel } from './invoke-result-panel'
import { CreateTestEventDialog, RenameTestEventDialog } from './test-event-dialogs'

function jsonProblem(text: string): string | null {
  try {
    JSON.parse(text)
    return null
  } catch (error) {
    return error instanceof Error ? error.message : 'Invalid JSON'
  }
}

/**
 * The Test tab: seed 000 "Step 4: Configure the input parameter of the function" (named test
 * events) and "Step 5: View the result" (Test Function → Execution Result).
 */
export function TestTab({ fn }: { fn: Fc3Function }) {
  const events = useTestEvents(fn.functionName)
  const invoke = useInvokeFunction(fn.functionName)
  const [creating, setCreating] = useState(false)
  const [renaming, setRenaming] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const hintId = useId()
  const event = events.selected
  const problem = useMemo(() => jsonProblem(event.content), [event.content])

  const status = invoke.isPending
    ? 'Running the function…'
    : invoke.isError
      ? 'The test could not be run.'
      : invoke.data
        ? invoke.data.errorType
          ? `Execution failed: ${invoke.data.errorType}.`
          : 'Execution succeeded.'
        : ''

  return (
    <div className="test-layout">
      <Panel
        title="Test Event"
        actions={
          <>
            <Button size="sm" icon={<PlusIcon />} onClick={() => setCreating(true)}>
              Create Test Event
            </Button>
            <Button size="sm" icon={<EditIcon />} onClick={() => setRenaming(true)}>
              Rename
            </Button>
            <Button
              size="sm"
              icon={<TrashIcon />}
              onClick={() => setDeleting(true)}
              disabled={events.events.length <= 1}
              title={events.events.length <= 1 ? 'A function keeps at least one test event.' : undefined}
            >
              Delete
            </Button>
          </>
        }
      >
        <div className="stack">
          <Select
            label="Test event"
            options={events.events.map((e) => ({ value: e.id, label: e.name }))}
            value={event.id}
            onChange={(e) => events.select(e.target.value)}
          />
          <CodeEditor
            docKey={event.id}
            value={event.content}
            onChange={(content) => events.updateContent(event.id, content)}
            language="json"
            label="Event content"
            describedBy={hintId}
            height={340}
          />
          <p id={hintId} className={problem ? 'notice notice--warning' : 'field__hint'} aria-live="polite">
            {problem
              ? `This event is not valid JSON (${problem}). It is still sent as is: the function receives the raw bytes.`
              : 'The event is passed to the function as bytes. Changes are saved in this browser.'}
          </p>
          <div className="row">
            <Button
              variant="primary"
              icon={<PlayIcon />}
              loading={invoke.isPending}
              onClick={() => invoke.mutate(event.content)}
            >
              Test Function
            </Button>
            <span className="sr-only" aria-live="polite">
              {status}
            </span>
          </div>
        </div>
      </Panel>

      <InvokeResultPanel
        result={invoke.data}
        error={invoke.error ? toApiError(invoke.error) : null}
        pending={invoke.isPending}
      />

      <CreateTestEventDialog
        open={creating}
        events={events.events}
        onClose={() => setCreating(false)}
        onCreate={events.create}
      />
      <RenameTestEventDialog
        event={renaming ? event : null}
        events={events.events}
        onClose={() => setRenaming(false)}
        onRename={events.rename}
      />
      <ConfirmDialog
        open={deleting}
        title={`Delete test event ${event.name}?`}
        confirmLabel="Delete"
        onClose={() => setDeleting(false)}
        onConfirm={() => {
          events.remove(event.id)
          setDeleting(false)
        }}
      >
        The event is removed from this browser.
      </ConfirmDialog>
    </div>
  )
}
