/**
 * A decorative spinner. It is hidden from assistive tech on purpose: the busy control or region
 * says what is happening (disabled button with its label, `aria-busy`, or the text beside it).
 */
export function Spinner({ size = 16 }: { size?: number }) {
  return <span className="spinner" style={{ width: size, height: size }} aria-hidden="true" />
}
