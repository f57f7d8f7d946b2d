import { Button, IconButton } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { PlusIcon, TrashIcon } from '@/components/ui/icons'

export interface NameValueRow {
  id: number
  name: string
  value: string
}

let nextId = 1
export const newRow = (name = '', value = ''): NameValueRow => ({ id: nextId++, name, value })

/** Name/value rows (query parameters, headers) with visible column headers and named controls. */
export function RowsEditor({
  legend,
  noun,
  rows,
  onChange,
}: {
  legend: string
  /** "query parameter", "header": names the controls ("Query parameter 1 name"). */
  noun: string
  rows: readonly NameValueRow[]
  onChange: (rows: NameValueRow[]) => void
}) {
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1)
  const update = (id: number, patch: Partial<NameValueRow>) =>
    onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)))
  return (
    <fieldset className="rows-editor">
      <legend className="field__label">{legend}</legend>
      {rows.length > 0 && (
        <div className="rows-editor__grid">
          <span className="rows-editor__head">Name</span>
          <span className="rows-editor__head">Value</span>
          <span />
          {rows.map((row, index) => (
            <div key={row.id} className="rows-editor__row">
              <TextField
                label={`${Noun} ${index + 1} name`}
                hideLabel
                spellCheck={false}
                value={row.name}
                onChange={(event) => update(row.id, { name: event.target.value })}
              />
              <TextField
                label={`${Noun} ${index + 1} value`}
                hideLabel
                spellCheck={false}
                value={row.value}
                onChange={(event) => update(row.id, { value: event.target.value })}
              />
              <IconButton
                label={`Remove ${noun} ${index + 1}`}
                icon={<TrashIcon />}
                variant="danger"
                onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
              />
            </div>
          ))}
        </div>
      )}
      <div>
        <Button size="sm" icon={<PlusIcon />} onClick={() => onChange([...rows, newRow()])}>
          Add {noun}
        </Button>
      </div>
    </fieldset>
  )
}
