import { useId } from 'react'

export type FunctionKind = 'event' | 'web'

/**
 * Function type. The seed's first flow uses an Event Function (API Gateway turns the request into a
 * JSON event); its second flow a Web Function: an HTTP server of your own on a custom runtime, to which
 * API Gateway forwards the raw request through the function's HTTP trigger (seed 002).
 */
export function FunctionTypeChoice({
  value,
  onChange,
  webNote,
}: {
  value: FunctionKind
  onChange: (value: FunctionKind) => void
  /** said under the Web Function option, e.g. that it needs the local cloud */
  webNote?: string | undefined
}) {
  const noteId = useId()
  const option = (kind: FunctionKind) =>
    `type-choice__option${value === kind ? ' type-choice__option--selected' : ''}`
  return (
    <fieldset className="type-choice">
      <legend className="field__label">Function Type</legend>
      <label className={option('event')}>
        <input
          type="radio"
          name="functionType"
          value="event"
          checked={value === 'event'}
          onChange={() => onChange('event')}
        />
        <span>
          <span className="type-choice__title">Event Function</span>
          <span className="type-choice__text">
            Receives the API Gateway request as a JSON event and returns a JSON response.
          </span>
        </span>
      </label>
      <label className={option('web')}>
        <input
          type="radio"
          name="functionType"
          value="web"
          checked={value === 'web'}
          aria-describedby={noteId}
          onChange={() => onChange('web')}
        />
        <span>
          <span className="type-choice__title">Web Function</span>
          <span className="type-choice__text" id={noteId}>
            An HTTP server of your own (custom runtime, Node.js starter) with an HTTP trigger; API Gateway
            forwards the raw HTTP request to it.
            {webNote && <strong className="type-choice__note"> {webNote}</strong>}
          </span>
        </span>
      </label>
    </fieldset>
  )
}
