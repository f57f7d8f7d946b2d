import { type DescribeApiResponse, STAGE_LABELS } from '@/cloud-api/cloudapi'
import { CommandLine } from '@/components/ui/command-line'
import { AppLink } from '@/components/ui/link'
import { Panel } from '@/components/ui/panel'
import { cloudCurl, localCloudCurl } from '@/lib/cloud/curl'
import { paths } from '@/lib/paths'
import { useApiGroupOf } from '../api/get-group'
import { formValuesOf } from '../lib/api-form'
import { deployedStages } from '../lib/labels'
import { fillPath } from '../lib/path-params'

/**
 * "Call with AppCode": a ready curl line per published stage with `Authorization: APPCODE <AppCode>`
 * (seed 002 Step 5). The AppCode itself stays on the app's page: paste it in place of the placeholder.
 */
export function AppCodeCurlPanel({ api }: { api: DescribeApiResponse }) {
  const group = useApiGroupOf(api.GroupId)
  const stages = deployedStages(api.DeployedInfos.DeployedInfo)
  if (stages.length === 0 || !group.data) return null
  const definition = formValuesOf(api)
  const defaults = Object.fromEntries(
    definition.parameters.filter((p) => p.location === 'PATH').map((p) => [p.name, p.defaultValue]),
  )
  const path = fillPath(definition.requestPath, defaults)
  const method = definition.method === 'ANY' ? 'GET' : definition.method
  return (
    <Panel title="Call with AppCode">
      <div className="stack">
        <p className="muted">
          Replace <code>&lt;AppCode&gt;</code> with the AppCode of an app authorized for the stage (
          <AppLink href={paths.apps}>Apps</AppLink> → the app → Credentials).
          {api.AuthType !== 'APP' && ' This API needs no authentication: the header is ignored.'}
        </p>
        {stages.map((stage) => {
          const headers: Array<[string, string]> = [
            ['X-Ca-Stage', stage],
            ['Authorization', 'APPCODE <AppCode>'],
          ]
          return (
            <div key={stage} className="stack stack--tight">
              <span className="field__label">{STAGE_LABELS[stage]}</span>
              <CommandLine
                label={`curl with AppCode for ${STAGE_LABELS[stage]} (local cloud)`}
                command={localCloudCurl(group.data.SubDomain, { method, path, headers })}
              />
              <CommandLine
                label={`curl with AppCode for ${STAGE_LABELS[stage]} (Alibaba Cloud)`}
                command={cloudCurl(group.data.SubDomain, { method, path, headers })}
              />
            </div>
          )
        })}
      </div>
    </Panel>
  )
}
