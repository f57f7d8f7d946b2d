import { expect, type Page, test } from '@playwright/test'
import { signAcs3 } from '../src/cloud-emulator/signing/acs3'
import { deleteFunction, expectToast, uniqueName } from './helpers'

/**
 * No secret reaches the browser (ARCHITECTURE.md principle 3): during a short console flow — open the
 * console, create a function, test it — every response the browser receives, headers and body, is
 * recorded and searched for the local cloud's AccessKey secret, which the proxy holds and signs with.
 * local-cloud project only: browser-only mode has no secret at all.
 */

// The same values playwright.config.ts gives the local-cloud server.
const ACCESS_KEY_ID = 'LTAI5tE2eLocalCloud'
const SECRET = process.env.E2E_LOCAL_CLOUD_SECRET ?? 'e2e-local-cloud-SECRET-0f9c2a71'
const CLOUD_PORT = Number(process.env.E2E_CLOUD_PORT ?? 43101)

/** The forms a leaked secret could take in a response. */
const FORMS = [
  SECRET,
  encodeURIComponent(SECRET),
  JSON.stringify(SECRET).slice(1, -1),
  Buffer.from(SECRET).toString('base64'),
]

function record(page: Page) {
  const pending: Promise<{ url: string; text: string }>[] = []
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const headers = JSON.stringify(await response.allHeaders())
        const body = await response.body().then(
          (b) => b.toString('latin1'),
          () => '', // redirects and aborted loads have no body
        )
        return { url: response.url(), text: `${headers}\n${body}` }
      })(),
    )
  })
  /** Every response seen so far, each once its body has been read. */
  return () => Promise.all(pending)
}

/** The server under test really signs with SECRET: a call to the local cloud signed with it is accepted. */
async function expectServerUses(secret: string) {
  const call = async (accessKeySecret: string) => {
    const host = `127.0.0.1:${CLOUD_PORT}`
    const signed = await signAcs3({
      method: 'GET',
      path: '/2023-03-30/functions',
      search: 'limit=1',
      headers: { host },
      body: new Uint8Array(),
      key: { accessKeyId: ACCESS_KEY_ID, accessKeySecret },
      now: Date.now(),
      nonce: crypto.randomUUID(),
    })
    return (await fetch(`http://${host}/2023-03-30/functions?limit=1`, { headers: signed.headers })).status
  }
  expect(await call(secret)).toBe(200)
  expect(await call(`${secret}-not`)).toBe(403)
}

let created: string | undefined

test.afterEach(async ({ page }) => {
  if (created) await deleteFunction(page, created)
  created = undefined
})

// Only the proxy (the local-cloud project) holds a secret; the tag keeps this test to that project.
test('the AccessKey secret never appears in anything the browser receives', {
  tag: '@local-cloud-only',
}, async ({ page }) => {
  await expectServerUses(SECRET)
  const recorded = record(page)

  const name = uniqueName('e2e-secret')
  await page.goto('/functions')
  await page.getByRole('link', { name: 'Create Function' }).first().click()
  await page.getByLabel('Function Name').fill(name)
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Create Function' }).click()
  created = name
  await expectToast(page, name)
  await page.getByRole('tab', { name: 'Test' }).click()
  await page.getByRole('button', { name: 'Test Function' }).click()
  await expect(page.getByRole('region', { name: 'Execution Result' }).getByText('Succeeded')).toBeVisible()
  await page.goto('/functions')
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible()

  // Let the last responses arrive and their bodies be read, then search every one.
  await page.waitForLoadState('networkidle')
  const received = await recorded()
  expect(received.length).toBeGreaterThan(5)
  expect(received.some((r) => r.url.includes('/api/fc/'))).toBe(true)
  // The search sees the bodies: the function's name, which the API answers carry, is found.
  expect(received.some((r) => r.url.includes('/api/fc/') && r.text.includes(name))).toBe(true)
  for (const { url, text } of received)
    for (const form of FORMS) expect(text.includes(form), `${url} carries the secret`).toBe(false)
})
