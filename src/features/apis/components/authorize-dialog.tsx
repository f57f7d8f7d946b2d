import { type FormEvent, useState } from 'react'
import { type ApiSummary, STAGE_LABELS, STAGE_NAMES, type StageName } from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Select, TextField } from '@/components/ui/field'
import { AppLink } from '@/components/ui/link'
import { Spinner } from '@/components/ui/spinner'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { authValidTimeOf } from '@/lib/cloud/apps'
import { paths } from '@/lib/paths'
import { useAppOptions, useAuthorizeApps } from '../api/app-access'
import { deployedStages } from '../lib/labels'

/**
 * Authorize (from the API): the stage, the apps, and the expiry (SetApisAuthorities per app; seed 002
 * Step 4). Only meaningful for APIs with Alibaba Cloud App authentication; the dialog says so otherwise.
 */
export type AuthorizableApi = Pick<ApiSummary, 'ApiId' | 'ApiName' | 'GroupId' | 'DeployedInfos'> & {
  /** known on the API page; the list does not carry it */
  AuthType?: string
}

export function AuthorizeDialog({
  api,
  initialStage,
  onClose,
}: {
  api: AuthorizableApi
  /** the stage to authorize for (the Call Example's); else the first the API is published to */
  initialStage?: StageName
  onClose: () => void
}) {
  const toast = useToast()
  const apps = useAppOptions()
  const authorize = useAuthorizeApps(api.ApiId)
  const published = deployedStages(api.DeployedInfos.DeployedInfo)
  const [stage, setStage] = useState<StageName>(initialStage ?? published[0] ?? 'RELEASE')
  const [chosen, setChosen] = useState<number[]>([])
  const [neverExpires, setNeverExpires] = useState(true)
  const [expiresAt, setExpiresAt] = useState('')
  const [touched, setTouched] = useState(false)
  const list = apps.data?.Apps.AppItem ?? []
  const appsError = touched && chosen.length === 0 ? 'Choose at least one app.' : undefined
  const expiryMs = Date.parse(`${expiresAt}Z`)
  const expiryError =
    touched && !neverExpires && (!expiresAt || Number.isNaN(expiryMs) || expiryMs <= Date.now())
      ? 'Choose a time in the future, or keep “Never expires”.'
      : undefined

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setTouched(true)
    if (chosen.length === 0) return
    if (!neverExpires && (!expiresAt || Number.isNaN(expiryMs) || expiryMs <= Date.now())) return
    authorize.mutate(
      {
        appIds: chosen,
        GroupId: api.GroupId,
        StageName: stage,
        ApiIds: api.ApiId,
        AuthValidTime: neverExpires ? undefined : authValidTimeOf(expiresAt),
      },
      {
        onSuccess: () => {
          toast({
            title: `${chosen.length} app(s) authorized`,
            description: `${api.ApiName} in ${STAGE_LABELS[stage]}`,
          })
          onClose()
        },
      },
    )
  }

  return (
    <Dialog
      open
      onClose={authorize.isPending ? () => {} : onClose}
      title={`Authorize apps for ${api.ApiName}`}
    >
      <form className="stack" noValidate aria-label="Authorize apps" onSubmit={submit}>
        {api.AuthType !== undefined && api.AuthType !== 'APP' && (
          <p className="callout">
            This API uses {api.AuthType === 'ANONYMOUS' ? 'No Authentication' : api.AuthType}: anyone may call
            it, and an authorization changes nothing until its security authentication is Alibaba Cloud App.
          </p>
        )}
        <Select
          label="Stage"
          value={stage}
          options={STAGE_NAMES.map((s) => ({
            value: s,
            label: `${STAGE_LABELS[s]} (${s})${published.includes(s) ? '' : ' — not published'}`,
          }))}
          onChange={(event) => setStage(event.target.value as StageName)}
        />
        <fieldset className="stack checkbox-list">
          <legend className="field__label">Apps</legend>
          {apps.isPending ? (
            <p className="muted row">
              <Spinner size={12} /> Loading apps…
            </p>
          ) : apps.isError ? (
            <ErrorPanel title="The apps could not be listed" error={toApiError(apps.error)} />
          ) : list.length === 0 ? (
            <p className="muted">
              No apps yet. <AppLink href={paths.apps}>Create an app</AppLink> first.
            </p>
          ) : (
            list.map((app) => (
              <label key={app.AppId} className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.includes(app.AppId)}
                  onChange={(event) =>
                    setChosen(
                      event.target.checked ? [...chosen, app.AppId] : chosen.filter((id) => id !== app.AppId),
                    )
                  }
                />
                <span>
                  {app.AppName} <span className="mono muted">{app.AppId}</span>
                </span>
              </label>
            ))
          )}
          {appsError && <p className="field__error">{appsError}</p>}
        </fieldset>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={neverExpires}
            onChange={(event) => setNeverExpires(event.target.checked)}
          />
          <span>Never expires</span>
        </label>
        {!neverExpires && (
          <TextField
            label="Expires at (UTC)"
            type="datetime-local"
            value={expiresAt}
            error={expiryError}
            onChange={(event) => setExpiresAt(event.target.value)}
          />
        )}
        {authorize.error ? (
          <ErrorPanel title="The apps were not authorized" error={toApiError(authorize.error)} />
        ) : null}
        <div className="dialog__actions">
          <Button onClick={onClose} disabled={authorize.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={authorize.isPending}>
            Confirm
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
