import type { ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { CheckIcon } from '@/components/ui/icons'
import { AppLink } from '@/components/ui/link'
import { Panel } from '@/components/ui/panel'
import { toApiError } from '@/lib/api-error'

export interface Created {
  /** "Function", "Backend service" … */
  kind: string
  name: string
  href: string
}

/**
 * One step of the Quick Start: what the guide says to do, the form, and — once done — what was
 * created (with a link to its page) and Next.
 */
export function StepFrame({
  index,
  title,
  intro,
  created,
  error,
  onNext,
  children,
}: {
  index: number
  title: string
  intro: ReactNode
  created: Created | null
  error: unknown
  onNext?: (() => void) | undefined
  children: ReactNode
}) {
  return (
    <Panel title={`Step ${index + 1}: ${title}`}>
      <div className="stack">
        <p className="wizard__intro">{intro}</p>
        {created ? <CreatedNotice created={created} /> : children}
        {Boolean(error) && !created && <StepError error={error} />}
        {created && onNext && (
          <div className="form-actions">
            <Button variant="primary" onClick={onNext}>
              Next
            </Button>
          </div>
        )}
      </div>
    </Panel>
  )
}

/** "Backend service <link> created.": what a finished step made, linked to its page. */
export function CreatedNotice({ created }: { created: Created }) {
  return (
    <div className="wizard__done" role="status">
      <CheckIcon />
      <span>
        {created.kind} <AppLink href={created.href}>{created.name}</AppLink> created.
      </span>
    </div>
  )
}

/** A step's failure; a resource of an earlier step that is gone (Reset demo data) gets a way out. */
function StepError({ error }: { error: unknown }) {
  const shown = toApiError(error)
  const gone = /NotFound/.test(shown.code)
  return (
    <ErrorPanel
      title={gone ? 'Something an earlier step created is gone' : 'This step failed'}
      error={shown}
      action={
        gone ? (
          <p>It may have been deleted, or the demo data reset. Use Start Over to create everything again.</p>
        ) : undefined
      }
    />
  )
}
