import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { cleanUpGateway, createPublishedApi, type GatewayResources } from './helpers'

/**
 * The console's pages against WCAG 2.1 A and AA as axe-core checks them (names on every control, label in
 * name, contrast, landmarks, focusable scrolling regions …), in both projects: the list pages and create
 * forms, and the pages of a function and of a published API with the tabs a user works in.
 */
let created: GatewayResources & { groupName?: string; apiName?: string } = {}

test.afterEach(async ({ page }) => {
  await cleanUpGateway(page, created)
  created = {}
})

const HANDLER = `exports.handler = (event, context, callback) =>
  callback(null, { isBase64Encoded: false, statusCode: 200, headers: {}, body: 'ok' })`

/** What axe finds on the page as it is now, each violation named with `where`. */
async function violationsNow(page: Page, where: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return result.violations.map(
    (v) => `${where}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

async function violationsOf(page: Page, path: string) {
  await page.goto(path)
  // The page's own heading: the route has rendered, its data is in.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.waitForLoadState('networkidle')
  return violationsNow(page, path)
}

test('the list pages, create forms and the Quick Start have no WCAG A/AA violations', async ({ page }) => {
  test.setTimeout(90_000)
  const found: string[] = []
  for (const path of [
    '/wizard',
    '/functions',
    '/functions/create',
    '/services',
    '/api-groups',
    '/apis',
    '/apis/create',
    '/backends',
    '/apps',
    '/ip-controls',
    '/traffic-controls',
    '/cross-cloud',
  ])
    found.push(...(await violationsOf(page, path)))
  expect(found).toEqual([])
})

test('a function’s and a published API’s pages have no WCAG A/AA violations', async ({ page }) => {
  test.setTimeout(90_000)
  await page.goto('/apis')
  await createPublishedApi(page, created, {
    prefix: 'e2e-a11y',
    path: '/a11y',
    authType: 'ANONYMOUS',
    handler: HANDLER,
  })
  const found: string[] = []
  for (const path of [
    `/functions/${created.functionName}`,
    `/functions/${created.functionName}?tab=test`,
    `/functions/${created.functionName}?tab=configuration`,
    `/apis/${created.apiId}`,
    `/apis/${created.apiId}?tab=debug`,
    `/apis/${created.apiId}/edit`,
    `/api-groups/${created.groupId}`,
    `/backends/${created.backendId}`,
  ])
    found.push(...(await violationsOf(page, path)))

  // And the states a user reaches there: a test's result, a Debug call's answer, the Authorize dialog.
  await page.goto(`/functions/${created.functionName}?tab=test`)
  await page.getByRole('button', { name: 'Test Function' }).click()
  await expect(page.getByRole('region', { name: 'Execution Result' })).toContainText('Succeeded')
  found.push(...(await violationsNow(page, 'the test result')))
  await page.goto(`/apis/${created.apiId}?tab=debug`)
  await page.getByRole('button', { name: 'Send Request' }).click()
  await expect(page.getByRole('region', { name: 'HTTP response' })).toContainText('200')
  found.push(...(await violationsNow(page, 'the Debug answer')))
  await page.getByRole('button', { name: 'Authorize' }).first().click()
  await expect(page.getByRole('dialog', { name: /^Authorize apps for / })).toBeVisible()
  found.push(...(await violationsNow(page, 'the Authorize dialog')))
  expect(found).toEqual([])
})
