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

async function violationsOf(page: Page, path: string) {
  await page.goto(path)
  // The page's own heading: the route has rendered, its data is in.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.waitForLoadState('networkidle')
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return result.violations.map(
    (v) => `${path}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
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
  expect(found).toEqual([])
})
