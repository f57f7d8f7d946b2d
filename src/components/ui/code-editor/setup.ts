import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete'
import {
  bracketMatching,
  defaultHighlightStyle,
  foldGutter,
  foldKeymap,
  getIndentation,
  IndentContext,
  indentOnInput,
  indentString,
  indentUnit,
  syntaxHighlighting,
} from '@codemirror/language'
import { countColumn, EditorSelection, EditorState, type Extension } from '@codemirror/state'
import {
  type Command,
  drawSelection,
  dropCursor,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view'
import { history, redo, undo } from './history'

/**
 * The editor's base setup: the parts of CM6's `basicSetup` that are installed (see ./history.ts
 * for why `basicSetup` itself is not). Tab is deliberately NOT bound to indentation: it moves focus
 * out of the editor, so keyboard users are never trapped (WCAG 2.1.2).
 */
const BRACKETS: Record<string, string> = { '{': '}', '[': ']', '(': ')' }

/** Enter: new line with the language's indentation; between brackets, opens an indented block. */
const insertNewlineAndIndent: Command = (view) => {
  const { state } = view
  view.dispatch(
    state.changeByRange((range) => {
      const before = state.sliceDoc(range.from - 1, range.from)
      const after = state.sliceDoc(range.to, range.to + 1)
      const explode = BRACKETS[before] !== undefined && BRACKETS[before] === after
      const cx = new IndentContext(state, { simulateBreak: range.from, simulateDoubleBreak: explode })
      const lineText = state.doc.lineAt(range.from).text
      const base = countColumn(/^\s*/.exec(lineText)?.[0] ?? '', state.tabSize)
      const indent = getIndentation(cx, range.from) ?? base
      let insert = `\n${indentString(state, indent)}`
      const cursor = range.from + insert.length
      if (explode) insert += `\n${indentString(state, base)}`
      return { changes: { from: range.from, to: range.to, insert }, range: EditorSelection.cursor(cursor) }
    }),
    { scrollIntoView: true, userEvent: 'input' },
  )
  return true
}

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
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history,
    foldGutter(),
    drawSelection(),
    dropCursor(),
    EditorState.allowMultipleSelections.of(true),
    indentUnit.of('  '),
    indentOnInput(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    bracketMatching(),
    closeBrackets(),
    autocompletion(),
    highlightActiveLine(),
    theme,
    keymap.of([
      ...closeBracketsKeymap,
      { key: 'Enter', run: insertNewlineAndIndent },
      { key: 'Mod-z', run: undo, preventDefault: true },
      { key: 'Mod-y', run: redo, preventDefault: true },
      { key: 'Mod-Shift-z', run: redo, preventDefault: true },
      ...foldKeymap,
      ...completionKeymap,
    ]),
  ]
}
