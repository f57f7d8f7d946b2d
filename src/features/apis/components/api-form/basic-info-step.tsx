import { useEffect } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import { CLOUDAPI_LIMITS } from '@/cloud-api/cloudapi'
import { Select, Textarea, TextField } from '@/components/ui/field'
import { ButtonLink } from '@/components/ui/link'
import { paths } from '@/lib/paths'
import { useGroupOptions } from '../../api/list-options'
import type { ApiFormValues } from '../../lib/api-form'
import { APP_CODE_AUTH_TYPE_LABELS } from '../../lib/labels'

/** Step 1 — Basic Information: group, API name, security authentication, type, description. */
export function BasicInfoStep({ editing }: { editing: boolean }) {
  const { register, formState, getValues, setValue, control } = useFormContext<ApiFormValues>()
  const { errors } = formState
  const groups = useGroupOptions()
  const authType = useWatch({ control, name: 'authType' })
  const options = groups.data ?? []
  // The preselected group (?groupId=) has no <option> until the list arrives: apply it again then,
  // so the select shows what the form holds.
  useEffect(() => {
    if (groups.isSuccess) setValue('groupId', getValues('groupId'))
  }, [groups.isSuccess, getValues, setValue])
  return (
    <div className="form-grid">
      {editing ? (
        <TextField
          label="Group"
          readOnly
          value={options.find((g) => g.GroupId === getValues('groupId'))?.GroupName ?? getValues('groupId')}
          hint="An API stays in its group."
        />
      ) : (
        <Select
          label="Group"
          required
          options={[
            { value: '', label: groups.isPending ? 'Loading groups…' : 'Choose an API group' },
            ...options.map((g) => ({ value: g.GroupId, label: g.GroupName })),
          ]}
          error={errors.groupId?.message}
          hint={
            groups.isSuccess && options.length === 0
              ? 'There are no API groups yet: create one first.'
              : 'The group gives the API its subdomain.'
          }
          {...register('groupId')}
        />
      )}
      <TextField
        label="API Name"
        required
        autoComplete="off"
        spellCheck={false}
        hint="4 to 50 characters: letters, digits and underscores (_), starting with a letter."
        error={errors.apiName?.message}
        {...register('apiName')}
      />
      {groups.isSuccess && options.length === 0 && !editing && (
        <div className="form-grid__wide">
          <ButtonLink size="sm" href={paths.apiGroups}>
            Go to API Groups
          </ButtonLink>
        </div>
      )}
      <fieldset className="type-choice form-grid__wide">
        <legend className="field__label">Security Authentication</legend>
        <label className="type-choice__option">
          <input type="radio" value="ANONYMOUS" {...register('authType')} />
          <span>
            <span className="type-choice__title">No Authentication</span>
            <span className="type-choice__text">Anyone who knows the URL can call the API.</span>
          </span>
        </label>
        <label className="type-choice__option">
          <input type="radio" value="APP" {...register('authType')} />
          <span>
            <span className="type-choice__title">Alibaba Cloud App</span>
            <span className="type-choice__text">
              Only apps you authorize may call: signed with their AppKey and AppSecret, or with their AppCode.
            </span>
          </span>
        </label>
      </fieldset>
      {authType === 'APP' && (
        <Select
          label="AppCode Authentication"
          options={Object.entries(APP_CODE_AUTH_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
          hint="Where a caller may send an app's AppCode instead of a signature: the header Authorization: APPCODE <AppCode>, or also the AppCode query parameter. An AppCode travels in plain text."
          {...register('appCodeAuthType')}
        />
      )}
      <Select
        label="API Type"
        options={[
          { value: 'PUBLIC', label: 'Public' },
          { value: 'PRIVATE', label: 'Private' },
        ]}
        hint="Public APIs can be listed for others; private ones only by you."
        {...register('visibility')}
      />
      <Textarea
        label="Description"
        className="form-grid__wide"
        maxLength={CLOUDAPI_LIMITS.descriptionMax}
        error={errors.description?.message}
        {...register('description')}
      />
    </div>
  )
}
