/**
 * Vitest set-up for every test file. Component tests (jsdom) wait up to 5 s for what they look for:
 * testing-library's default of 1 s fails a test whose page is merely slow to render on a loaded CI
 * machine (seen: the Create API form under a full parallel run). A page that never shows the element
 * still fails, only later.
 */
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react')
  configure({ asyncUtilTimeout: 5_000 })
}

export {}
