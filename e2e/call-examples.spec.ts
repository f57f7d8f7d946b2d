import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import {
  cleanUpGateway,
  cloudApi,
  createPublishedApi,
  expectToast,
  type GatewayResources,
  uniqueName,
} from './helpers'

/**
 * The console's ready-to-copy curl lines: the local cloud's line names the address the local cloud
 * really listens on (LOCAL_CLOUD_PORT; here E2E_CLOUD_PORT), the browser-only mode says why it has
 * none, and the API page's Call Example uses the real AppCode of an app authorized for the API.
 */

// The local cloud's port in the `local-cloud` project: playwright.config.ts's E2E_CLOUD_PORT (and default).
const CLOUD_ORIGIN = `http://127.0.0.1:${process.env.E2E_CLOUD_PORT ?? 43101}`

interface Created extends GatewayResources {
  groupName?: string
  apiName?: string
  appId?: string
}
let created: Created = {}

test.afterEach(async ({ page }) => {
  if (created.appId) await cloudApi(page, 'DeleteApp', { AppId: created.appId })
  await cleanUpGateway(page, created)
  created = {}
})

const HANDLER = `exports.handler = (event, context, callback) => callback(null, {
  isBase64Encoded: false, statusCode: 200, headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ ok: true, path: JSON.parse(event).path }) })`

test('the group page’s curl line names the port the local cloud really listens on', {
  tag: '@local-cloud-only',
}, async ({ page }) => {
  created.groupName = uniqueName('e2e-curl')
  await page.goto('/api-groups')
  const group = await cloudApi(page, 'CreateApiGroup', { GroupName: created.groupName })
  created.groupId = String(group.json?.GroupId)
  await page.goto(`/api-groups/${created.groupId}`)
  const panel = page.getByRole('region', { name: 'Call APIs in this group' })
  const line = panel.locator('.command-line').filter({
    has: page.getByRole('button', { name: 'Copy curl for the local cloud' }),
  })
  await expect(line).toContainText(`'${CLOUD_ORIGIN}/'`)
  await expect(panel).toContainText(`The local cloud behind this console listens on ${CLOUD_ORIGIN}`)
})

test('in browser-only mode the group page says curl cannot reach the tab’s cloud instead of printing a line', {
  tag: '@browser-only-only',
}, async ({ page }) => {
  created.groupName = uniqueName('e2e-curl')
  await page.goto('/api-groups')
  const group = await cloudApi(page, 'CreateApiGroup', { GroupName: created.groupName })
  created.groupId = String(group.json?.GroupId)
  await page.goto(`/api-groups/${created.groupId}`)
  const panel = page.getByRole('region', { name: 'Call APIs in this group' })
  await expect(panel).toContainText('curl cannot reach it')
  await expect(panel.getByRole('button', { name: 'Copy curl for Alibaba Cloud' })).toBeVisible()
  await expect(panel.getByRole('button', { name: 'Copy curl for the local cloud' })).toHaveCount(0)
})

test('the Call Example: authorize an app from it, then copy the curl line with its real AppCode', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(90_000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  // An event function behind `GET /example` (Alibaba Cloud App authentication), published to Production.
  await page.goto('/api-groups')
  await createPublishedApi(page, created, {
    prefix: 'e2e-example',
    path: '/example',
    authType: 'APP',
    handler: HANDLER,
  })
  const suffix = uniqueName('x').slice(2)
  const app = await cloudApi(page, 'CreateApp', {
    AppName: `e2e_example_${suffix.replaceAll('-', '_')}`.slice(0, 26),
  })
  created.appId = String(app.json?.AppId)
  const security = await cloudApi(page, 'DescribeAppSecurity', { AppId: created.appId })
  const appCode = String(security.json?.AppCode)
  const appSecret = String(security.json?.AppSecret)

  await page.goto(`/apis/${created.apiId}`)
  const example = page.getByRole('region', { name: 'Call Example' })
  // No app authorized yet: the example says so and offers to authorize one.
  const note = example.getByRole('note')
  await expect(note).toContainText('No app is authorized to call this API in Production.')
  await note.getByRole('button', { name: 'Authorize App' }).click()
  const dialog = page.getByRole('dialog', { name: /^Authorize apps for / })
  await expect(dialog.getByLabel('Stage')).toHaveValue('RELEASE')
  await dialog.getByRole('checkbox', { name: new RegExp(created.appId) }).check()
  await dialog.getByRole('button', { name: 'Confirm' }).click()
  await expectToast(page, '1 app(s) authorized')

  // Now: the app, its AppKey and AppCode in clear, the AppSecret masked until shown.
  await expect(example.getByRole('combobox', { name: 'Authorized app' })).toHaveValue(created.appId)
  await expect(example).toContainText(appCode)
  await expect(example).not.toContainText(appSecret)
  await example.getByRole('button', { name: 'Show AppSecret' }).click()
  await expect(example).toContainText(appSecret)
  await example.getByRole('button', { name: 'Hide AppSecret' }).click()
  await expect(example).not.toContainText(appSecret)

  const cloudButton = page.getByRole('button', {
    name: 'Copy curl with AppCode for Production (Alibaba Cloud)',
  })
  await expect(example.locator('.command-line').filter({ has: cloudButton })).toContainText(
    `-H 'Authorization: APPCODE ${appCode}'`,
  )
  if (testInfo.project.name === 'browser-only') {
    await expect(example).toContainText('a terminal cannot reach it')
    return
  }
  // The local cloud's line is the real thing: copied, and run as is, it reaches the function.
  const localButton = page.getByRole('button', {
    name: 'Copy curl with AppCode for Production (local cloud)',
  })
  await localButton.click()
  await expectToast(page, 'Copied to clipboard')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain(`-H 'Authorization: APPCODE ${appCode}'`)
  expect(copied).toContain(`'${CLOUD_ORIGIN}/example'`)
  const { stdout } = await promisify(execFile)('sh', ['-c', copied], { timeout: 20_000 })
  expect(stdout).toMatch(/^HTTP\/1\.1 200/)
  expect(stdout).toContain('"ok":true')
})
