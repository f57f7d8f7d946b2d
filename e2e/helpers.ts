import { expect, type Page } from '@playwright/test'

/**
 * Calls the console's own `/api` from inside the page, so the same helper works in both modes:
 * in browser-only mode only the page's MSW worker can answer (the emulator lives in the page).
 */
export async function api(page: Page, method: string, path: string, body?: unknown) {
  // The console renders only after the in-page emulator has started (src/main.tsx): before that, a
  // fetch in browser-only mode would reach the static server instead.
  await page.getByRole('navigation', { name: 'Main' }).waitFor()
  return page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: res.status, text: await res.text() }
    },
    { method, path, body },
  )
}

/** A name no other test (or a rerun against a kept local-cloud state) uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`
}

/** Deletes a function if it exists: each test cleans up after itself. */
export async function deleteFunction(page: Page, name: string) {
  const res = await api(page, 'DELETE', `/api/fc/2023-03-30/functions/${encodeURIComponent(name)}`)
  expect([204, 404]).toContain(res.status)
}

export async function expectToast(page: Page, text: string | RegExp) {
  await expect(page.getByRole('status').filter({ hasText: text }).first()).toBeVisible()
}

/** Creates a function through the API (from inside the page) with the given files. */
export async function createFunction(
  page: Page,
  name: string,
  files: Record<string, string>,
  settings: { timeout?: number; memorySize?: number } = {},
) {
  const { strToU8, zipSync } = await import('fflate')
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])))
  const res = await api(page, 'POST', '/api/fc/2023-03-30/functions', {
    functionName: name,
    runtime: 'nodejs20',
    handler: 'index.handler',
    code: { zipFile: Buffer.from(zip).toString('base64') },
    ...settings,
  })
  expect(res.status, res.text).toBe(200)
}
