import { expect, test } from '@playwright/test'
import { createFunction, deleteFunction, expectToast, uniqueName } from './helpers'

/**
 * The seed's console steps (000_a493078be2de663d.txt / 002_9be29589e319e084.txt, "Create an event
 * function"): create the function → write code → configure test parameters → test function → view
 * the result. Runs in both projects: browser-only (emulator in the page, code in a Web Worker) and
 * local-cloud (proxy → local cloud, code in worker_threads).
 */

// The handler the user writes in the Code tab: reads the API Gateway event (seed 000 "event" JSON),
// logs, and answers with the response envelope the gateway expects.
const HANDLER = [
  "'use strict'",
  'let calls = 0',
  'exports.handler = function (event, context, callback) {',
  '  const evt = JSON.parse(event.toString())',
  '  calls += 1',
  "  console.log('path is ' + evt.path + ', call ' + calls)",
  '  callback(null, {',
  '    isBase64Encoded: false,',
  '    statusCode: 200,',
  "    headers: { 'x-custom-header': 'header value' },",
  "    body: 'hello ' + evt.queryParameters.name + ' from ' + context.function.name,",
  '  })',
  '}',
].join('\n')

let created: string | undefined

test.afterEach(async ({ page }) => {
  if (created) await deleteFunction(page, created)
  created = undefined
})

test('write code, configure a test event, test the function and read the result and logs', async ({
  page,
}) => {
  const name = uniqueName('e2e-fn')
  await page.goto('/functions')
  await expect(page.getByRole('heading', { name: 'Functions', level: 1 })).toBeVisible()

  // Create the event function (basic settings → code → review).
  await page.getByRole('link', { name: 'Create Function' }).first().click()
  await page.getByLabel('Function Name').fill(name)
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Create Function' }).click()
  created = name
  await expectToast(page, name)
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible()

  // Write code and deploy it.
  await page.getByRole('tab', { name: 'Code' }).click()
  const editor = page.getByRole('textbox', { name: /Code editor/ })
  await editor.click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText(HANDLER)
  await page.getByRole('button', { name: 'Deploy' }).click()
  await expectToast(page, /deployed/i)

  // Configure the test parameters: an API Gateway event with a query parameter.
  await page.getByRole('tab', { name: 'Test' }).click()
  const event = page.getByRole('textbox', { name: 'Event content' })
  await event.click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText(
    JSON.stringify({
      path: '/hello',
      httpMethod: 'GET',
      headers: {},
      queryParameters: { name: 'seed' },
      pathParameters: {},
      body: '',
      isBase64Encoded: false,
    }),
  )

  // Test the function and view the result: status, the envelope's body, and the logs.
  await page.getByRole('button', { name: 'Test Function' }).click()
  const result = page.getByRole('region', { name: 'Execution Result' })
  await expect(result.getByText('Succeeded')).toBeVisible()
  await expect(result.getByText(`hello seed from ${name}`).first()).toBeVisible()
  const log = result.getByRole('log', { name: 'Log output' })
  await expect(log).toContainText('FC Invoke Start RequestId:')
  await expect(log).toContainText('verbose path is /hello, call 1')

  // A second run hits the warm instance: module state survives, no init line.
  await page.getByRole('button', { name: 'Test Function' }).click()
  await expect(log).toContainText('call 2')
  await expect(log).not.toContainText('runtime inited')
})

test('a function error is shown with its error type and the error JSON', async ({ page }) => {
  const name = uniqueName('e2e-err')
  await page.goto('/functions/create')
  await page.getByLabel('Function Name').fill(name)
  await page.getByRole('button', { name: 'Next' }).click()
  const editor = page.getByRole('textbox', { name: /Code editor/ })
  await editor.click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText(
    "exports.handler = (event, context, callback) => callback(new Error('something is wrong'))",
  )
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Create Function' }).click()
  created = name
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible()

  await page.getByRole('tab', { name: 'Test' }).click()
  await page.getByRole('button', { name: 'Test Function' }).click()
  const result = page.getByRole('region', { name: 'Execution Result' })
  await expect(result.getByText('Failed')).toBeVisible()
  await expect(result.getByText('HandledInvocationError')).toBeVisible()
  await expect(result.getByText(/something is wrong/).first()).toBeVisible()
})

test('the create form rejects what the cloud rejects, inline', async ({ page }) => {
  await page.goto('/functions/create')
  await page.getByLabel('Function Name').fill('1-starts-with-a-digit')
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByLabel('Function Name')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText(/cannot start with a digit or a hyphen/)).toBeVisible()
  await page.getByLabel('Function Name').fill('valid_name')
  await page.getByLabel('Memory Specifications').fill('100')
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByText(/multiple of 64 MB/)).toBeVisible()
})

test('an endless loop times out without taking the page down, and the next test runs', async ({ page }) => {
  const name = uniqueName('e2e-loop')
  await page.goto('/functions')
  await createFunction(
    page,
    name,
    {
      'index.js':
        "exports.handler = (event, context, callback) => { if (String(event) === 'loop') for (;;) {} callback(null, 'fine') }",
    },
    { timeout: 1 },
  )
  created = name
  await page.goto(`/functions/${name}?tab=test`)
  const event = page.getByRole('textbox', { name: 'Event content' })
  await event.click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText('loop')
  await page.getByRole('button', { name: 'Test Function' }).click()
  const result = page.getByRole('region', { name: 'Execution Result' })
  await expect(result.getByText('UnhandledInvocationError')).toBeVisible()
  await expect(result.getByText('Task timed out after 1 seconds').first()).toBeVisible()

  // The page still answers, and the function cold-starts a fresh instance.
  await event.click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText('ok')
  await page.getByRole('button', { name: 'Test Function' }).click()
  await expect(result.getByText('Succeeded')).toBeVisible()
  await expect(result.getByText('fine').first()).toBeVisible()
})
