import { useEffect } from 'react'
import type { DescribeApiResponse, StageName } from '@/cloud-api/cloudapi'
import { Select } from '@/components/ui/field'
import { AppLink } from '@/components/ui/link'
import { paths } from '@/lib/paths'
import { useAppOptions, useAuthorizedAppsOf } from '../../api/app-access'
import type { CallAs } from '../../api/debug-api'
import { appCodeAuthOf } from '../../lib/labels'

const MODES = [
  { value: 'anonymous', label: 'Anonymous (no credentials)' },
  { value: 'signature', label: 'Signature (AppKey + AppSecret)' },
  { value: 'appcode', label: 'AppCode (Authorization: APPCODE)' },
] as const

/**
 * "Call as app": anonymous, an app's signature (signed by the proxy, decision 010), or its AppCode.
 * Apps authorized for the API in the chosen stage are marked; others can be chosen too, to see the
 * gateway refuse them.
 */
export function CallAsFields({
  api,
  stage,
  value,
  onChange,
}: {
  api: DescribeApiResponse
  stage: StageName
  value: CallAs
  onChange: (value: CallAs) => void
}) {
  const apps = useAppOptions()
  const authorized = useAuthorizedAppsOf(api.GroupId, api.ApiId, stage)
  const authorizedIds = new Set(authorized.data?.AuthorizedApps.AuthorizedApp.map((a) => a.AppId) ?? [])
  const list = apps.data?.Apps.AppItem ?? []
  const appId = value.mode === 'anonymous' ? undefined : value.appId
  const firstApp = list.find((a) => authorizedIds.has(a.AppId)) ?? list[0]

  // Chosen before the apps were listed: take the first (authorized) one as soon as they are, rather than
  // leave no app chosen (Send would have nothing to sign or read the AppCode of).
  useEffect(() => {
    if (value.mode !== 'anonymous' && !value.appId && firstApp) onChange({ ...value, appId: firstApp.AppId })
  }, [value, firstApp, onChange])

  // DISABLE, and DEFAULT off Cloud Marketplace, refuse AppCodes (doc 115437): say so before the call.
  const appCode = appCodeAuthOf(api)
  const refusesAppCode = api.AuthType === 'APP' && value.mode === 'appcode' && !appCode.accepted

  const setMode = (mode: CallAs['mode']) => {
    if (mode === 'anonymous') onChange({ mode })
    else if (!firstApp && !appId) onChange({ mode, appId: 0, tamper: false } as CallAs)
    else onChange({ mode, appId: appId ?? firstApp!.AppId, tamper: false } as CallAs)
  }
  return (
    <fieldset className="form-grid__wide stack call-as">
      <legend className="field__label">Call as</legend>
      <div className="form-grid">
        <Select
          label="Authentication"
          value={value.mode}
          options={MODES}
          hint={
            refusesAppCode
              ? `This API's AppCode Authentication is “${appCode.label}”: the gateway refuses AppCodes${appCode.unless}. Sign the call, or edit the API and publish it again.`
              : api.AuthType === 'APP'
                ? 'This API uses Alibaba Cloud App authentication: call it as an authorized app.'
                : 'This API needs no authentication; app credentials are ignored.'
          }
          onChange={(event) => setMode(event.target.value as CallAs['mode'])}
        />
        {value.mode !== 'anonymous' && (
          <Select
            label="App"
            value={String(value.appId || '')}
            options={
              list.length === 0
                ? [{ value: '', label: apps.isPending ? 'Loading apps…' : 'No apps yet' }]
                : list.map((a) => ({
                    value: String(a.AppId),
                    label: `${a.AppName}${authorizedIds.has(a.AppId) ? ' — authorized' : ' — not authorized'}`,
                  }))
            }
            hint={
              list.length === 0 && !apps.isPending ? (
                <>
                  <AppLink href={paths.apps}>Create an app</AppLink> and authorize it for this API.
                </>
              ) : value.mode === 'signature' ? (
                'The console asks the server to sign: the AppSecret never reaches this page.'
              ) : (
                'The AppCode is read when you send, and shown in the request.'
              )
            }
            onChange={(event) => onChange({ ...value, appId: Number(event.target.value) })}
          />
        )}
      </div>
      {value.mode === 'signature' && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={value.tamper}
            onChange={(event) => onChange({ ...value, tamper: event.target.checked })}
          />
          <span>Alter X-Ca-Nonce after signing (to see how the gateway reports a signature mismatch)</span>
        </label>
      )}
    </fieldset>
  )
}
