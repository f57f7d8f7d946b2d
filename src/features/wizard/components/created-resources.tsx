import { Badge } from '@/components/ui/badge'
import { AppLink } from '@/components/ui/link'
import { Panel } from '@/components/ui/panel'
import { paths } from '@/lib/paths'
import type { CreatedResource, WizardProgress } from '../lib/wizard-progress'

/** What the Quick Start has created so far, each with a link to its page; `missing` ones marked deleted. */
export function CreatedResources({
  progress,
  missing = [],
}: {
  progress: WizardProgress
  missing?: ReadonlyArray<CreatedResource['kind']>
}) {
  const items = [
    progress.functionName && {
      resource: 'function',
      kind: 'Function',
      name: progress.functionName,
      href: paths.functionDetail(progress.functionName),
    },
    progress.backendId && {
      resource: 'backend',
      kind: 'Backend service',
      name: progress.backendName ?? progress.backendId,
      href: paths.backendDetail(progress.backendId, progress.backendModelId ? 'RELEASE' : undefined),
    },
    progress.groupId && {
      resource: 'group',
      kind: 'API group',
      name: progress.groupName ?? progress.groupId,
      href: paths.apiGroupDetail(progress.groupId),
    },
    progress.apiId && {
      resource: 'api',
      kind: progress.published ? 'API (published to Production)' : 'API',
      name: progress.apiName ?? progress.apiId,
      href: paths.apiDetail(progress.apiId),
    },
  ].filter((item): item is { resource: CreatedResource['kind']; kind: string; name: string; href: string } =>
    Boolean(item),
  )
  return (
    <Panel title="Created so far" className="wizard__created">
      {items.length === 0 ? (
        <p className="muted">Nothing yet. Each step creates a real resource you can open from here.</p>
      ) : (
        <ul className="created-list" aria-label="Created resources">
          {items.map((item) => (
            <li key={item.kind}>
              <span className="created-list__kind">{item.kind}</span>
              <AppLink href={item.href} className="mono">
                {item.name}
              </AppLink>
              {missing.includes(item.resource) && <Badge tone="danger">Deleted</Badge>}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  )
}
