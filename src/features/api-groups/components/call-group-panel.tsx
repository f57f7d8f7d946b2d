import { useState } from 'react'
import { STAGE_LABELS, STAGE_NAMES, type StageName } from '@/cloud-api/cloudapi'
import { CommandLine } from '@/components/ui/command-line'
import { Select, TextField } from '@/components/ui/field'
import { KeyValueList } from '@/components/ui/key-value-list'
import { Panel } from '@/components/ui/panel'
import { cloudCurl, curlReach, DEFAULT_LOCAL_CLOUD_ORIGIN, localCloudCurl } from '@/lib/cloud/curl'
import { useEmulatorInfo } from '../api/emulator-info'

/**
 * How to call the group's APIs (seed 002 "Step 5: Verify the result" calls the subdomain with curl).
 * The local cloud serves every group on one port and picks the group by `Host`, as the cloud's DNS
 * does; `X-Ca-Stage` picks the stage (RELEASE when absent). The local-cloud line uses the address the
 * local cloud reports (LOCAL_CLOUD_PORT); in browser-only mode no curl reaches the tab's cloud: it says so.
 */
export function CallGroupPanel({ subDomain }: { subDomain: string }) {
  const [path, setPath] = useState('/')
  const [stage, setStage] = useState<StageName>('RELEASE')
  const headers = stage === 'RELEASE' ? [] : ([['X-Ca-Stage', stage]] as const)
  const options = { path: path.trim() || '/', headers }
  const reach = curlReach(useEmulatorInfo().data)
  return (
    <Panel title="Call APIs in this group">
      <div className="stack">
        <KeyValueList
          items={[{ label: 'Subdomain', value: subDomain, copy: subDomain, mono: true, wide: true }]}
        />
        <div className="form-grid">
          <TextField
            label="Request path"
            spellCheck={false}
            value={path}
            onChange={(event) => setPath(event.target.value)}
            hint="The path of a published API, with path parameters filled in."
          />
          <Select
            label="Stage"
            options={STAGE_NAMES.map((s) => ({ value: s, label: `${STAGE_LABELS[s]} (${s})` }))}
            value={stage}
            onChange={(event) => setStage(event.target.value as StageName)}
            hint="Sent as X-Ca-Stage; without it the gateway serves Production (RELEASE)."
          />
        </div>
        {reach?.kind === 'local-cloud' && (
          <div className="stack stack--tight">
            <h3 className="subheading">Local cloud</h3>
            <CommandLine
              label="curl for the local cloud"
              command={localCloudCurl(subDomain, options, reach.origin)}
            />
            <p className="field__hint">
              The local cloud behind this console listens on <code>{reach.origin}</code> and picks the group
              by its Host header.
            </p>
          </div>
        )}
        {reach?.kind === 'in-page' && <InPageNote />}
        <div className="stack stack--tight">
          <h3 className="subheading">Alibaba Cloud</h3>
          <CommandLine label="curl for Alibaba Cloud" command={cloudCurl(subDomain, options)} />
        </div>
      </div>
    </Panel>
  )
}

/** Browser-only mode: the cloud is in this tab; say how to call it instead of printing a curl that cannot work. */
function InPageNote() {
  return (
    <div className="stack stack--tight">
      <h3 className="subheading">This browser tab</h3>
      <p className="field__hint">
        The console runs its cloud inside this browser tab: curl cannot reach it, and its groups exist only
        here. Call an API from its Debug API tab. To call from a terminal, run the console with{' '}
        <code>npm start</code>: its local cloud listens on <code>{DEFAULT_LOCAL_CLOUD_ORIGIN}</code> (or{' '}
        <code>LOCAL_CLOUD_PORT</code>) and this panel then shows the curl line.
      </p>
    </div>
  )
}
