import { type FormEvent, useState } from 'react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Select, TextField } from '@/components/ui/field'
import { TEST_EVENT_TEMPLATES, type TemplateId, templateContent } from '../lib/test-event-templates'
import { checkEventName, type TestEvent } from '../lib/test-events'

/** "Create New Test Event" (seed 000 "Step 4"): a name and a template to start from. */
export function CreateTestEventDialog({
  open,
  events,
  onClose,
  onCreate,
}: {
  open: boolean
  events: readonly TestEvent[]
  onClose: () => void
  onCreate: (name: string, content: string) => void
}) {
  const [name, setName] = useState('')
  const [template, setTemplate] = useState<TemplateId>('api-gateway')
  const [error, setError] = useState<string | null>(null)
  const close = () => {
    setName('')
    setError(null)
    onClose()
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problem = checkEventName(name, events)
    if (problem) {
      setError(problem)
      return
    }
    onCreate(name, templateContent(template))
    close()
  }
  return (
    <Dialog open={open} onClose={close} title="Create Test Event">
      <form id="create-test-event" className="stack" onSubmit={submit} noValidate>
        <TextField
          label="Event Name"
          required
          autoComplete="off"
          value={name}
          error={error ?? undefined}
          onChange={(e) => {
            setName(e.target.value)
            setError(null)
          }}
        />
        <Select
          label="Event Template"
          options={TEST_EVENT_TEMPLATES.map((t) => ({ value: t.id, label: t.label }))}
          value={template}
          onChange={(e) => setTemplate(e.target.value as TemplateId)}
        />
        <div className="dialog__actions">
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" variant="primary">
            Create
          </Button>
        </div>
      </form>
    </Dialog>
  )
}

export function RenameTestEventDialog({
  event,
  events,
  onClose,
  onRename,
}: {
  /** The event to rename; null keeps the dialog closed. */
  event: TestEvent | null
  events: readonly TestEvent[]
  onClose: () => void
  onRename: (id: string, name: string) => void
}) {
  return (
    <Dialog open={event !== null} onClose={onClose} title="Rename Test Event">
      {event && (
        <RenameForm key={event.id} event={event} events={events} onClose={onClose} onRename={onRename} />
      )}
    </Dialog>
  )
}

function RenameForm({
  event,
  events,
  onClose,
  onRename,
}: {
  event: TestEvent
  events: readonly TestEvent[]
  onClose: () => void
  onRename: (id: string, name: string) => void
}) {
  const [name, setName] = useState(event.name)
  const [error, setError] = useState<string | null>(null)
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        const problem = checkEventName(name, events, event.id)
        if (problem) return setError(problem)
        onRename(event.id, name)
        onClose()
      }}
    >
      <TextField
        label="Event Name"
        required
        autoComplete="off"
        value={name}
        error={error ?? undefined}
        onChange={(e) => {
          setName(e.target.value)
          setError(null)
        }}
      />
      <div className="dialog__actions">
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary">
          Rename
        </Button>
      </div>
    </form>
  )
}
