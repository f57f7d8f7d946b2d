import { CopyButton } from './copy-button'

/**
 * A one-line command (a `curl` call) in monospace with a copy button; `label` names what the copy
 * button copies ("Copy curl for the local cloud").
 */
export function CommandLine({ label, command }: { label: string; command: string }) {
  return (
    <div className="command-line">
      <code className="command-line__text">{command}</code>
      <CopyButton value={command} label={`Copy ${label}`} />
    </div>
  )
}
