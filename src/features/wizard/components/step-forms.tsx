import { type FormEvent, type ReactNode, useState } from 'react'
import type { z } from 'zod'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'

/**
 * The wizard's one-field forms: a name (prefilled, editable), validated with the contract's rule,
 * and the step's action button.
 */
export function NameForm({
  label,
  initial,
  schema,
  hint,
  action,
  pending,
  onSubmit,
  children,
}: {
  label: string
  initial: string
  schema: z.ZodType<string>
  hint?: string
  action: string
  pending: boolean
  onSubmit: (name: string) => void
  children?: ReactNode
}) {
  const [name, setName] = useState(initial)
  const [problem, setProblem] = useState<string | null>(null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const checked = schema.safeParse(name.trim())
    if (!checked.success) {
      setProblem(checked.error.issues[0]?.message ?? 'Invalid name.')
      return
    }
    onSubmit(checked.data)
  }
  return (
    <form className="stack" noValidate onSubmit={submit}>
      <TextField
        label={label}
        required
        autoComplete="off"
        spellCheck={false}
        value={name}
        hint={hint}
        error={problem ?? undefined}
        onChange={(event) => {
          setName(event.target.value)
          setProblem(null)
        }}
      />
      {children}
      <div className="form-actions">
        <Button type="submit" variant="primary" loading={pending}>
          {action}
        </Button>
      </div>
    </form>
  )
}

/** A step whose action needs no input (bind, publish). */
export function ActionForm({
  action,
  pending,
  onSubmit,
  children,
}: {
  action: string
  pending: boolean
  onSubmit: () => void
  children?: ReactNode
}) {
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit()
      }}
    >
      {children}
      <div className="form-actions">
        <Button type="submit" variant="primary" loading={pending}>
          {action}
        </Button>
      </div>
    </form>
  )
}
