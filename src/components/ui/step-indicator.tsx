import { CheckIcon } from './icons'

/**
 * The steps of a create flow. An ordered list with aria-current="step" on the current one;
 * completed steps can be revisited when `onStepClick` is given (later steps cannot be skipped to).
 */
export function StepIndicator({
  steps,
  current,
  onStepClick,
  label = 'Steps',
}: {
  steps: readonly string[]
  /** 0-based index of the current step. */
  current: number
  onStepClick?: (index: number) => void
  label?: string
}) {
  return (
    <ol className="steps" aria-label={label}>
      {steps.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo'
        const content = (
          <>
            <span className="steps__marker" aria-hidden="true">
              {state === 'done' ? <CheckIcon width={14} height={14} /> : index + 1}
            </span>
            <span className="steps__label">
              {step}
              {state === 'done' && <span className="sr-only"> (completed)</span>}
            </span>
          </>
        )
        return (
          <li
            key={step}
            className={`steps__item steps__item--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            {state === 'done' && onStepClick ? (
              <button type="button" className="steps__button" onClick={() => onStepClick(index)}>
                {content}
              </button>
            ) : (
              <span className="steps__button">{content}</span>
            )}
          </li>
        )
      })}
    </ol>
  )
}
