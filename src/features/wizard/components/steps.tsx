import { type FormEvent, useState } from 'react'
import { ApiNameSchema, BackendNameSchema, GroupNameSchema, RequestPathSchema } from '@/cloud-api/cloudapi'
import { FunctionNameSchema } from '@/cloud-api/fc3'
import { Button } from '@/components/ui/button'
import { CodeBlock } from '@/components/ui/code-block'
import { TextField } from '@/components/ui/field'
import { KeyValueList } from '@/components/ui/key-value-list'
import { STARTER_CODE } from '@/lib/cloud/starter-code'
import { paths } from '@/lib/paths'
import { useBindWizardFunction } from '../api/bind-function'
import { useCreateWizardApi } from '../api/create-api'
import { useCreateWizardBackend } from '../api/create-backend'
import { useCreateWizardFunction } from '../api/create-function'
import { useCreateWizardGroup } from '../api/create-group'
import { useDeployWizardApi } from '../api/deploy-api'
import type { WizardProgress } from '../lib/wizard-progress'
import { ActionForm, NameForm } from './step-forms'
import { StepFrame } from './step-frame'

export interface StepProps {
  progress: WizardProgress
  /** A suffix that keeps the suggested names unique. */
  suffix: string
  update: (patch: Partial<WizardProgress>) => void
  next: () => void
}

export function FunctionStep({ progress, suffix, update, next }: StepProps) {
  const create = useCreateWizardFunction()
  const name = progress.functionName
  return (
    <StepFrame
      index={0}
      title="Create an event function"
      intro="An event function on Node.js 20 with the guide's code: it reads the API Gateway event and returns the response format API Gateway expects."
      created={name ? { kind: 'Function', name, href: paths.functionDetail(name, 'code') } : null}
      error={create.error}
      onNext={next}
    >
      <NameForm
        label="Function Name"
        initial={`hello-apigw-${suffix}`}
        schema={FunctionNameSchema}
        action="Create Function"
        pending={create.isPending}
        onSubmit={(functionName) =>
          create.mutate(functionName, {
            onSuccess: (fn) => update({ functionName: fn.functionName, functionArn: fn.functionArn }),
          })
        }
      >
        <details className="wizard__code">
          <summary>The function's code (index.js)</summary>
          <CodeBlock>{STARTER_CODE}</CodeBlock>
        </details>
      </NameForm>
    </StepFrame>
  )
}

export function BackendStep({ progress, suffix, update, next }: StepProps) {
  const create = useCreateWizardBackend()
  const { backendId, backendName } = progress
  return (
    <StepFrame
      index={1}
      title="Create a backend service"
      intro="A backend service of type Function Compute 3.0 · Event Function. It says, per stage, which function API Gateway calls."
      created={
        backendId && backendName
          ? { kind: 'Backend service', name: backendName, href: paths.backendDetail(backendId) }
          : null
      }
      error={create.error}
      onNext={next}
    >
      <NameForm
        label="Backend Service Name"
        initial={`hello-backend-${suffix}`}
        schema={BackendNameSchema}
        action="Create Backend Service"
        pending={create.isPending}
        onSubmit={(name) =>
          create.mutate(name, {
            onSuccess: ({ BackendId }) => update({ backendId: BackendId, backendName: name }),
          })
        }
      />
    </StepFrame>
  )
}

export function BindStep({ progress, update, next }: StepProps) {
  const bind = useBindWizardFunction()
  const { backendId, backendName, functionName, functionArn } = progress
  return (
    <StepFrame
      index={2}
      title="Bind the function to Production"
      intro="The backend service's Production (RELEASE) definition points at your function; APIs published to Production call it."
      created={
        progress.backendModelId && backendId
          ? {
              kind: 'Production definition of',
              name: backendName ?? backendId,
              href: paths.backendDetail(backendId, 'RELEASE'),
            }
          : null
      }
      error={bind.error}
      onNext={next}
    >
      <ActionForm
        action="Publish"
        pending={bind.isPending}
        onSubmit={() => {
          if (!backendId || !functionName || !functionArn) return
          bind.mutate(
            { backendId, functionName, functionArn },
            { onSuccess: ({ BackendModelId }) => update({ backendModelId: BackendModelId }) },
          )
        }}
      >
        <KeyValueList
          items={[
            { label: 'Backend Service', value: backendName ?? '—' },
            { label: 'Stage', value: 'Production (RELEASE)' },
            { label: 'Function', value: functionName ?? '—', mono: true },
            { label: 'Version or Alias', value: 'LATEST', mono: true },
          ]}
        />
      </ActionForm>
    </StepFrame>
  )
}

export function GroupStep({ progress, suffix, update, next }: StepProps) {
  const create = useCreateWizardGroup()
  const { groupId, groupName } = progress
  return (
    <StepFrame
      index={3}
      title="Create an API group"
      intro="The group gives its APIs a subdomain to be called on. It is created in the same region as the function."
      created={
        groupId && groupName
          ? { kind: 'API group', name: groupName, href: paths.apiGroupDetail(groupId) }
          : null
      }
      error={create.error}
      onNext={next}
    >
      <NameForm
        label="Group Name"
        initial={`hello-group-${suffix}`}
        schema={GroupNameSchema}
        action="Create Group"
        pending={create.isPending}
        onSubmit={(name) =>
          create.mutate(name, {
            onSuccess: (group) =>
              update({ groupId: group.GroupId, groupName: group.GroupName, subDomain: group.SubDomain }),
          })
        }
      />
    </StepFrame>
  )
}

export function ApiStep({ progress, suffix, update, next }: StepProps) {
  const create = useCreateWizardApi()
  const [name, setName] = useState(`hello_api_${suffix}`)
  const [path, setPath] = useState('/hello')
  const [problems, setProblems] = useState<{ name?: string; path?: string }>({})
  const { apiId, apiName, groupId, backendId } = progress
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const checkedName = ApiNameSchema.safeParse(name.trim())
    const checkedPath = RequestPathSchema.safeParse(path.trim())
    setProblems({ name: checkedName.error?.issues[0]?.message, path: checkedPath.error?.issues[0]?.message })
    if (!checkedName.success || !checkedPath.success || !groupId || !backendId) return
    create.mutate(
      { groupId, backendId, apiName: checkedName.data, path: checkedPath.data },
      {
        onSuccess: ({ ApiId }) =>
          update({ apiId: ApiId, apiName: checkedName.data, requestPath: checkedPath.data }),
      },
    )
  }
  return (
    <StepFrame
      index={4}
      title="Create an API"
      intro="An API with the guide's key settings: No Authentication, Use Existing Backend Service (Function Compute 3.0, Event Function), answering GET on the path."
      created={apiId && apiName ? { kind: 'API', name: apiName, href: paths.apiDetail(apiId) } : null}
      error={create.error}
      onNext={next}
    >
      <form className="stack" noValidate onSubmit={submit}>
        <div className="form-grid">
          <TextField
            label="API Name"
            required
            spellCheck={false}
            autoComplete="off"
            value={name}
            error={problems.name}
            onChange={(e) => setName(e.target.value)}
          />
          <TextField
            label="Request Path"
            required
            spellCheck={false}
            autoComplete="off"
            value={path}
            error={problems.path}
            onChange={(e) => setPath(e.target.value)}
          />
        </div>
        <div className="form-actions">
          <Button type="submit" variant="primary" loading={create.isPending}>
            Create API
          </Button>
        </div>
      </form>
    </StepFrame>
  )
}

export function PublishStep({ progress, update, next }: StepProps) {
  const deploy = useDeployWizardApi()
  const { apiId, apiName, groupId } = progress
  return (
    <StepFrame
      index={5}
      title="Publish the API to Production"
      intro="Publishing copies the API's definition and the backend's Production definition into the stage callers reach."
      created={
        progress.published && apiId
          ? { kind: 'Production release of', name: apiName ?? apiId, href: paths.apiDetail(apiId) }
          : null
      }
      error={deploy.error}
      onNext={next}
    >
      <ActionForm
        action="Publish"
        pending={deploy.isPending}
        onSubmit={() => {
          if (!apiId || !groupId) return
          deploy.mutate({ apiId, groupId }, { onSuccess: () => update({ published: true }) })
        }}
      >
        <KeyValueList
          items={[
            { label: 'API', value: apiName ?? '—' },
            { label: 'Stage', value: 'Production (RELEASE)' },
          ]}
        />
      </ActionForm>
    </StepFrame>
  )
}
