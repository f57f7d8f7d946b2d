import { useState } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { TrashIcon } from '@/components/ui/icons'
import { KeyValueList } from '@/components/ui/key-value-list'
import { ButtonLink } from '@/components/ui/link'
import { PageHeader } from '@/components/ui/page-header'
import { Tabs } from '@/components/ui/tabs'
import { toApiError } from '@/lib/api-error'
import { formatBytes } from '@/lib/format'
import { useServiceFunction } from '../api/functions'
import { useTriggers } from '../api/triggers'
import { CodeTab } from '../components/code-tab'
import { DeleteFunctionDialog } from '../components/delete-dialogs'
import { TestTab } from '../components/test-tab'
import { TriggersTab } from '../components/triggers-tab'
import { type ServiceFunctionTab, servicePaths } from '../lib/paths'
import { runtimeLabel } from '../lib/templates'

const TABS: readonly ServiceFunctionTab[] = ['code', 'test', 'triggers']
const isTab = (value: string | null): value is ServiceFunctionTab =>
  TABS.includes(value as ServiceFunctionTab)

/** /services/:service/functions/:fn — Code, Test (with logs) and Triggers; the tab is in the URL. */
export function Component() {
  const { service = '', fn = '' } = useParams()
  return <FunctionPage key={`${service}/${fn}`} service={service} name={fn} />
}

function FunctionPage({ service, name }: { service: string; name: string }) {
  const [searchParams, setSearchParams] = useSearchParams()
  const tabParam = searchParams.get('tab')
  const tab: ServiceFunctionTab = isTab(tabParam) ? tabParam : 'code'
  const navigate = useNavigate()
  const [deleting, setDeleting] = useState(false)
  const fn = useServiceFunction(service, name)
  const triggers = useTriggers(service, name)
  const httpTrigger = triggers.data?.find((t) => t.triggerType === 'http')
  const breadcrumbs = [
    { label: 'Services', href: servicePaths.services },
    { label: service, href: servicePaths.service(service) },
    { label: name },
  ]

  if (fn.isError) {
    const error = toApiError(fn.error)
    return (
      <>
        <PageHeader title={name} breadcrumbs={breadcrumbs} />
        <ErrorPanel
          title={
            error.code === 'FunctionNotFound'
              ? 'This function does not exist'
              : 'The function could not be loaded'
          }
          error={error}
          action={<ButtonLink href={servicePaths.service(service)}>Back to {service}</ButtonLink>}
        />
      </>
    )
  }

  const data = fn.data?.data
  return (
    <>
      <title>{`${name} · ${service} · Function Compute 2.0`}</title>
      <PageHeader
        title={name}
        breadcrumbs={breadcrumbs}
        meta={
          data && (
            <>
              <Badge tone="accent">{httpTrigger ? 'HTTP Function' : 'Event Function'}</Badge>
              <Badge>{runtimeLabel(data.runtime)}</Badge>
            </>
          )
        }
        description={data?.description || undefined}
        actions={
          <Button icon={<TrashIcon />} onClick={() => setDeleting(true)} disabled={!data}>
            Delete Function
          </Button>
        }
      />
      {!data || triggers.isPending ? (
        <div className="panel panel--loading" aria-busy="true">
          <span className="skeleton" />
          <span className="sr-only">Loading the function…</span>
        </div>
      ) : (
        <div className="stack">
          <KeyValueList
            items={[
              { label: 'Handler', value: data.handler, mono: true },
              { label: 'Memory', value: `${data.memorySize} MB` },
              { label: 'Timeout', value: `${data.timeout} s` },
              { label: 'Code Size', value: formatBytes(data.codeSize) },
              {
                label: 'Code Checksum (CRC-64)',
                value: data.codeChecksum,
                mono: true,
                copy: data.codeChecksum,
              },
            ]}
          />
          <Tabs
            label="Function details"
            value={tab}
            onValueChange={(next) => {
              const params = new URLSearchParams(searchParams)
              params.set('tab', next)
              setSearchParams(params, { replace: true })
            }}
            items={[
              {
                id: 'code',
                label: 'Code',
                render: () => <CodeTab service={service} fn={data} etag={fn.data?.etag} />,
              },
              {
                id: 'test',
                label: 'Test',
                render: () => <TestTab service={service} fn={data} httpTrigger={httpTrigger} />,
              },
              {
                id: 'triggers',
                label: 'Triggers',
                render: () => <TriggersTab service={service} fn={name} />,
              },
            ]}
          />
        </div>
      )}
      <DeleteFunctionDialog
        service={service}
        name={deleting ? name : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate(servicePaths.service(service))}
      />
    </>
  )
}
