import { useEffect, useMemo, useRef, useState } from 'react'
import type { Fc3Function } from '@/cloud-api/fc3'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { CodeEditor } from '@/components/ui/code-editor/code-editor'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Panel } from '@/components/ui/panel'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { formatBytes } from '@/lib/format'
import { type FileMap, fileText, textFile } from '@/lib/zip'
import { type FunctionCode, useFunctionCode } from '../api/get-function-code'
import { useDeployFunctionCode } from '../api/update-function'
import { handlerFile } from '../lib/starter-code'
import { CodeFileList } from './code-file-list'

/**
 * The Code tab (seed 000 "Step 3": write code in the code editor and click Deploy). Edits are
 * drafts over the deployed files until Deploy (or Ctrl/Cmd+S) re-zips every file and sends it with
 * UpdateFunction. `active` says whether the tab is showing, so the shortcut only works here.
 */
export function CodeTab({ fn, active }: { fn: Fc3Function; active: boolean }) {
  const code = useFunctionCode(fn.functionName)
  if (code.isPending) {
    return (
      <div className="code-editor code-editor--placeholder" aria-busy="true">
        <span className="sr-only">Loading the code…</span>
      </div>
    )
  }
  if (code.isError) {
    return (
      <ErrorPanel
        title="The code could not be loaded"
        error={toApiError(code.error)}
        action={<Button onClick={() => code.refetch()}>Retry</Button>}
      />
    )
  }
  return <CodeWorkspace fn={fn} code={code.data} active={active} />
}

function CodeWorkspace({ fn, code, active }: { fn: Fc3Function; code: FunctionCode; active: boolean }) {
  const toast = useToast()
  const deploy = useDeployFunctionCode(fn.functionName)
  const entry = handlerFile(fn.handler)
  // An empty package still gets the handler's file, so there is something to write and deploy.
  const files: FileMap = useMemo(
    () => (Object.keys(code.files).length ? code.files : { [entry]: new Uint8Array() }),
    [code.files, entry],
  )
  const texts = useMemo(
    () => Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, fileText(bytes)])),
    [files],
  )
  const filePaths = useMemo(
    () => Object.keys(files).sort((a, b) => (a === entry ? -1 : b === entry ? 1 : a.localeCompare(b))),
    [files, entry],
  )
  const [selected, setSelected] = useState(() => filePaths[0] ?? entry)
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const current = filePaths.includes(selected) ? selected : (filePaths[0] ?? entry)
  const dirtyPaths = filePaths.filter((p) => drafts[p] !== undefined && drafts[p] !== texts[p])
  const dirty = dirtyPaths.length > 0
  const currentText = drafts[current] ?? texts[current] ?? null

  const runDeploy = () => {
    if (deploy.isPending) return
    if (!dirty) {
      toast({ title: 'No changes to deploy', tone: 'info' })
      return
    }
    const next: FileMap = { ...files }
    for (const path of dirtyPaths) next[path] = textFile(drafts[path] ?? '')
    deploy.mutate(next, {
      onSuccess: () => {
        setDrafts({})
        toast({ title: 'Deployed', description: `${fn.functionName} now runs the new code.` })
      },
      onError: (error) =>
        toast({ title: 'Deploy failed', description: toApiError(error).message, tone: 'error' }),
    })
  }

  // Ctrl/Cmd+S deploys, as in the FC console's editor; the browser's "Save page" is suppressed.
  const deployRef = useRef(runDeploy)
  useEffect(() => {
    deployRef.current = runDeploy
  })
  useEffect(() => {
    if (!active) return
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault()
        deployRef.current()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [active])

  // Leaving the page with undeployed edits asks first.
  useEffect(() => {
    if (!dirty) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [dirty])

  const missingEntry = !filePaths.includes(entry)
  return (
    <div className="stack">
      {missingEntry && (
        <p className="notice notice--warning">
          The handler {fn.handler} needs the file <code>{entry}</code>, which is not in the code package.
        </p>
      )}
      <Panel
        title={
          <span className="row">
            <span className="mono">{current}</span>
            {dirty ? <Badge tone="warning">Unsaved changes</Badge> : <Badge tone="success">Deployed</Badge>}
          </span>
        }
        actions={
          <>
            <span className="muted shortcut-hint" aria-hidden="true">
              Ctrl+S
            </span>
            <Button variant="primary" loading={deploy.isPending} disabled={!dirty} onClick={runDeploy}>
              Deploy
            </Button>
          </>
        }
      >
        <div className={filePaths.length > 1 ? 'code-layout code-layout--files' : 'code-layout'}>
          {filePaths.length > 1 && (
            <CodeFileList
              paths={filePaths}
              selected={current}
              dirtyPaths={dirtyPaths}
              onSelect={setSelected}
            />
          )}
          {currentText === null ? (
            <div className="binary-file">
              <p>
                <code>{current}</code> is a binary file ({formatBytes(files[current]?.length ?? 0)}). It is
                kept as is when you deploy, but cannot be edited here.
              </p>
            </div>
          ) : (
            <CodeEditor
              docKey={current}
              value={currentText}
              onChange={(text) => setDrafts((all) => ({ ...all, [current]: text }))}
              language={current.endsWith('.json') ? 'json' : 'javascript'}
              label={`Code editor: ${current}`}
              height="min(62vh, 640px)"
            />
          )}
        </div>
      </Panel>
    </div>
  )
}
