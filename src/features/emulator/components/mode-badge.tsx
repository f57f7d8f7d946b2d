import { Badge } from '@/components/ui/badge'
import { useConsoleMode } from '../api/get-emulator-health'

const MODE_LABEL = {
  browser: {
    label: 'Browser emulator',
    title: 'The cloud is emulated in this browser tab; data is kept in IndexedDB.',
  },
  node: {
    label: 'Local cloud',
    title: 'The cloud is emulated by the local server (npm run cloud / npm start).',
  },
  cloud: { label: 'Alibaba Cloud', title: 'Calls go to the real Alibaba Cloud through the signing proxy.' },
} as const

/** Top-bar facts: which cloud answers, and in which region. */
export function ModeBadge() {
  const mode = useConsoleMode()
  if (mode.isPending) return <Badge>Checking mode…</Badge>
  if (mode.isError)
    return (
      <Badge tone="danger" title={mode.error.message}>
        API unreachable
      </Badge>
    )
  const info = MODE_LABEL[mode.data.kind]
  return (
    <div className="row">
      {mode.data.region && (
        <span className="topbar__region">
          <span className="muted">Region</span> <span className="mono">{mode.data.region}</span>
        </span>
      )}
      <Badge tone={mode.data.kind === 'cloud' ? 'accent' : 'info'} title={info.title}>
        <span className="sr-only">Mode: </span>
        {info.label}
      </Badge>
    </div>
  )
}
