import { Badge } from '@/components/ui/badge'
import { AppLink } from '@/components/ui/link'
import { Panel } from '@/components/ui/panel'
import { type CreatedResource, headNoun } from '../lib/created-resource'

/** What the Quick Start has created so far, each with a link to its page; `missing` ones marked deleted. */
export function CreatedResources({
  resources,
  published = false,
  missing = [],
}: {
  resources: readonly CreatedResource[]
  /** the API is published to Production (step 6), which its entry says */
  published?: boolean | undefined
  missing?: ReadonlyArray<CreatedResource['kind']>
}) {
  return (
    <Panel title="Created so far" className="wizard__created">
      {resources.length === 0 ? (
        <p className="muted">Nothing yet. Each step creates a real resource you can open from here.</p>
      ) : (
        <ul className="created-list" aria-label="Created resources">
          {resources.map((item) => (
            <li key={item.kind}>
              <span className="created-list__kind">
                {item.kind === 'api' && published ? 'API (published to Production)' : headNoun(item)}
              </span>
              <AppLink href={item.href} className="mono">
                {item.name}
              </AppLink>
              {missing.includes(item.kind) && <Badge tone="danger">Deleted</Badge>}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  )
}
