import { useMemo, useState } from 'react'
import type { Fc2Function } from '@/cloud-api/fc2'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { CodeEditor } from '@/components/ui/code-editor/code-editor'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Select } from '@/components/ui/field'
import { Panel } from '@/components/ui/panel'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { type FileMap, fileText, textFile } from '@/lib/zip'
import { useDeployServiceFunction, useServiceFunctionCode } from '../api/functions'
import { handlerFile } from '../lib/templates'

/**
 * The Code tab: the function's files (GetFunctionCode → the zip), edited as drafts until Deploy, which
 * sends every file back with UpdateFunction and `If-Match` — a change made elsewhere in the meantime is
 * refused (PreconditionFailed) rather than overwritten.
 */
export function CodeTab({
  service,
  fn,
  etag,
}: {
  service: string
  fn: Fc2Function
  etag: string | undefined
}) {
  const code = useServiceFunctionCode(service, fn.functionName)
  if (code.isPending)
    return (
      <div className="code-editor code-editor--placeholder" aria-busy="true">
        <span className="sr-only">Loading the code…</span>
      </div>
    )
  if (code.isError)
    return (
      <ErrorPanel
        title="The code could not be loaded"
        error={toApiError(code.error)}
        action={<Button onClick={() => code.refetch()}>Retry</Button>}
      />
    )
  return <Workspace service={service} fn={fn} etag={etag} files={code.data} />
}

function Workspace({
  service,
  fn,
  etag,
  files,
}: {
  service: string
  fn: Fc2Function
  etag: string | undefined
  files: FileMap
}) {
  const toast = useToast()
  const deploy = useDeployServiceFunction(service, fn.functionName)
  const entry = handlerFile(fn.handler, fn.runtime)
  const paths = useMemo(() => {
    const all = Object.keys(files).filter((p) => fileText(files[p] as Uint8Array) !== null)
    if (!all.includes(entry)) all.push(entry)
    return all.sort((a, b) => (a === entry ? -1 : b === entry ? 1 : a.localeCompare(b)))
  }, [files, entry])
  const [selected, setSelected] = useState(entry)
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const saved = (path: string) => (files[path] ? (fileText(files[path]) ?? '') : '')
  const dirty = paths.filter((p) => drafts[p] !== undefined && drafts[p] !== saved(p))

  const runDeploy = () => {
    const next: FileMap = { ...files }
    for (const path of dirty) next[path] = textFile(drafts[path] ?? '')
    deploy.mutate(
      { files: next, etag },
      {
        onSuccess: () => {
          setDrafts({})
          toast({ title: 'Deployed', description: `${fn.functionName} now runs the new code.` })
        },
        onError: (error) => {
          const e = toApiError(error)
          toast({
            title: 'Deploy failed',
            description:
              e.code === 'PreconditionFailed'
                ? 'The function was changed elsewhere since this page loaded. Reload the page, then deploy again.'
                : e.message,
            tone: 'error',
          })
        },
      },
    )
  }

  return (
    <Panel
      title={
        <span className="row">
          <span className="mono">{selected}</span>
          {dirty.length ? (
            <Badge tone="warning">Unsaved changes</Badge>
          ) : (
            <Badge tone="success">Deployed</Badge>
          )}
        </span>
      }
      actions={
        <Button
          variant="primary"
          loading={deploy.isPending}
          disabled={dirty.length === 0}
          onClick={runDeploy}
        >
          Deploy
        </Button>
      }
    >
      <div className="stack">
        {paths.length > 1 && (
          <Select
            label="File"
            options={paths.map((p) => ({ value: p, label: p }))}
            value={selected}
            onChange={(e) => setSelected(e.target.value)}
          />
        )}
        <CodeEditor
          docKey={selected}
          value={drafts[selected] ?? saved(selected)}
          onChange={(text) => setDrafts((all) => ({ ...all, [selected]: text }))}
          language={selected.endsWith('.json') ? 'json' : 'javascript'}
          label={`Code editor: ${selected}`}
          height="min(58vh, 560px)"
        />
      </div>
    </Panel>
  )
}
