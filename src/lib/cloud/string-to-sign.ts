/**
 * The signing comparison of the Debug API panel (reference §4: "show the server's StringToSign beside
 * the client's"). The gateway prints its string in `X-Ca-Error-Message` with `#` for each newline
 * (`Invalid Signature, Server StringToSign:POST#application/json#…`); the emulator's trace carries it
 * with real newlines.
 */
export const INVALID_SIGNATURE_PREFIX = 'Invalid Signature, Server StringToSign:'

/** The server's StringToSign from an `X-Ca-Error-Message`, `#` read back as `\n`; null when absent. */
export function serverStringToSignFromMessage(message: string | undefined | null): string | null {
  if (!message) return null
  const at = message.indexOf(INVALID_SIGNATURE_PREFIX)
  if (at < 0) return null
  return message.slice(at + INVALID_SIGNATURE_PREFIX.length).replaceAll('#', '\n')
}

export interface StringDifference {
  /** index of the first differing character (or the shorter string's length) */
  index: number
  /** 1-based line and column of that character in the client's string */
  line: number
  column: number
}

/** Where two strings first differ, or null when they are equal. */
export function firstDifference(a: string, b: string): StringDifference | null {
  if (a === b) return null
  let index = 0
  const max = Math.min(a.length, b.length)
  while (index < max && a[index] === b[index]) index++
  const before = a.slice(0, index)
  const line = before.split('\n').length
  const column = index - (before.lastIndexOf('\n') + 1) + 1
  return { index, line, column }
}

/** A character as shown in the marker: `\n` and spaces made visible. */
export function visibleChar(char: string | undefined): string {
  if (char === undefined) return 'end of text'
  if (char === '\n') return 'a line break (\\n)'
  if (char === ' ') return 'a space'
  return `“${char}”`
}
