import { javascript } from '@codemirror/lang-javascript'
import { json, jsonParseLinter } from '@codemirror/lang-json'
import { linter, lintGutter } from '@codemirror/lint'
import { Compartment, EditorState, type Extension, Transaction } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { type RefObject, useEffect, useRef } from 'react'
import type { CodeEditorProps } from './code-editor'
import { baseSetup } from './setup'

/**
 * The CodeMirror 6 editor. Only ./code-editor.tsx imports this file, through React.lazy, so
 * CodeMirror is a separate chunk loaded when an editor is first shown.
 */
interface Compartments {
  language: Compartment
  attrs: Compartment
  readOnly: Compartment
}

type LiveProps = Pick<CodeEditorProps, 'value' | 'language' | 'label' | 'describedBy' | 'readOnly'>

function languageExtension(language: CodeEditorProps['language']): Extension {
  // JSON events are read more than edited and often shown in a narrow column: wrap long lines.
  if (language === 'json') return [json(), linter(jsonParseLinter()), lintGutter(), EditorView.lineWrapping]
  return javascript()
}

function contentAttributes(props: Pick<CodeEditorProps, 'label' | 'describedBy'>): Extension {
  // The content element is CM's role=textbox; naming it makes getByRole('textbox', { name }) work.
  // tabindex: a contenteditable is reachable by Tab, but only an explicit tabindex tells accessibility
  // checkers (axe's scrollable-region-focusable) that the editor's scrolling region can take focus.
  const attrs: Record<string, string> = { 'aria-label': props.label, tabindex: '0' }
  if (props.describedBy) attrs['aria-describedby'] = props.describedBy
  return EditorView.contentAttributes.of(attrs)
}

function createState(props: LiveProps, c: Compartments, onChange: RefObject<(value: string) => void>) {
  return EditorState.create({
    doc: props.value,
    extensions: [
      baseSetup(),
      c.language.of(languageExtension(props.language)),
      c.attrs.of(contentAttributes(props)),
      c.readOnly.of(EditorState.readOnly.of(Boolean(props.readOnly))),
      EditorView.updateListener.of((update) => {
        // Only the user's edits are reported; syncing a new `value` in is not an edit.
        const userEdit = update.transactions.some(
          (tr) => tr.docChanged && tr.annotation(Transaction.addToHistory) !== false,
        )
        if (userEdit) onChange.current(update.state.doc.toString())
      }),
    ],
  })
}

export function CodeEditorView(props: CodeEditorProps) {
  const { value, onChange, language, label, describedBy, docKey, readOnly } = props
  const hostRef = useRef<HTMLDivElement>(null)
  const viewRef = useRef<EditorView | null>(null)
  const onChangeRef = useRef(onChange)
  const compartments = useRef<Compartments>({
    language: new Compartment(),
    attrs: new Compartment(),
    readOnly: new Compartment(),
  })
  const liveProps = useRef<LiveProps>(props)
  const docKeyRef = useRef(docKey)
  useEffect(() => {
    onChangeRef.current = onChange
    liveProps.current = { value, language, label, describedBy, readOnly }
  })

  useEffect(() => {
    const view = new EditorView({
      parent: hostRef.current ?? undefined,
      state: createState(liveProps.current, compartments.current, onChangeRef),
    })
    viewRef.current = view
    return () => {
      view.destroy()
      viewRef.current = null
    }
  }, [])

  // A new document (another file, another test event): fresh state, so undo does not cross documents.
  useEffect(() => {
    const view = viewRef.current
    if (!view || docKeyRef.current === docKey) return
    docKeyRef.current = docKey
    view.setState(createState(liveProps.current, compartments.current, onChangeRef))
  }, [docKey])

  // The same document changed from outside (e.g. a template applied): replace the text in place.
  useEffect(() => {
    const view = viewRef.current
    if (!view) return
    const current = view.state.doc.toString()
    if (current === value) return
    view.dispatch({
      changes: { from: 0, to: current.length, insert: value },
      annotations: Transaction.addToHistory.of(false),
    })
  }, [value])

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: compartments.current.language.reconfigure(languageExtension(language)),
    })
  }, [language])

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: compartments.current.attrs.reconfigure(contentAttributes({ label, describedBy })),
    })
  }, [label, describedBy])

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: compartments.current.readOnly.reconfigure(EditorState.readOnly.of(Boolean(readOnly))),
    })
  }, [readOnly])

  return <div ref={hostRef} className="code-editor__host" />
}
