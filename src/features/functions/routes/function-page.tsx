import { useState } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { TrashIcon } from '@/components/ui/icons'
import { ButtonLink } from '@/components/ui/link'
import { PageHeader } from '@/components/ui/page-header'
import { Tabs } from '@/components/ui/tabs'
import { toApiError } from '@/lib/api-error'
import { isWebFunction } from '@/lib/cloud/web-function'
import { type FunctionTab, paths } from '@/lib/paths'
import { useFunction } from '../api/get-function'
import { CodeTab } from '../components/code-tab'
import { ConfigurationTab } from '../components/configuration-tab'
import { DeleteFunctionDialog } from '../components/delete-function-dialog'
import { HttpTriggerPanel } from '../components/http-trigger-panel'
import { TestTab } from '../components/test-tab'
import { runtimeLabel } from '../lib/function-form'

const TABS: readonly FunctionTab[] = ['code', 'test', 'configuration']
const isTab = (value: string | null): value is FunctionTab => TABS.includes(value as FunctionTab)

/**
 * /functions/:name — the function details page with its Code, Test and Configuration tabs; the tab
 * is in the URL (?tab=test) so it can be linked ("Test" in the list opens it directly).
 */
export function Component() {
  const name = useParams().name ?? ''
  // Keyed by name: going from one function to another must not carry over drafts, events or results.
  return <FunctionPage key={name} name={name} />
}

function FunctionPage({ name }: { name: string }) {
  const [searchParams, setSearchParams] = useSearchParams()
  const tab: FunctionTab = isTab(searchParams.get('tab')) ? (searchParams.get('tab') as FunctionTab) : 'code'
  const navigate = useNavigate()
  const [deleting, setDeleting] = useState(false)
  const fn = useFunction(name)

  const breadcrumbs = [{ label: 'Functions', href: paths.functions }, { label: name }]
  const title = <title>{`${name} · Functions · Function Compute`}</title>

  if (fn.isError) {
    const error = toApiError(fn.error)
    return (
      <>
        {title}
        <PageHeader title={name} breadcrumbs={breadcrumbs} />
        <ErrorPanel
          title={
            error.code === 'FunctionNotFound'
              ? 'This function does not exist'
              : 'The function could not be loaded'
          }
          error={error}
          action={
            <div className="row">
              <ButtonLink href={paths.functions}>Back to Functions</ButtonLink>
              {error.code !== 'FunctionNotFound' && <Button onClick={() => fn.refetch()}>Retry</Button>}
            </div>
          }
        />
      </>
    )
  }

  return (
    <>
      {title}
      <PageHeader
        title={name}
        breadcrumbs={breadcrumbs}
        meta={
          fn.data && (
            <>
              <Badge tone="accent">{isWebFunction(fn.data) ? 'Web Function' : 'Event Function'}</Badge>
              <Badge>{runtimeLabel(fn.data.runtime)}</Badge>
            </>
          )
        }
        description={fn.data?.description || undefined}
        actions={
          <Button icon={<TrashIcon />} onClick={() => setDeleting(true)} disabled={!fn.data}>
            Delete Function
          </Button>
        }
      />
      {fn.isPending ? (
        <div className="panel panel--loading" aria-busy="true">
          <span className="skeleton" />
          <span className="skeleton" />
          <span className="skeleton" />
          <span className="sr-only">Loading the function…</span>
        </div>
      ) : (
        <div className="stack">
          {isWebFunction(fn.data) && <HttpTriggerPanel functionName={name} />}
          <Tabs
            label="Function details"
            value={tab}
            onValueChange={(next) => {
              const params = new URLSearchParams(searchParams)
              params.set('tab', next)
              setSearchParams(params, { replace: true })
            }}
            items={[
              { id: 'code', label: 'Code', render: () => <CodeTab fn={fn.data} active={tab === 'code'} /> },
              { id: 'test', label: 'Test', render: () => <TestTab fn={fn.data} /> },
              {
                id: 'configuration',
                label: 'Configuration',
                render: () => <ConfigurationTab fn={fn.data} />,
              },
            ]}
          />
        </div>
      )}
      <DeleteFunctionDialog
        name={deleting ? name : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate(paths.functions)}
      />
    </>
  )
}
