import { expect, type Page, test } from '@playwright/test'
import { api, expectToast, uniqueName } from './helpers'

/**
 * Services (FC 2.0, seed 004): create a service and a function from a template in the console, test
 * it (result and logs), deploy new code, give it an HTTP trigger and call it; the cloud's refusal to
 * delete a service that still has functions. Both projects; the Python runtime only where it can run
 * (the local cloud), with the browser-only mode saying so plainly.
 */
const FC2 = '/api/fc/2016-08-15'

/** Deletes a service with everything in it (triggers → functions → service), through /api. */
async function deleteService(page: Page, service: string) {
  const list = await api(page, 'GET', `${FC2}/services/${service}/functions?limit=100`)
  if (list.status === 404) return
  const { functions } = JSON.parse(list.text) as { functions: { functionName: string }[] }
  for (const { functionName } of functions) {
    const base = `${FC2}/services/${service}/functions/${functionName}`
    const triggers = JSON.parse((await api(page, 'GET', `${base}/triggers`)).text) as {
      triggers: { triggerName: string }[]
    }
    for (const { triggerName } of triggers.triggers)
      await api(page, 'DELETE', `${base}/triggers/${triggerName}`)
    expect((await api(page, 'DELETE', base)).status).toBe(204)
  }
  expect([204, 404]).toContain((await api(page, 'DELETE', `${FC2}/services/${service}`)).status)
}

let created: string | undefined
test.afterEach(async ({ page }) => {
  if (created) await deleteService(page, created)
  created = undefined
})

async function createServiceInConsole(page: Page, service: string) {
  await page.goto('/services')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Services (FC 2.0)' })
    .waitFor()
  await expect(page.getByRole('heading', { name: 'Services', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Create Service' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Create Service' })
  await dialog.getByLabel('Service Name').fill(service)
  await dialog.getByLabel('Description').fill('e2e service')
  await dialog.getByRole('button', { name: 'Create' }).click()
  created = service
  await expect(page.getByRole('heading', { name: service, level: 1 })).toBeVisible()
  await expect(page.getByText('No functions in this service')).toBeVisible()
}

async function replaceEditorText(page: Page, name: string | RegExp, text: string) {
  await page.getByRole('textbox', { name }).click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText(text)
}

test('a service, a Node.js function from the template: test, deploy, HTTP trigger', async ({ page }) => {
  const service = uniqueName('e2e-svc')
  const fn = 'hello'
  await createServiceInConsole(page, service)

  // Create Function: the Node.js event template.
  await page.getByRole('link', { name: 'Create Function' }).first().click()
  await page.getByLabel('Function Name').fill(fn)
  await expect(page.getByLabel('Runtime')).toHaveValue('nodejs20')
  await page.getByRole('button', { name: 'Create Function' }).click()
  await expectToast(page, `Function ${fn} created`)
  await expect(page.getByRole('heading', { name: fn, level: 1 })).toBeVisible()

  // Test: the result and the logs of the template.
  await page.getByRole('button', { name: 'Test Function' }).click()
  const result = page.getByRole('region', { name: 'Execution Result' })
  await expect(result.getByText('Succeeded')).toBeVisible()
  await expect(result.getByText(`hello from ${service}/${fn}`)).toBeVisible()
  const log = result.getByRole('log', { name: 'Log output' })
  await expect(log).toContainText('FC Invoke Start RequestId:')
  await expect(log).toContainText('verbose requestId:')
  await expect(log).toContainText('key1 = value1')

  // Code: new code, deployed (UpdateFunction with If-Match), then a failing run shows the error.
  await page.getByRole('tab', { name: 'Code' }).click()
  await replaceEditorText(
    page,
    'Code editor: index.js',
    "exports.handler = (event, context, callback) => callback(new Error('deployed ' + context.function.memory))",
  )
  await page.getByRole('button', { name: 'Deploy' }).click()
  await expectToast(page, 'Deployed')
  await page.getByRole('tab', { name: 'Test' }).click()
  await page.getByRole('button', { name: 'Test Function' }).click()
  await expect(result.getByText('Failed')).toBeVisible()
  await expect(result.getByText('HandledInvocationError')).toBeVisible()
  await expect(result.getByText('deployed 128').first()).toBeVisible()

  // Triggers: an anonymous HTTP trigger; the function is then an HTTP handler reached through it.
  await page.getByRole('tab', { name: 'Code' }).click()
  await replaceEditorText(
    page,
    'Code editor: index.js',
    "exports.handler = (req, resp) => { resp.setStatusCode(201); resp.send('via ' + req.method + ' ' + req.path + ' ' + req.queries.q) }",
  )
  await page.getByRole('button', { name: 'Deploy' }).click()
  await expectToast(page, 'Deployed')
  await page.getByRole('tab', { name: 'Triggers' }).click()
  await expect(page.getByText('No triggers')).toBeVisible()
  await page.getByRole('button', { name: 'Create HTTP Trigger' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create HTTP Trigger' })
  await dialog.getByLabel('Authentication').selectOption('anonymous')
  await dialog.getByRole('button', { name: 'Create' }).click()
  const triggers = page.getByRole('table', { name: 'Triggers' })
  await expect(triggers.getByRole('row', { name: /http-trigger/ })).toContainText(
    `/2016-08-15/proxy/${service}/${fn}/`,
  )
  await page.reload()
  await page.getByRole('tab', { name: 'Test' }).click()
  await page.getByLabel('Path').fill('/users?q=x')
  await page.getByRole('button', { name: 'Send Request' }).click()
  await expect(result.getByText('via GET /users x')).toBeVisible()
  await expect(result.getByText('201', { exact: true })).toBeVisible()
})

test("deleting a service that has functions shows the cloud's refusal; an empty one is deleted", async ({
  page,
}) => {
  const service = uniqueName('e2e-svc')
  await page.goto('/services')
  expect((await api(page, 'POST', `${FC2}/services`, { serviceName: service })).status).toBe(200)
  created = service
  const { strToU8, zipSync } = await import('fflate')
  const zipFile = Buffer.from(
    zipSync({ 'index.js': strToU8('exports.handler = (e, c, cb) => cb(null, 1)') }),
  ).toString('base64')
  const fn = { functionName: 'f', runtime: 'nodejs20', handler: 'index.handler', code: { zipFile } }
  expect((await api(page, 'POST', `${FC2}/services/${service}/functions`, fn)).status).toBe(200)

  await page.reload()
  await page.getByRole('button', { name: `Delete ${service}` }).click()
  const confirm = page.getByRole('dialog', { name: `Delete service ${service}?` })
  await confirm.getByRole('button', { name: 'Delete' }).click()
  await expect(confirm.getByText(`service '${service}' has active functions`)).toBeVisible()
  await confirm.getByRole('button', { name: 'Cancel' }).click()

  expect((await api(page, 'DELETE', `${FC2}/services/${service}/functions/f`)).status).toBe(204)
  await page.getByRole('button', { name: `Delete ${service}` }).click()
  await page
    .getByRole('dialog', { name: `Delete service ${service}?` })
    .getByRole('button', { name: 'Delete' })
    .click()
  await expectToast(page, `Service ${service} deleted`)
  await expect(page.getByRole('link', { name: service })).toHaveCount(0)
})

test('a Python 3 function from the template runs in the local cloud; the browser-only mode says why not', async ({
  page,
}, testInfo) => {
  const service = uniqueName('e2e-py')
  await createServiceInConsole(page, service)
  await page.getByRole('link', { name: 'Create Function' }).first().click()
  await page.getByLabel('Function Name').fill('py')
  await page.getByLabel('Runtime').selectOption('python3.10')
  await expect(page.getByRole('textbox', { name: 'Code editor: index.py' })).toContainText(
    'def handler(event, context):',
  )

  if (testInfo.project.name !== 'local-cloud') {
    await expect(page.getByRole('note')).toContainText('npm start')
    return
  }
  await page.getByRole('button', { name: 'Create Function' }).click()
  await expectToast(page, 'Function py created')
  await page.getByRole('button', { name: 'Test Function' }).click()
  const result = page.getByRole('region', { name: 'Execution Result' })
  await expect(result.getByText('Succeeded')).toBeVisible()
  await expect(result.getByText(`hello from ${service}/py`)).toBeVisible()
  await expect(result.getByRole('log', { name: 'Log output' })).toContainText('[INFO] key1 = value1')
})
