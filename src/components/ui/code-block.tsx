import type { ComponentProps } from 'react'

/**
 * A block of code, data or log text (`.code-block`). It scrolls when long, so it takes keyboard focus
 * (tabIndex 0): a keyboard user can scroll it in every browser, not only those that make scrollers
 * focusable themselves (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function CodeBlock({ className, ...pre }: ComponentProps<'pre'>) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region takes focus so the keyboard can scroll it (WCAG 2.1.1)
    <pre tabIndex={0} className={className ? `code-block ${className}` : 'code-block'} {...pre} />
  )
}
