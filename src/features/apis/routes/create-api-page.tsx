import { useNavigate, useSearchParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { useToast } from '@/components/ui/toast'
import { paths } from '@/lib/paths'
import { useCreateApi } from '../api/create-api'
import { ApiForm } from '../components/api-form/api-form'
import { API_FORM_DEFAULTS, toDefinitionInput } from '../lib/api-form'

/**
 * /apis/create — Create API (?groupId= preselects the group). After Create the API page opens with
 * the Publish dialog, as the cloud console prompts "Publish" (seed 002 Step 3).
 */
export function Component() {
  const [searchParams] = useSearchParams()
  const groupId = searchParams.get('groupId') ?? ''
  const navigate = useNavigate()
  const toast = useToast()
  const create = useCreateApi()
  return (
    <>
      <title>Create API · API Gateway</title>
      <PageHeader
        title="Create API"
        breadcrumbs={[{ label: 'APIs', href: paths.apis() }, { label: 'Create API' }]}
        description="Define the request callers send, the backend service that answers it, and the response. Then publish it to a stage."
      />
      <div className="narrow">
        <ApiForm
          initial={{ ...API_FORM_DEFAULTS, groupId }}
          submitLabel="Create"
          cancelHref={paths.apis(groupId || undefined)}
          pending={create.isPending}
          error={create.error}
          onSubmit={(values) =>
            create.mutate(toDefinitionInput(values), {
              onSuccess: ({ ApiId }) => {
                toast({
                  title: `API ${values.apiName} created`,
                  description: 'Publish it to a stage to call it.',
                })
                navigate(paths.apiDetail(ApiId), { state: { promptPublish: true } })
              },
            })
          }
        />
      </div>
    </>
  )
}
