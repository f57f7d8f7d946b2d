import { expect, test } from '@playwright/test'
import { api, deleteFunction, expectToast, uniqueName } from './helpers'

/**
 * Managing functions as a console user does: state survives a reload (IndexedDB in browser-only mode,
 * the data dir in local-cloud mode), configuration changes persist, deletes ask first.
 */

let created: string[] = []

test.afterEach(async ({ page }) => {
  for (const name of created) await deleteFunction(page, name)
  created = []
})

async function createThroughForm(page: import('@playwright/test').Page, name: string) {
  await page.goto('/functions/create')
  await page.getByLabel('Function Name').fill(name)
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Create Function' }).click()
  created.push(name)
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible()
}

test('a created function is still there after a reload, and its configuration can be changed', async ({
  page,
}) => {
  const name = uniqueName('e2e-cfg')
  await createThroughForm(page, name)

  await page.getByRole('tab', { name: 'Configuration' }).click()
  await page.getByLabel('Memory Specifications').fill('1024')
  await page.getByLabel('Execution Timeout Period').fill('30')
  await page.getByRole('button', { name: 'Save' }).click()
  await expectToast(page, 'Configuration saved')

  await page.reload()
  await page.getByRole('tab', { name: 'Configuration' }).click()
  await expect(page.getByLabel('Memory Specifications')).toHaveValue('1024')
  await expect(page.getByLabel('Execution Timeout Period')).toHaveValue('30')

  await page.goto('/functions')
  const row = page.getByRole('row').filter({ hasText: name })
  await expect(row).toContainText('1024 MB')
})

test('deleting a function asks first, and Cancel keeps it', async ({ page }) => {
  const name = uniqueName('e2e-del')
  await createThroughForm(page, name)
  await page.goto('/functions')
  await page.getByRole('searchbox').fill(name)
  await page.getByRole('button', { name: 'Search' }).click()
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name }) })

  await row.getByRole('button', { name: /Delete/ }).click()
  const dialog = page.getByRole('dialog', { name: `Delete function ${name}?` })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(row).toBeVisible()

  await row.getByRole('button', { name: /Delete/ }).click()
  await page
    .getByRole('dialog', { name: `Delete function ${name}?` })
    .getByRole('button', { name: 'Delete' })
    .click()
  await expectToast(page, name)
  await expect(row).toBeHidden()
  await expect(page.getByText(`No functions start with “${name}”`)).toBeVisible()
  created = []
  const res = await api(page, 'GET', `/api/fc/2023-03-30/functions/${name}`)
  expect(res.status).toBe(404)
  expect(JSON.parse(res.text)).toMatchObject({ Code: 'FunctionNotFound' })
})

test('a duplicate name gets the cloud’s FunctionAlreadyExists error in the form', async ({ page }) => {
  const name = uniqueName('e2e-dup')
  await createThroughForm(page, name)
  await page.goto('/functions/create')
  await page.getByLabel('Function Name').fill(name)
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Create Function' }).click()
  await expect(page.getByText(/already exists/).first()).toBeVisible()
})
