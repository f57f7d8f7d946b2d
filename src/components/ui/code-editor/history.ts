import { Annotation, type ChangeSet, type EditorSelection, StateField, Transaction } from '@codemirror/state'
import type { Command, EditorView } from '@codemirror/view'

/**
 * Undo / redo for the editor.
 *
 * STOP-GAP: the `codemirror` entry in package.json resolves to 6.65.7, which is the legacy
 * CodeMirror 5 code published under a 6.x number (npm's "latest" tag), not the CodeMirror 6
 * meta-package (6.0.x). So @codemirror/commands (history, default keymap) and @codemirror/search are
 * not installed; the CM6 packages used here come in through @codemirror/lang-javascript and
 * lang-json. When package.json moves to `codemirror@^6.0.2`, replace this file and ./setup.ts with
 * `basicSetup` from 'codemirror'.
 */
interface Entry {
  forward: ChangeSet
  inverse: ChangeSet
  selectionBefore: EditorSelection
  selectionAfter: EditorSelection
  time: number
}

interface HistoryState {
  done: readonly Entry[]
  undone: readonly Entry[]
}

const historyAction = Annotation.define<'undo' | 'redo'>()
/** Typing within this many ms joins the previous undo step, like CM6's own history. */
const GROUP_MS = 600
const MAX_DEPTH = 200

const historyField = StateField.define<HistoryState>({
  create: () => ({ done: [], undone: [] }),
  update(state, tr) {
    const action = tr.annotation(historyAction)
    if (action === 'undo')
      return { done: state.done.slice(0, -1), undone: [...state.undone, last(state.done)!] }
    if (action === 'redo')
      return { done: [...state.done, last(state.undone)!], undone: state.undone.slice(0, -1) }
    if (!tr.docChanged || tr.annotation(Transaction.addToHistory) === false) return state

    const entry: Entry = {
      forward: tr.changes,
      inverse: tr.changes.invert(tr.startState.doc),
      selectionBefore: tr.startState.selection,
      selectionAfter: tr.newSelection,
      time: Date.now(),
    }
    const previous = state.done[state.done.length - 1]
    const typing = tr.isUserEvent('input.type') || tr.isUserEvent('delete')
    if (previous && typing && entry.time - previous.time < GROUP_MS) {
      const merged: Entry = {
        forward: previous.forward.compose(entry.forward),
        inverse: entry.inverse.compose(previous.inverse),
        selectionBefore: previous.selectionBefore,
        selectionAfter: entry.selectionAfter,
        time: entry.time,
      }
      return { done: [...state.done.slice(0, -1), merged], undone: [] }
    }
    return { done: [...state.done, entry].slice(-MAX_DEPTH), undone: [] }
  },
})

function last<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1]
}

export const undo: Command = (view: EditorView) => {
  const entry = last(view.state.field(historyField).done)
  if (!entry) return false
  view.dispatch({
    changes: entry.inverse,
    selection: entry.selectionBefore,
    annotations: historyAction.of('undo'),
    scrollIntoView: true,
    userEvent: 'undo',
  })
  return true
}

export const redo: Command = (view: EditorView) => {
  const entry = last(view.state.field(historyField).undone)
  if (!entry) return false
  view.dispatch({
    changes: entry.forward,
    selection: entry.selectionAfter,
    annotations: historyAction.of('redo'),
    scrollIntoView: true,
    userEvent: 'redo',
  })
  return true
}

export const history = historyField
