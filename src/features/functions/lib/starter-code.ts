/** `index.handler` → `index.js`; `src/app.main` → `src/app.js` (the module is what precedes the last dot). */
export function handlerFile(handler: string): string {
  const dot = handler.lastIndexOf('.')
  return `${dot > 0 ? handler.slice(0, dot) : 'index'}.js`
}
