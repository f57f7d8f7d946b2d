import {
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react'

/**
 * Form fields: a real <label>, an optional hint, and the inline error wired with aria-invalid +
 * aria-describedby, so a screen reader reads the message the zod rule (= the API's message) gives.
 * Works with react-hook-form's `register()` (name, ref, onChange, onBlur are passed through).
 */
interface FieldFrameProps {
  label: ReactNode
  hint?: ReactNode
  error?: string | undefined
  required?: boolean
  /** Unit shown after the control, e.g. "MB". */
  suffix?: string
  className?: string
  /** Keeps the label for assistive tech only (e.g. repeated rows under visible column headers). */
  hideLabel?: boolean
}

interface FrameRenderProps {
  id: string
  describedBy: string | undefined
  invalid: boolean
}

function FieldFrame({
  label,
  hint,
  error,
  required,
  suffix,
  className,
  hideLabel,
  id: givenId,
  children,
}: FieldFrameProps & { id?: string | undefined; children: (p: FrameRenderProps) => ReactNode }) {
  const autoId = useId()
  const id = givenId ?? autoId
  // The error replaces the hint while shown: both say what is allowed, and one message is clearer.
  const hintId = hint && !error ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={['field', error && 'field--invalid', className].filter(Boolean).join(' ')}>
      <label className={hideLabel ? 'sr-only' : 'field__label'} htmlFor={id}>
        {label}
        {required && (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      <div className={suffix ? 'field__control field__control--suffixed' : 'field__control'}>
        {children({ id, describedBy, invalid: Boolean(error) })}
        {suffix && (
          <span className="field__suffix" aria-hidden="true">
            {suffix}
          </span>
        )}
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {hintId && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  )
}

type InputProps = FieldFrameProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> & {
    ref?: Ref<HTMLInputElement>
  }

export function TextField({
  label,
  hint,
  error,
  required,
  suffix,
  className,
  hideLabel,
  id,
  ref,
  ...input
}: InputProps) {
  return (
    <FieldFrame {...{ label, hint, error, required, suffix, className, hideLabel, id }}>
      {(p) => (
        <input
          ref={ref}
          id={p.id}
          className="input"
          type="text"
          aria-invalid={p.invalid || undefined}
          aria-describedby={p.describedBy}
          aria-required={required || undefined}
          {...input}
        />
      )}
    </FieldFrame>
  )
}

/** A number input; use `register(name, { valueAsNumber: true })` so the form value is a number. */
export function NumberField(props: InputProps) {
  return <TextField inputMode="numeric" {...props} type="number" />
}

type SelectProps = FieldFrameProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'> & {
    ref?: Ref<HTMLSelectElement>
    options: ReadonlyArray<{ value: string; label: string }>
  }

export function Select({
  label,
  hint,
  error,
  required,
  className,
  hideLabel,
  id,
  ref,
  options,
  ...select
}: SelectProps) {
  return (
    <FieldFrame {...{ label, hint, error, required, className, hideLabel, id }}>
      {(p) => (
        <select
          ref={ref}
          id={p.id}
          className="input select"
          aria-invalid={p.invalid || undefined}
          aria-describedby={p.describedBy}
          aria-required={required || undefined}
          {...select}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  )
}

type TextareaProps = FieldFrameProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'> & { ref?: Ref<HTMLTextAreaElement> }

export function Textarea({
  label,
  hint,
  error,
  required,
  className,
  hideLabel,
  id,
  ref,
  ...area
}: TextareaProps) {
  return (
    <FieldFrame {...{ label, hint, error, required, className, hideLabel, id }}>
      {(p) => (
        <textarea
          ref={ref}
          id={p.id}
          className="input textarea"
          aria-invalid={p.invalid || undefined}
          aria-describedby={p.describedBy}
          aria-required={required || undefined}
          rows={3}
          {...area}
        />
      )}
    </FieldFrame>
  )
}
