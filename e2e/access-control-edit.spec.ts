import { expect, type Page, test } from '@playwright/test'
import {
  api,
  cleanUpGateway,
  cloudApi,
  createPublishedApi,
  expectToast,
  type GatewayResources,
  uniqueName,
} from './helpers'

/**
 * Editing access controls from their pages: an IP control's name and entries (Modify, Add Policy,
 * Edit, Delete) and a traffic control's limits (Modify), with inline errors, toasts, and the bound
 * API applying an edit from its next call.
 */
interface Created extends GatewayResources {
  groupName?: string
  apiName?: string
  ipControlId?: string
  trafficControlId?: string
}
let created: Created = {}

test.afterEach(async ({ page }) => {
  if (created.ipControlId && created.groupId)
    await cloudApi(page, 'RemoveIpControlApis', {
      IpControlId: created.ipControlId,
      GroupId: created.groupId,
      StageName: 'RELEASE',
    })
  if (created.ipControlId) await cloudApi(page, 'DeleteIpControl', { IpControlId: created.ipControlId })
  if (created.trafficControlId)
    await cloudApi(page, 'DeleteTrafficControl', { TrafficControlId: created.trafficControlId })
  await cleanUpGateway(page, created)
  created = {}
})

const HANDLER = `exports.handler = (event, context, callback) => callback(null, {
  isBase64Encoded: false, statusCode: 200, headers: { 'content-type': 'text/plain' }, body: 'open' })`

/** What the caller gets now: the console's own gateway path, from the page (127.0.0.1 in both modes). */
async function statusOf(page: Page, subDomain: string) {
  return (await api(page, 'GET', `/api/gateway/${subDomain}/edited`)).status
}

test('an IP control: rename it, and add, edit and delete its entries; the API applies each from its next call', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.goto('/ip-controls')
  const subDomain = await createPublishedApi(page, created, {
    prefix: 'e2e-ipedit',
    path: '/edited',
    authType: 'ANONYMOUS',
    handler: HANDLER,
  })
  const name = uniqueName('e2e_ip').replaceAll('-', '_')
  const list = await cloudApi(page, 'CreateIpControl', {
    IpControlName: name,
    IpControlType: 'REFUSE',
    'IpControlPolicys.1.CidrIp': '10.0.0.1',
  })
  created.ipControlId = String(list.json?.IpControlId)
  await cloudApi(page, 'SetIpControlApis', {
    IpControlId: created.ipControlId,
    GroupId: created.groupId ?? '',
    ApiIds: created.apiId ?? '',
    StageName: 'RELEASE',
  })
  expect(await statusOf(page, subDomain)).toBe(200)

  // Modify: the name is checked inline; the type is shown, not editable.
  await page.goto(`/ip-controls/${created.ipControlId}`)
  await page.getByRole('button', { name: 'Modify', exact: true }).click()
  const modify = page.getByRole('dialog', { name: 'Modify IP Control' })
  await expect(modify.getByLabel('Type')).toHaveValue('Refuse (blacklist)')
  await modify.getByLabel('Policy Name').fill('_bad')
  await modify.getByRole('button', { name: 'Confirm' }).click()
  await expect(modify.getByText(/cannot start with an underscore/)).toBeVisible()
  const renamed = `${name}_v2`
  await modify.getByLabel('Policy Name').fill(renamed)
  await modify.getByLabel('Description').fill('edited in the console')
  await modify.getByRole('button', { name: 'Confirm' }).click()
  await expectToast(page, `IP control ${renamed} modified`)
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible()

  // Add Policy: a bad CIDR list is refused inline; the caller's own address then refuses the next call.
  const policies = page.getByRole('table', { name: 'Policies' })
  await page.getByRole('button', { name: 'Add Policy' }).click()
  const add = page.getByRole('dialog', { name: 'Add Policy' })
  await add.getByLabel('CIDR List').fill('300.1.1.1')
  await add.getByRole('button', { name: 'Confirm' }).click()
  await expect(add.getByText(/'300.1.1.1' is not an IP address or CIDR block/)).toBeVisible()
  await add.getByLabel('CIDR List').fill('127.0.0.1;::1')
  await add.getByRole('button', { name: 'Confirm' }).click()
  await expectToast(page, 'Policy added')
  await expect(policies.getByRole('row', { name: /127\.0\.0\.1;::1/ })).toBeVisible()
  expect(await statusOf(page, subDomain)).toBe(403)

  // Edit that entry to another address: the call passes again.
  await policies.getByRole('button', { name: 'Edit 127.0.0.1;::1' }).click()
  const edit = page.getByRole('dialog', { name: 'Modify Policy' })
  await expect(edit.getByLabel('CIDR List')).toHaveValue('127.0.0.1;::1')
  await edit.getByLabel('CIDR List').fill('192.0.2.0/24')
  await edit.getByRole('button', { name: 'Confirm' }).click()
  await expectToast(page, 'Policy modified')
  await expect(policies.getByRole('row', { name: /192\.0\.2\.0\/24/ })).toBeVisible()
  expect(await statusOf(page, subDomain)).toBe(200)

  // Delete the first entry, after a confirmation.
  await policies.getByRole('button', { name: 'Delete 10.0.0.1' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete the policy?' })
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(policies.getByRole('row', { name: /10\.0\.0\.1/ })).toBeVisible()
  await policies.getByRole('button', { name: 'Delete 10.0.0.1' }).click()
  await confirm.getByRole('button', { name: 'Delete' }).click()
  await expectToast(page, 'Policy deleted')
  await expect(policies.getByRole('row', { name: /10\.0\.0\.1/ })).toHaveCount(0)
  await expect(policies.getByRole('row')).toHaveCount(2) // the header and 192.0.2.0/24
})

test('a traffic control: modify its limits from the list and from its page, with inline errors', async ({
  page,
}) => {
  const name = uniqueName('e2e_tc').replaceAll('-', '_')
  await page.goto('/traffic-controls')
  const policy = await cloudApi(page, 'CreateTrafficControl', {
    TrafficControlName: name,
    TrafficControlUnit: 'MINUTE',
    ApiDefault: '100',
    UserDefault: '50',
  })
  created.trafficControlId = String(policy.json?.TrafficControlId)

  // From the list: the row's Modify opens the dialog with the policy's values.
  await page.reload()
  await page.getByRole('button', { name: `Modify ${name}` }).click()
  const fromList = page.getByRole('dialog', { name: 'Modify Traffic Control' })
  await expect(fromList.getByLabel(/API Peak QPS/)).toHaveValue('100')
  await fromList.getByRole('button', { name: 'Cancel' }).click()
  await expect(fromList).toBeHidden()

  await page.getByRole('link', { name }).click()
  await page.getByRole('button', { name: 'Modify', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Modify Traffic Control' })
  await expect(dialog.getByLabel(/User Peak QPS/)).toHaveValue('50')
  // A limit the policy has cannot be emptied; the order app ≤ user ≤ API is checked inline.
  await dialog.getByLabel(/User Peak QPS/).fill('')
  await dialog.getByLabel(/App Peak QPS/).fill('500')
  await dialog.getByRole('button', { name: 'Confirm' }).click()
  await expect(dialog.getByText(/A limit once set cannot be removed/)).toBeVisible()
  await expect(dialog.getByText(/AppDefault ≤ UserDefault ≤ ApiDefault/)).toBeVisible()
  await dialog.getByLabel(/User Peak QPS/).fill('40')
  await dialog.getByLabel(/App Peak QPS/).fill('10')
  await dialog.getByLabel('Unit').selectOption('SECOND')
  await dialog.getByLabel(/API Peak QPS/).fill('60')
  await dialog.getByRole('button', { name: 'Confirm' }).click()
  await expectToast(page, `Traffic control ${name} modified`)
  await expect(dialog).toBeHidden()
  const limits = page.getByRole('region', { name: 'Limits' })
  await expect(limits).toContainText('60 calls / second')
  await expect(limits).toContainText('40 calls / second')
  await expect(limits).toContainText('10 calls / second')
})
