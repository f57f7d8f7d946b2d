import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { CLOUDAPI_LIMITS, STAGE_LABELS, type StageName } from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Select, Textarea, TextField } from '@/components/ui/field'
import { ButtonLink } from '@/components/ui/link'
import { Panel } from '@/components/ui/panel'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { isWebFunction } from '@/lib/cloud/web-function'
import { paths } from '@/lib/paths'
import { useBindFunction } from '../api/bind-function'
import { useFunctionOptions } from '../api/list-functions'
import { type BindFunctionFormValues, bindFunctionFormSchema } from '../lib/backend-form'

/**
 * The stage's backend definition for an event function (seed 000 Step 2: "In the Basic Information
 * section, click Create. Choose the event function you created in Step 1 and click Publish").
 */
export function BindFunctionForm({
  backendId,
  backendType = 'FC_EVENT_V3',
  stage,
  onDone,
  onCancel,
}: {
  backendId: string
  backendType?: string
  stage: StageName
  onDone: () => void
  onCancel: () => void
}) {
  const toast = useToast()
  const functions = useFunctionOptions()
  const web = backendType === 'FC_HTTP_V3'
  const bind = useBindFunction(backendId, backendType)
  const form = useForm<BindFunctionFormValues>({
    resolver: zodResolver(bindFunctionFormSchema),
    defaultValues: { functionName: '', qualifier: 'LATEST', description: '' },
    mode: 'onTouched',
  })
  const { errors } = form.formState
  // An event backend calls event functions; an HTTP backend, web functions (their HTTP trigger).
  const list = (functions.data?.functions ?? []).filter((f) => isWebFunction(f) === web)
  const kindName = web ? 'web function' : 'event function'

  const submit = (values: BindFunctionFormValues) => {
    const fn = list.find((f) => f.functionName === values.functionName)
    if (!fn) return
    bind.mutate(
      {
        stage,
        target: { functionName: fn.functionName, functionArn: fn.functionArn, qualifier: values.qualifier },
        description: values.description,
      },
      {
        onSuccess: () => {
          toast({
            title: `Published to ${STAGE_LABELS[stage]}`,
            description: `APIs on this backend service call ${fn.functionName} in ${STAGE_LABELS[stage]}.`,
          })
          onDone()
        },
      },
    )
  }

  return (
    <Panel title="Basic Information">
      <form
        className="stack"
        noValidate
        aria-label={`Backend definition for ${STAGE_LABELS[stage]}`}
        onSubmit={form.handleSubmit(submit)}
      >
        <div className="form-grid">
          <TextField label="Function Compute Version" value="Function Compute 3.0" readOnly />
          <TextField label="Function Type" value={web ? 'Web Function' : 'Event Function'} readOnly />
          {functions.isError ? (
            <div className="form-grid__wide">
              <ErrorPanel
                title="The functions could not be listed"
                error={toApiError(functions.error)}
                action={<Button onClick={() => functions.refetch()}>Retry</Button>}
              />
            </div>
          ) : (
            <Select
              label="Function Name"
              required
              options={[
                { value: '', label: functions.isPending ? 'Loading functions…' : `Choose a ${kindName}` },
                ...list.map((f) => ({ value: f.functionName, label: f.functionName })),
              ]}
              error={errors.functionName?.message}
              hint={
                functions.isSuccess && list.length === 0
                  ? `There are no ${kindName}s yet: create one first.`
                  : web
                    ? 'API Gateway forwards requests to its HTTP trigger’s internal endpoint.'
                    : 'The event function API Gateway calls for this stage.'
              }
              {...form.register('functionName')}
            />
          )}
          <TextField
            label="Version or Alias"
            required
            spellCheck={false}
            hint="LATEST runs the latest code."
            error={errors.qualifier?.message}
            {...form.register('qualifier')}
          />
          <Textarea
            label="Description"
            className="form-grid__wide"
            maxLength={CLOUDAPI_LIMITS.descriptionMax}
            error={errors.description?.message}
            {...form.register('description')}
          />
        </div>
        {functions.isSuccess && list.length === 0 && (
          <div>
            <ButtonLink size="sm" href={paths.createFunction}>
              Create Function
            </ButtonLink>
          </div>
        )}
        {bind.error && <ErrorPanel title="The backend was not published" error={toApiError(bind.error)} />}
        <div className="form-actions">
          <Button onClick={onCancel} disabled={bind.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={bind.isPending}>
            Publish
          </Button>
        </div>
      </form>
    </Panel>
  )
}
