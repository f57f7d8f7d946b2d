import { expect, type Page, test } from '@playwright/test'
import {
  api,
  cleanUpGateway,
  cloudApi,
  deleteFunction,
  type GatewayResources,
  publishFromPrompt,
  uniqueName,
} from './helpers'

/**
 * The seed's second flow (002_9be29589e319e084.txt, "Connect a web function to API Gateway", Steps 1–5)
 * through the Quick Start, and through the pages: web function + HTTP trigger → FC_HTTP_V3 backend service → group and API
 * with Alibaba Cloud App authentication, published → app, authorized → a call with APPCODE. Web functions
 * are real processes of the local cloud: the browser-only project checks the plain "needs npm start".
 */
let created: GatewayResources & { appId?: string; extraFunction?: string } = {}

/** A function with triggers cannot be deleted (FunctionNotEmpty): its HTTP trigger goes first. */
async function deleteTrigger(page: Page, functionName: string | undefined) {
  if (!functionName) return
  const path = `/api/fc/2023-03-30/functions/${encodeURIComponent(functionName)}/triggers/http-trigger`
  const res = await api(page, 'DELETE', path)
  expect([204, 404]).toContain(res.status)
}

test.afterEach(async ({ page }) => {
  await deleteTrigger(page, created.functionName)
  await deleteTrigger(page, created.extraFunction)
  if (created.appId) await cloudApi(page, 'DeleteApp', { AppId: created.appId })
  await cleanUpGateway(page, created)
  if (created.extraFunction) await deleteFunction(page, created.extraFunction)
  created = {}
})

/** The ids of what the flow created, from the links of its "created" notes. */
async function collectCreated(page: Page) {
  const hrefs = await page
    .getByRole('status')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  for (const href of hrefs) {
    const [, area, id = ''] = href.split('/')
    const value = decodeURIComponent(id)
    if (area === 'functions') created.functionName = value
    if (area === 'backends') created.backendId = value.split('?')[0]
    if (area === 'apis') created.apiId = value
    if (area === 'apps') created.appId = value
  }
  if (created.apiId) {
    const api = await cloudApi(page, 'DescribeApi', { ApiId: created.apiId })
    created.groupId = String(api.json?.GroupId)
  }
}

// Tagged: the projects in playwright.config.ts run only the tests that apply to their mode.
test('the web-function flow of the guide, Steps 1–5, in the Quick Start', {
  tag: '@local-cloud-only',
}, async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/wizard?flow=web')
  await expect(page.getByRole('button', { name: 'Web function + app', pressed: true })).toBeVisible()
  try {
    await page.getByRole('button', { name: 'Create Web Function' }).click()
    await expect(page.getByText(/Internal endpoint: https:\/\/.*-vpc\.fcapp\.run/)).toBeVisible()
    await page.getByRole('button', { name: 'Create Backend Service' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Backend service' })).toBeVisible()
    // Resumable after a reload: the two finished steps stay finished.
    await page.reload()
    await expect(page.getByRole('status').filter({ hasText: 'Backend service' })).toBeVisible()
    await page.getByRole('button', { name: 'Create and Publish API' }).click()
    await expect(page.getByRole('status').filter({ hasText: /^API / })).toBeVisible()
    await page.getByRole('button', { name: 'Create App and Authorize' }).click()
    await expect(page.getByRole('status').filter({ hasText: /^App / })).toBeVisible()
    await page.getByRole('button', { name: 'Call with AppCode' }).click()
    const answer = page.getByRole('region', { name: 'Answer' })
    await expect(answer).toContainText('200')
    await expect(answer).toContainText('Hello from a web function')
    await expect(answer).toContainText(/Authorization: APPCODE [0-9a-f]{32}/)
  } finally {
    await collectCreated(page)
    // The next run of this flow starts at step 1 again.
    await page.getByRole('button', { name: 'Start Over' }).click()
    await page
      .getByRole('dialog', { name: 'Start over?' })
      .getByRole('button', { name: 'Start Over' })
      .click()
    await expect(page.getByRole('button', { name: 'Create Web Function' })).toBeEnabled()
  }
})

test('a web function from Create Function shows its HTTP trigger’s endpoints', async ({ page }, testInfo) => {
  const name = uniqueName('e2e-web')
  await page.goto('/functions/create')
  await page.getByRole('radio', { name: /Web Function/ }).check()
  if (testInfo.project.name === 'browser-only') {
    // Plain words, not a failure later: web functions need `npm start`.
    await expect(page.getByText(/Web functions run only with the local cloud \(`npm start`\)/)).toBeVisible()
  }
  await page.getByLabel('Function Name').fill(name)
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('textbox', { name: 'Code editor: index.js' })).toContainText('FC_SERVER_PORT')
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Create Function' }).click()
  created.extraFunction = name
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible()
  const trigger = page.getByRole('region', { name: 'HTTP Trigger' })
  await expect(trigger).toContainText(/-vpc\.fcapp\.run/)
  if (testInfo.project.name === 'browser-only') await expect(trigger).toContainText('npm start')
})

test('the web-function flow of the guide, Steps 1–5, through the pages (Function Type: Web Function)', {
  tag: '@local-cloud-only',
}, async ({ page }) => {
  test.setTimeout(120_000)
  // The function (with its HTTP trigger) from Create Function, as above.
  const suffix = uniqueName('x').slice(2)
  const name = `e2e-webapi-${suffix}`
  await page.goto('/functions/create')
  await page.getByRole('radio', { name: /Web Function/ }).check()
  await page.getByLabel('Function Name').fill(name)
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Create Function' }).click()
  created.functionName = name
  await expect(page.getByRole('region', { name: 'HTTP Trigger' })).toContainText(/-vpc\.fcapp\.run/)
  // Seed 002 Step 2 through the pages: a Web Function backend service, bound in Production.
  const backendName = `e2e-webapi-${suffix}`
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backend Services' }).click()
  await page.getByRole('button', { name: 'Create Backend Service' }).first().click()
  const createBackend = page.getByRole('dialog', { name: 'Create Backend Service' })
  await createBackend.getByLabel('Backend Service Name').fill(backendName)
  await createBackend.getByRole('radio', { name: /Function Compute 3.0 · Web Function/ }).check()
  await createBackend.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByRole('heading', { name: backendName, level: 1 })).toBeVisible()
  created.backendId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '')
  await page.getByRole('tab', { name: 'Production' }).click()
  await page.getByRole('button', { name: 'Create' }).click()
  await page.getByRole('combobox', { name: 'Function Name' }).selectOption(name)
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Published to Production' })).toBeVisible()
  const group = await cloudApi(page, 'CreateApiGroup', { GroupName: `e2e-webapi-${suffix}` })
  created.groupId = String(group.json?.GroupId)

  // Step 3 through the Create API form: Alibaba Cloud App (AppCode in the header); Function Type.
  const apiName = `e2e_webapi_${suffix.replaceAll('-', '_')}`
  await page.goto(`/apis/create?groupId=${created.groupId}`)
  await expect(page.getByRole('combobox', { name: 'Group' })).toHaveValue(created.groupId)
  await page.getByLabel('API Name').fill(apiName)
  await page.getByRole('radio', { name: /Alibaba Cloud App/ }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('textbox', { name: 'Request Path' }).fill('/web')
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('combobox', { name: 'Backend Service' })).not.toContainText(backendName)
  await page.getByRole('combobox', { name: 'Function Type' }).selectOption({ label: 'Web Function' })
  await page.getByRole('combobox', { name: 'Backend Service' }).selectOption({ label: backendName })
  await expect(page.getByRole('combobox', { name: /Event Format/ })).toBeHidden()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Create' }).click()
  created.apiId = await publishFromPrompt(page, apiName)
  await expect(page.getByRole('region', { name: 'Backend Service' })).toContainText(
    'Function Compute 3.0 · Web Function',
  )

  // Step 4: an app (fcApp in the guide), authorized in Production from the API's Call Example.
  const app = await cloudApi(page, 'CreateApp', {
    AppName: `e2e_webapp_${suffix.replaceAll('-', '_')}`.slice(0, 26),
  })
  created.appId = String(app.json?.AppId)
  const note = page.getByRole('region', { name: 'Call Example' }).getByRole('note')
  await note.getByRole('button', { name: 'Authorize App' }).click()
  const dialog = page.getByRole('dialog', { name: /^Authorize apps for / })
  await dialog.getByRole('checkbox', { name: new RegExp(created.appId) }).check()
  await dialog.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 app(s) authorized' })).toBeVisible()

  // Step 5: call it with the AppCode; the raw request reaches the function's HTTP server.
  await page.getByRole('tab', { name: 'Debug API' }).click()
  await page.getByRole('combobox', { name: 'Authentication' }).selectOption('appcode')
  await page.getByRole('button', { name: 'Send Request' }).click()
  const answer = page.getByRole('region', { name: 'HTTP response' })
  await expect(answer).toContainText('200')
  await expect(answer).toContainText('Hello from a web function')
  // Plain HTTP passed on as it was: there is no response envelope to check.
  await expect(page.getByText(/A web function answers with plain HTTP/)).toBeVisible()
})

test('in browser-only mode the web-function Quick Start says it needs npm start and stops', {
  tag: '@browser-only-only',
}, async ({ page }) => {
  await page.goto('/wizard?flow=web')
  await expect(
    page.getByRole('note').filter({ hasText: 'Web functions run only with the local cloud (`npm start`)' }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Create Web Function' })).toBeDisabled()
})

test('the web-function Quick Start notices a deleted resource, and starts over after Reset demo data', {
  tag: '@local-cloud-only',
}, async ({ page }) => {
  test.setTimeout(90_000)
  await page.goto('/wizard?flow=web')
  await page.getByRole('button', { name: 'Create Web Function' }).click()
  await expect(page.getByText(/Internal endpoint: https:\/\/.*-vpc\.fcapp\.run/)).toBeVisible()
  await page.getByRole('button', { name: 'Create Backend Service' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Backend service' })).toBeVisible()
  await collectCreated(page)

  // The backend service is deleted from elsewhere: the flow names it and redoes its step.
  const gone = await cloudApi(page, 'DeleteBackend', { BackendId: created.backendId ?? '' })
  expect(gone.status, JSON.stringify(gone.json)).toBe(200)
  await page.reload()
  const alert = page.getByRole('alert').filter({ hasText: 'no longer exist' })
  await expect(alert).toContainText('backend service web-backend-')
  await alert.getByRole('button', { name: 'Redo from Step 2: Create Backend Service' }).click()
  await expect(page.getByRole('button', { name: 'Create Backend Service' })).toBeEnabled()
  await expect(alert).toHaveCount(0)

  // Reset demo data empties the cloud: back on the flow, it has started over by itself.
  await page.getByRole('button', { name: 'Reset demo data' }).click()
  await page.getByRole('dialog', { name: 'Reset demo data?' }).getByRole('button', { name: 'Reset' }).click()
  await expect(page.getByRole('heading', { name: 'Functions', level: 1 })).toBeVisible()
  await page.goto('/wizard?flow=web')
  await expect(page.getByRole('status').filter({ hasText: 'The Quick Start started over' })).toContainText(
    'web function web-function-',
  )
  await expect(page.getByRole('button', { name: 'Create Web Function' })).toBeEnabled()
  await expect(page.getByRole('button', { name: 'Start Over' })).toHaveCount(0)
})
