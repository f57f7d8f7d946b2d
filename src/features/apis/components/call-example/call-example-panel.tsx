import { useState } from 'react'
import {
  type DescribeApiResponse,
  pathParameterNames,
  STAGE_LABELS,
  type StageName,
} from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Select } from '@/components/ui/field'
import { AppLink } from '@/components/ui/link'
import { Panel } from '@/components/ui/panel'
import { Spinner } from '@/components/ui/spinner'
import { toApiError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import { useAppCodeOf, useAuthorizedAppsOf } from '../../api/app-access'
import { useApiGroupOf } from '../../api/get-group'
import { formValuesOf } from '../../lib/api-form'
import { AUTH_TYPE_LABELS, appCodeAuthOf, deployedStages, stageOptionLabel } from '../../lib/labels'
import { fillPath } from '../../lib/path-params'
import { AppCredentials } from './app-credentials'
import { CurlLines } from './curl-lines'

/**
 * Call Example: how a client calls the published API — pick a stage and one of the apps authorized
 * for it there, and get the curl line with that app's real AppCode (`Authorization: APPCODE …`, seed
 * 002 Step 5), ready to copy. When no app is authorized it says how to authorize one; an API with
 * No Authentication needs no credentials at all.
 */
export function CallExamplePanel({
  api,
  onAuthorize,
}: {
  api: DescribeApiResponse
  /** opens the Authorize dialog for this stage */
  onAuthorize: (stage: StageName) => void
}) {
  const group = useApiGroupOf(api.GroupId)
  const stages = deployedStages(api.DeployedInfos.DeployedInfo)
  const [picked, setPicked] = useState<StageName | null>(null)
  const stage =
    picked && stages.includes(picked) ? picked : stages.includes('RELEASE') ? 'RELEASE' : stages[0]
  const appAuth = api.AuthType === 'APP'
  const appCode = appCodeAuthOf(api)
  const authorized = useAuthorizedAppsOf(api.GroupId, api.ApiId, stage ?? 'RELEASE', appAuth && !!stage)
  const apps = authorized.data?.AuthorizedApps.AuthorizedApp ?? []
  const [pickedApp, setPickedApp] = useState<number | null>(null)
  const app = apps.find((a) => a.AppId === pickedApp) ?? apps[0]
  const code = useAppCodeOf(appAuth ? app?.AppId : undefined)

  if (!stage) {
    return (
      <Panel title="Call Example">
        <p className="muted">Publish the API to a stage to call it: the example then shows how.</p>
      </Panel>
    )
  }
  const definition = formValuesOf(api)
  const defaults = Object.fromEntries(
    definition.parameters.filter((p) => p.location === 'PATH').map((p) => [p.name, p.defaultValue]),
  )
  const path = fillPath(definition.requestPath, defaults)
  const unfilled = pathParameterNames(path)
  const method = definition.method === 'ANY' ? 'GET' : definition.method
  const stageHeader: [string, string] = ['X-Ca-Stage', stage]

  return (
    <Panel title="Call Example">
      <div className="stack">
        <div className="form-grid">
          <Select
            label="Stage"
            value={stage}
            options={stages.map((s) => ({ value: s, label: stageOptionLabel(s) }))}
            hint="Sent as X-Ca-Stage."
            onChange={(event) => setPicked(event.target.value as StageName)}
          />
          {appAuth && apps.length > 0 && (
            <Select
              label="Authorized app"
              value={String(app?.AppId ?? '')}
              options={apps.map((a) => ({ value: String(a.AppId), label: `${a.AppName} (${a.AppId})` }))}
              hint={`Apps authorized for this API in ${STAGE_LABELS[stage]}.`}
              onChange={(event) => setPickedApp(Number(event.target.value))}
            />
          )}
        </div>
        {unfilled.length > 0 && (
          <p className="field__hint">
            Replace {unfilled.map((n) => `[${n}]`).join(', ')} in the path with a value: the API defines no
            default for {unfilled.length === 1 ? 'it' : 'them'}.
          </p>
        )}
        {!appAuth ? (
          <>
            <p className="muted">
              This API uses {AUTH_TYPE_LABELS[api.AuthType] ?? api.AuthType}: call it without app credentials.
            </p>
            {group.data && (
              <CurlLines
                subDomain={group.data.SubDomain}
                options={{ method, path, headers: [stageHeader] }}
                what={`for ${STAGE_LABELS[stage]}`}
              />
            )}
          </>
        ) : authorized.isError ? (
          <ErrorPanel title="The authorized apps could not be listed" error={toApiError(authorized.error)} />
        ) : authorized.isPending ? (
          <p className="muted row" aria-busy="true">
            <Spinner size={12} /> Loading the authorized apps…
          </p>
        ) : !app ? (
          <div className="callout stack stack--tight" role="note">
            <p>
              No app is authorized to call this API in {STAGE_LABELS[stage]}. Callers need an authorized app:
              its AppCode goes in the <code>Authorization: APPCODE …</code> header.
            </p>
            <div className="row">
              <Button variant="primary" onClick={() => onAuthorize(stage)}>
                Authorize App
              </Button>
              <AppLink href={paths.apps}>Create an app</AppLink>
            </div>
          </div>
        ) : code.isError ? (
          <ErrorPanel title="The app's AppCode could not be read" error={toApiError(code.error)} />
        ) : !code.data || !group.data ? (
          <p className="muted row" aria-busy="true">
            <Spinner size={12} /> Loading the app's AppCode…
          </p>
        ) : (
          <>
            <AppCredentials appId={app.AppId} appKey={code.data.AppKey} appCode={code.data.AppCode} />
            {!appCode.accepted && (
              <p className="callout" role="note">
                This API's AppCode Authentication is “{appCode.label}”: the gateway refuses this line
                {appCode.unless}. Edit the API to enable AppCode authentication and publish it again, or sign
                calls with the AppKey and AppSecret.
              </p>
            )}
            <CurlLines
              subDomain={group.data.SubDomain}
              options={{
                method,
                path,
                headers: [stageHeader, ['Authorization', `APPCODE ${code.data.AppCode}`]],
              }}
              what={`with AppCode for ${STAGE_LABELS[stage]}`}
            />
          </>
        )}
      </div>
    </Panel>
  )
}
