import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { STAGE_LABELS, STAGE_NAMES } from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Select, TextField } from '@/components/ui/field'
import { Spinner } from '@/components/ui/spinner'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { authValidTimeOf } from '@/lib/cloud/apps'
import { useAuthorize, useGroupApis, useGroupsForAuthorize } from '../api/authorizations'
import { type AuthorizeFormValues, authorizeFormSchema } from '../lib/app-form'

/**
 * Authorize (from the app page): choose a group, then its APIs, the stage and the expiry
 * (SetApisAuthorities; seed 002 Step 4 "Authorize … select the stage … the API").
 */
export function AuthorizeApisDialog({
  appId,
  appName,
  onClose,
}: {
  appId: number
  appName: string
  onClose: () => void
}) {
  const toast = useToast()
  const authorize = useAuthorize(appId)
  const groups = useGroupsForAuthorize()
  const form = useForm<AuthorizeFormValues>({
    resolver: zodResolver(authorizeFormSchema),
    defaultValues: { groupId: '', apiIds: [], stage: 'RELEASE', neverExpires: true, expiresAt: '' },
    mode: 'onTouched',
  })
  const { errors } = form.formState
  const groupId = form.watch('groupId')
  const neverExpires = form.watch('neverExpires')
  const apis = useGroupApis(groupId)
  const groupOptions = [
    { value: '', label: groups.isPending ? 'Loading groups…' : 'Choose a group' },
    ...(groups.data?.ApiGroupAttributes.ApiGroupAttribute ?? []).map((g) => ({
      value: g.GroupId,
      label: g.GroupName,
    })),
  ]
  const apiList = apis.data?.ApiSummarys.ApiSummary ?? []

  const submit = (values: AuthorizeFormValues) =>
    authorize.mutate(
      {
        AppId: appId,
        GroupId: values.groupId,
        StageName: values.stage,
        ApiIds: values.apiIds.join(','),
        AuthValidTime: values.neverExpires ? undefined : authValidTimeOf(values.expiresAt),
      },
      {
        onSuccess: () => {
          toast({
            title: `${appName} authorized`,
            description: `${values.apiIds.length} API(s) in ${STAGE_LABELS[values.stage]}`,
          })
          onClose()
        },
      },
    )

  return (
    <Dialog open onClose={authorize.isPending ? () => {} : onClose} title={`Authorize ${appName}`} size="lg">
      <form className="stack" noValidate aria-label="Authorize" onSubmit={form.handleSubmit(submit)}>
        {groups.isError && (
          <ErrorPanel title="The groups could not be listed" error={toApiError(groups.error)} />
        )}
        <Select
          label="API Group"
          required
          options={groupOptions}
          error={errors.groupId?.message}
          {...form.register('groupId', { onChange: () => form.setValue('apiIds', []) })}
        />
        <fieldset
          className="stack checkbox-list"
          aria-describedby={errors.apiIds ? 'authorize-apis-error' : undefined}
        >
          <legend className="field__label">APIs</legend>
          {!groupId ? (
            <p className="muted">Choose a group to list its APIs.</p>
          ) : apis.isPending ? (
            <p className="muted row">
              <Spinner size={12} /> Loading the group's APIs…
            </p>
          ) : apis.isError ? (
            <ErrorPanel title="The APIs could not be listed" error={toApiError(apis.error)} />
          ) : apiList.length === 0 ? (
            <p className="muted">This group has no APIs.</p>
          ) : (
            apiList.map((api) => (
              <label key={api.ApiId} className="checkbox">
                <input type="checkbox" value={api.ApiId} {...form.register('apiIds')} />
                <span>
                  {api.ApiName}{' '}
                  <span className="mono muted">
                    {api.ApiMethod} {api.ApiPath}
                  </span>
                </span>
              </label>
            ))
          )}
          {errors.apiIds && (
            <p id="authorize-apis-error" className="field__error">
              {errors.apiIds.message}
            </p>
          )}
        </fieldset>
        <Select
          label="Stage"
          options={STAGE_NAMES.map((s) => ({ value: s, label: `${STAGE_LABELS[s]} (${s})` }))}
          hint="The authorization applies to this stage only."
          {...form.register('stage')}
        />
        <label className="checkbox">
          <input type="checkbox" {...form.register('neverExpires')} />
          <span>Never expires</span>
        </label>
        {!neverExpires && (
          <TextField
            label="Expires at (UTC)"
            type="datetime-local"
            error={errors.expiresAt?.message}
            hint="After this time the gateway answers “Expiry of Authorization”."
            {...form.register('expiresAt')}
          />
        )}
        {authorize.error ? (
          <ErrorPanel title="The app was not authorized" error={toApiError(authorize.error)} />
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
