import { useNavigate, useParams } from 'react-router'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { ButtonLink } from '@/components/ui/link'
import { PageHeader } from '@/components/ui/page-header'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import { useApi } from '../api/get-api'
import { useModifyApi } from '../api/modify-api'
import { ApiForm } from '../components/api-form/api-form'
import { formValuesOf, toDefinitionInput } from '../lib/api-form'
import { deployedStages } from '../lib/labels'

/** /apis/:apiId/edit — Edit API (ModifyApi). Published stages change only when published again. */
export function Component() {
  const apiId = useParams().apiId ?? ''
  const navigate = useNavigate()
  const toast = useToast()
  const api = useApi(apiId)
  const modify = useModifyApi(apiId)
  const name = api.data?.ApiName ?? apiId
  const breadcrumbs = [
    { label: 'APIs', href: paths.apis() },
    { label: name, href: paths.apiDetail(apiId) },
    { label: 'Edit API' },
  ]
  return (
    <>
      <title>{`Edit ${name} · APIs · API Gateway`}</title>
      <PageHeader title={`Edit API ${api.data ? name : ''}`.trim()} breadcrumbs={breadcrumbs} />
      {api.isError ? (
        <ErrorPanel
          title="The API could not be loaded"
          error={toApiError(api.error)}
          action={
            <div className="row">
              <ButtonLink href={paths.apis()}>Back to APIs</ButtonLink>
              <Button onClick={() => api.refetch()}>Retry</Button>
            </div>
          }
        />
      ) : !api.data ? (
        <div className="panel panel--loading" aria-busy="true">
          <span className="skeleton" />
          <span className="skeleton" />
          <span className="sr-only">Loading the API…</span>
        </div>
      ) : (
        <div className="narrow">
          <ApiForm
            editing
            initial={formValuesOf(api.data)}
            submitLabel="Save"
            cancelHref={paths.apiDetail(apiId)}
            pending={modify.isPending}
            error={modify.error}
            onSubmit={(values) => {
              const published = deployedStages(api.data.DeployedInfos.DeployedInfo)
              modify.mutate(toDefinitionInput(values), {
                onSuccess: () => {
                  toast({
                    title: `API ${values.apiName} saved`,
                    description:
                      published.length > 0
                        ? 'Publish it again for the published stages to use the change.'
                        : undefined,
                  })
                  navigate(paths.apiDetail(apiId))
                },
              })
            }}
          />
        </div>
      )}
    </>
  )
}
