import { useId } from 'react'

/**
 * Function type. The seed's flow uses an Event Function (seed 000, "Create an event function"): API
 * Gateway turns the request into a JSON event. Web functions (raw HTTP, seed 000's second flow) are
 * not supported yet, so the option is shown disabled with the reason, not hidden.
 */
export function FunctionTypeChoice() {
  const noteId = useId()
  return (
    <fieldset className="type-choice">
      <legend className="field__label">Function Type</legend>
      <label className="type-choice__option type-choice__option--selected">
        <input type="radio" name="functionType" value="event" defaultChecked />
        <span>
          <span className="type-choice__title">Event Function</span>
          <span className="type-choice__text">
            Receives the API Gateway request as a JSON event and returns a JSON response.
          </span>
        </span>
      </label>
      <label className="type-choice__option type-choice__option--disabled">
        <input type="radio" name="functionType" value="web" disabled aria-describedby={noteId} />
        <span>
          <span className="type-choice__title">Web Function</span>
          <span className="type-choice__text" id={noteId}>
            Serves raw HTTP requests. Coming soon.
          </span>
        </span>
      </label>
    </fieldset>
  )
}
