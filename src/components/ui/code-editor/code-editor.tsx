import { lazy, Suspense } from 'react'
import { Spinner } from '../spinner'

/**
 * A code editor (CodeMirror 6), loaded lazily: the CodeMirror chunk is fetched the first time an
 * editor is shown, so the list and create pages never pay for it.
 */
export interface CodeEditorProps {
  value: string
  /** Called with the whole text after each user edit. */
  onChange: (value: string) => void
  language: 'javascript' | 'json'
  /** Accessible name of the editing area, e.g. "Code editor: index.js". */
  label: string
  describedBy?: string | undefined
  /** Identifies the document; when it changes the editor starts fresh (own undo history). */
  docKey?: string
  readOnly?: boolean
  /** CSS height of the editor, e.g. 420 or '60vh'. */
  height?: number | string
}

const CodeEditorView = lazy(() => import('./code-editor-view').then((m) => ({ default: m.CodeEditorView })))

export function CodeEditor({ height = 420, ...props }: CodeEditorProps) {
  return (
    <div className="code-editor" style={{ height }}>
      <Suspense
        fallback={
          <div className="code-editor__loading">
            <Spinner /> Loading editor…
          </div>
        }
      >
        <CodeEditorView {...props} />
      </Suspense>
    </div>
  )
}
