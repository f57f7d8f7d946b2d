import { Button } from '@/components/ui/button'
import { CloseIcon, RefreshIcon } from '@/components/ui/icons'
import type { CreatedResource } from '../lib/created-resource'

const list = (resources: ReadonlyArray<Pick<CreatedResource, 'label'>>) =>
  resources.map((r) => r.label).join(', ')

/**
 * Some of what the Quick Start created is gone from the cloud (deleted from its page): say which, and
 * offer to redo the steps from the first one that made something missing, or to start over.
 */
export function MissingResourcesNotice({
  missing,
  stepTitle,
  onRedo,
  onStartOver,
}: {
  missing: readonly CreatedResource[]
  /** the short name of a step, for "Redo from Step 2: <name>" */
  stepTitle: (step: number) => string
  onRedo: (step: number) => void
  onStartOver: () => void
}) {
  const step = Math.min(...missing.map((r) => r.step))
  return (
    <div className="wizard-notice stack stack--tight" role="alert">
      <p>
        <strong>Some resources of this Quick Start no longer exist:</strong> {list(missing)}. The steps that
        use {missing.length === 1 ? 'it' : 'them'} would fail until{' '}
        {missing.length === 1 ? 'it is' : 'they are'} created again.
      </p>
      <div className="row">
        <Button variant="primary" onClick={() => onRedo(step)}>
          Redo from Step {step + 1}: {stepTitle(step)}
        </Button>
        <Button icon={<RefreshIcon />} onClick={onStartOver}>
          Start Over
        </Button>
      </div>
    </div>
  )
}

/** Everything the Quick Start had created was gone, so it started over by itself: say so until dismissed. */
export function RestartedNotice({ gone, onDismiss }: { gone: readonly string[]; onDismiss: () => void }) {
  return (
    <div className="wizard-notice row" role="status">
      <p className="spacer">
        <strong>The Quick Start started over:</strong> what it had created ({gone.join(', ')}) no longer
        exists — the demo data was reset, or the resources were deleted.
      </p>
      <Button size="sm" variant="ghost" icon={<CloseIcon />} aria-label="Dismiss" onClick={onDismiss} />
    </div>
  )
}
