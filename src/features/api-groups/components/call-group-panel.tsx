import { useState } from 'react'
import { STAGE_LABELS, STAGE_NAMES, type StageName } from '@/cloud-api/cloudapi'
import { CommandLine } from '@/components/ui/command-line'
import { Select, TextField } from '@/components/ui/field'
import { KeyValueList } from '@/components/ui/key-value-list'
import { Panel } from '@/components/ui/panel'
import { cloudCurl, localCloudCurl } from '@/lib/cloud/curl'

/**
 * How to call the group's APIs (seed 002 "Step 5: Verify the result" calls the subdomain with curl).
 * The local cloud serves every group on one port and picks the group by `Host`, as the cloud's DNS
 * does; `X-Ca-Stage` picks the stage (RELEASE when absent).
 */
export function CallGroupPanel({ subDomain }: { subDomain: string }) {
  const [path, setPath] = useState('/')
  const [stage, setStage] = useState<StageName>('RELEASE')
  const headers = stage === 'RELEASE' ? [] : ([['X-Ca-Stage', stage]] as const)
  const options = { path: path.trim() || '/', headers }
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
        <div className="stack stack--tight">
          <h3 className="subheading">Local cloud</h3>
          <CommandLine label="curl for the local cloud" command={localCloudCurl(subDomain, options)} />
          <p className="field__hint">
            The local cloud (<code>npm start</code> or <code>npm run cloud</code>) listens on port 9000 and
            picks the group by its Host header. In browser-only mode the cloud runs inside this tab: use the
            Debug API tab of an API instead.
          </p>
        </div>
        <div className="stack stack--tight">
          <h3 className="subheading">Alibaba Cloud</h3>
          <CommandLine label="curl for Alibaba Cloud" command={cloudCurl(subDomain, options)} />
        </div>
      </div>
    </Panel>
  )
}
