import { expect, type Page } from '@playwright/test'

/**
 * Calls the console's own `/api` from inside the page, so the same helper works in both modes:
 * in browser-only mode only the page's MSW worker can answer (the emulator lives in the page).
 */
export async function api(page: Page, method: string, path: string, body?: unknown) {
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
