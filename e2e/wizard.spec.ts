import { expect, type Page, test } from '@playwright/test'
import { cleanUpGateway, cloudApi, type GatewayResources, uniqueName } from './helpers'

/**
 * The Quick Start (/wizard): the seed's event-function flow end to end — create the function → backend
 * service → bind it to Production → API group → API → publish → call — one real resource per step,
 * resumable after a reload. Runs in both projects (browser-only and local-cloud).
 */

const STORAGE_KEY = 'apigw-fc-console:quick-start'
let created: GatewayResources = {}

/** What the wizard created so far, from its saved progress. */
async function wizardProgress(page: Page): Promise<GatewayResources> {
  const saved = await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)
  const progress = saved ? (JSON.parse(saved) as Record<string, unknown>) : {}
  const text = (key: string) => (typeof progress[key] === 'string' ? (progress[key] as string) : undefined)
  return {
    functionName: text('functionName'),
    backendId: text('backendId'),
    groupId: text('groupId'),
    apiId: text('apiId'),
  }
}

test.afterEach(async ({ page }) => {
  created = { ...created, ...(await wizardProgress(page).catch(() => ({}))) }
  await cleanUpGateway(page, created)
  created = {}
})

test('the Quick Start walks the event-function flow end to end, resuming after a reload', async ({
  page,
}) => {
  const suffix = uniqueName('q').slice(2)
  const fnName = `e2e-wiz-fn-${suffix}`
  await page.goto('/wizard')
  await expect(page.getByRole('heading', { name: 'Quick Start', level: 1 })).toBeVisible()
  const steps = page.getByRole('list', { name: 'Quick Start steps' })
  await expect(steps.getByRole('listitem').first()).toHaveAttribute('aria-current', 'step')

  // 1. The event function, with the guide's code.
  await page.getByLabel('Function Name').fill(fnName)
  await page.getByRole('button', { name: 'Create Function' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'created.' })).toContainText(
    `Function ${fnName} created.`,
  )
  await page.getByRole('button', { name: 'Next' }).click()

  // 2. The backend service, 3. bound to the function on Production.
  await page.getByLabel('Backend Service Name').fill(`e2e-wiz-backend-${suffix}`)
  await page.getByRole('button', { name: 'Create Backend Service' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Production definition of' })).toBeVisible()

  // A reload resumes at the first open step, with what was created listed and linked.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Step 4: Create an API group' })).toBeVisible()
  const createdList = page.getByRole('list', { name: 'Created resources' })
  await expect(createdList.getByRole('link', { name: fnName })).toHaveAttribute(
    'href',
    `/functions/${fnName}`,
  )
  await expect(createdList.getByRole('link', { name: `e2e-wiz-backend-${suffix}` })).toBeVisible()

  // 4. The API group, 5. the API (GET /hello, No Authentication), 6. published to Production.
  await page.getByLabel('Group Name').fill(`e2e-wiz-group-${suffix}`)
  await page.getByRole('button', { name: 'Create Group' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByLabel('API Name').fill(`e2e_wiz_api_${suffix.replaceAll('-', '_')}`)
  await expect(page.getByLabel('Request Path')).toHaveValue('/hello')
  await page.getByRole('button', { name: 'Create API' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(createdList).toContainText('API (published to Production)')
  await page.getByRole('button', { name: 'Next' }).click()

  // 7. Call it: the function saw the documented event, the caller got what the function returned.
  await page.getByLabel('Query parameter name').fill('seed')
  await page.getByRole('button', { name: 'Call API' }).click()
  const answer = page.getByRole('region', { name: 'The caller got' })
  await expect(answer).toContainText('200')
  await expect(answer.getByRole('definition').filter({ hasText: 'header value' })).toBeVisible()
  await expect(answer).toContainText('"path": "/hello"')
  await expect(answer).toContainText('"method": "GET"')
  await expect(answer).toContainText(/"queryParameters": \{\s*"name": "seed"\s*\}/)
  const event = page.getByRole('region', { name: 'Event received by the function' })
  await expect(event).toContainText('"httpMethod": "GET"')
  await expect(event).toContainText('"path": "/hello"')
  await expect(event).toContainText('"pathParameters": {}')
  await expect(event).toContainText('"isBase64Encoded":')
  await expect(steps.getByRole('listitem').last()).toContainText('(completed)')

  // Every created resource's page is one click away.
  await createdList.getByRole('link', { name: fnName }).click()
  await expect(page.getByRole('heading', { name: fnName, level: 1 })).toBeVisible()
})

test('Start Over forgets the progress after confirmation and keeps the resources', async ({ page }) => {
  const fnName = uniqueName('e2e-wiz-restart')
  await page.goto('/wizard')
  await page.getByLabel('Function Name').fill(fnName)
  await page.getByRole('button', { name: 'Create Function' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'created.' })).toBeVisible()
  created = await wizardProgress(page)

  await page.getByRole('button', { name: 'Start Over' }).click()
  const dialog = page.getByRole('dialog', { name: 'Start over?' })
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('list', { name: 'Created resources' })).toContainText(fnName)

  await page.getByRole('button', { name: 'Start Over' }).click()
  await page.getByRole('dialog', { name: 'Start over?' }).getByRole('button', { name: 'Start Over' }).click()
  await expect(page.getByRole('heading', { name: 'Step 1: Create an event function' })).toBeVisible()
  await expect(page.getByText('Nothing yet.')).toBeVisible()
  expect((await wizardProgress(page)).functionName).toBeUndefined()
  // The function itself is still there.
  await page.goto(`/functions/${fnName}`)
  await expect(page.getByRole('heading', { name: fnName, level: 1 })).toBeVisible()
})

test('after Reset demo data the Quick Start notices that what it created is gone and starts over', async ({
  page,
}) => {
  const fnName = uniqueName('e2e-wiz-reset')
  await page.goto('/wizard')
  await page.getByLabel('Function Name').fill(fnName)
  await page.getByRole('button', { name: 'Create Function' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'created.' })).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByLabel('Backend Service Name').fill(`${fnName}-backend`)
  await page.getByRole('button', { name: 'Create Backend Service' }).click()
  await expect(page.getByRole('list', { name: 'Created resources' })).toContainText(`${fnName}-backend`)
  created = await wizardProgress(page)

  // The emulator's reset (top bar) empties the cloud; the console goes to the function list.
  await page.getByRole('button', { name: 'Reset demo data' }).click()
  await page.getByRole('dialog', { name: 'Reset demo data?' }).getByRole('button', { name: 'Reset' }).click()
  await expect(page.getByRole('heading', { name: 'Functions', level: 1 })).toBeVisible()

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quick Start' }).click()
  const notice = page.getByRole('status').filter({ hasText: 'The Quick Start started over' })
  await expect(notice).toContainText(`function ${fnName}, backend service ${fnName}-backend`)
  await expect(page.getByRole('heading', { name: 'Step 1: Create an event function' })).toBeVisible()
  await expect(page.getByText('Nothing yet.')).toBeVisible()
  expect(await wizardProgress(page)).toEqual({})
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
})

test('when one of its resources was deleted, the Quick Start says which and redoes the steps from there', async ({
  page,
}) => {
  const fnName = uniqueName('e2e-wiz-gone')
  await page.goto('/wizard')
  await page.getByLabel('Function Name').fill(fnName)
  await page.getByRole('button', { name: 'Create Function' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'created.' })).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByLabel('Backend Service Name').fill(`${fnName}-backend`)
  await page.getByRole('button', { name: 'Create Backend Service' }).click()
  await expect(page.getByRole('list', { name: 'Created resources' })).toContainText(`${fnName}-backend`)
  created = await wizardProgress(page)

  // The backend service is deleted elsewhere; the Quick Start is opened again.
  const gone = await cloudApi(page, 'DeleteBackend', { BackendId: created.backendId ?? '' })
  expect(gone.status, JSON.stringify(gone.json)).toBe(200)
  await page.reload()
  const alert = page.getByRole('alert').filter({ hasText: 'no longer exist' })
  await expect(alert).toContainText(`backend service ${fnName}-backend`)
  await expect(page.getByRole('list', { name: 'Created resources' }).getByText('Deleted')).toBeVisible()
  await alert.getByRole('button', { name: 'Redo from Step 2: Backend Service' }).click()
  await expect(page.getByRole('heading', { name: 'Step 2: Create a backend service' })).toBeVisible()
  await expect(alert).toHaveCount(0)
  const progress = await wizardProgress(page)
  expect(progress.functionName).toBe(fnName)
  expect(progress.backendId).toBeUndefined()
})
