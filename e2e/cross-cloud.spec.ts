import { expect, type Page, test } from '@playwright/test'
import { cloudApi, createFunction, deleteFunction, expectToast, uniqueName } from './helpers'

/**
 * Issue 7's "done when", tried as a new user would: one handler written for AWS (seed 003's shape —
 * statusCode and body, nothing else) sent through "Try across clouds" answers through both AWS formats
 * and fails through Alibaba's with the documented gateway error (502 D502FC, seeds 000/002 FAQ) and
 * through Tencent's with its documented 403 (seed 001); the columns show why. Both projects.
 */
const AWS_HANDLER = [
  "'use strict'",
  '// Written for AWS Lambda + API Gateway; FC hands the event over as a Buffer.',
  'exports.handler = async (event) => {',
  '  const e = JSON.parse(event.toString())',
  '  const path = e.path || e.rawPath',
  "  return { statusCode: 200, body: JSON.stringify({ message: 'hello from ' + path }) }",
  '}',
].join('\n')

let fnName: string | undefined

/** Removes whatever scratch APIs a failed run left (the view's own Clean up is tested below). */
async function removeScratch(page: Page) {
  const groups = await cloudApi(page, 'DescribeApiGroups', { GroupName: 'CrossCloud-', PageSize: '50' })
  const list = ((groups.json?.ApiGroupAttributes as { ApiGroupAttribute?: { GroupId: string }[] } | undefined)
    ?.ApiGroupAttribute ?? []) as { GroupId: string }[]
  for (const { GroupId } of list) {
    const apis = await cloudApi(page, 'DescribeApis', { GroupId })
    const summaries =
      (apis.json?.ApiSummarys as { ApiSummary?: { ApiId: string }[] } | undefined)?.ApiSummary ?? []
    for (const { ApiId } of summaries) {
      await cloudApi(page, 'AbolishApi', { ApiId, StageName: 'TEST' })
      await cloudApi(page, 'DeleteApi', { ApiId })
    }
    await cloudApi(page, 'DeleteApiGroup', { GroupId })
  }
}

test.afterEach(async ({ page }) => {
  await removeScratch(page)
  if (fnName) await deleteFunction(page, fnName)
  fnName = undefined
})

test('one AWS handler through all four event formats, side by side', async ({ page }) => {
  await page.goto('/functions')
  fnName = uniqueName('e2e-xc')
  await createFunction(page, fnName, { 'index.js': AWS_HANDLER })

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Try Across Clouds' })
    .click()
  await expect(page.getByRole('heading', { name: 'Try across clouds', level: 1 })).toBeVisible()
  const request = page.getByRole('form', { name: 'Request to send' })
  await request.getByRole('combobox', { name: 'Function' }).selectOption(fnName)
  await request.getByRole('combobox', { name: 'Method' }).selectOption('GET')
  await request.getByRole('textbox', { name: 'Path and query' }).fill('/orders/42?expand=items')
  await request.getByRole('button', { name: 'Send through all four formats' }).click()

  const results = page.getByRole('region', { name: 'Results across clouds' })
  const column = (name: string) => results.getByRole('region', { name, exact: true })
  const part = (name: string, title: string) => column(name).getByRole('region', { name: title })

  // The AWS formats answer what the handler returned. The view publishes to TEST, a named stage for
  // AWS: a REST API keeps it out of `path`, an HTTP API puts it in `rawPath` (seed 003: /default/…).
  await expect(column('AWS REST v1').getByText(/^HTTP 200/)).toBeVisible()
  await expect(part('AWS REST v1', 'HTTP answer')).toContainText('"message": "hello from /orders/42"')
  await expect(column('AWS HTTP v2').getByText(/^HTTP 200/)).toBeVisible()
  await expect(part('AWS HTTP v2', 'HTTP answer')).toContainText('"message": "hello from /test/orders/42"')
  await expect(part('AWS REST v1', 'Event received by the function')).toContainText('"resource": "/{proxy+}"')
  await expect(part('AWS REST v1', 'Event received by the function')).toContainText('"stage": "test"')
  await expect(part('AWS HTTP v2', 'Event received by the function')).toContainText('"version": "2.0"')
  await expect(part('AWS HTTP v2', 'Event received by the function')).toContainText(
    '"rawQueryString": "expand=items"',
  )

  // Alibaba's gateway: 502 D502FC, because the envelope lacks isBase64Encoded and headers.
  await expect(column('Alibaba Cloud').getByText(/^HTTP 502/)).toBeVisible()
  const alibabaWhy = part('Alibaba Cloud', 'Why')
  await expect(alibabaWhy).toContainText('D502FC')
  await expect(alibabaWhy.getByText('isBase64Encoded is missing', { exact: true })).toBeVisible()
  await expect(alibabaWhy.getByText('headers is missing', { exact: true })).toBeVisible()
  await expect(part('Alibaba Cloud', 'Event received by the function')).toContainText('"queryParameters"')

  // Tencent's integration response: the documented 403.
  await expect(column('Tencent SCF').getByText(/^HTTP 403/)).toBeVisible()
  await expect(part('Tencent SCF', 'HTTP answer')).toContainText(
    'Invalid scf response format. please check your scf response format.',
  )
  await expect(part('Tencent SCF', 'Why')).toContainText('headers is missing')
  await expect(part('Tencent SCF', 'Event received by the function')).toContainText('"stage": "test"')

  // Every column shows the same return value: the difference is the gateway's reading of it.
  for (const name of ['Alibaba Cloud', 'Tencent SCF', 'AWS REST v1', 'AWS HTTP v2'])
    await expect(part(name, 'Function returned')).toContainText('"statusCode": 200')

  // Clean up the scratch APIs from the view.
  const scratch = page.getByRole('region', { name: 'Scratch APIs' })
  await expect(scratch).toContainText('4 scratch groups')
  await scratch.getByRole('button', { name: 'Clean up' }).click()
  await page
    .getByRole('dialog', { name: 'Clean up the scratch APIs?' })
    .getByRole('button', { name: 'Clean up' })
    .click()
  await expectToast(page, 'Scratch APIs removed')
  await expect(scratch).toContainText('None')
})
