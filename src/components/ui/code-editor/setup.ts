import { indentUnit } from '@codemirror/language'
import type { Extension } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { basicSetup } from 'codemirror'

/**
 * The editor's base setup: CodeMirror 6's own `basicSetup` (history, search, folding, brackets,
 * completion) with two-space indentation and the console's theme. `basicSetup` deliberately does not
 * bind Tab to indentation (`indentWithTab` is opt-in): Tab moves focus out of the editor, so keyboard
 * users are never trapped (WCAG 2.1.2).
 */
const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '13px', backgroundColor: 'var(--surface)' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.55' },
  '.cm-gutters': {
    backgroundColor: 'var(--surface-sunken)',
    color: 'var(--text-muted)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-activeLine': { backgroundColor: 'rgb(184 71 0 / 0.05)' },
  '.cm-activeLineGutter': { backgroundColor: 'rgb(184 71 0 / 0.09)' },
  '&.cm-focused': { outline: 'none' },
})

export function baseSetup(): Extension {
  return [basicSetup, indentUnit.of('  '), theme]
}
