import { expect, type Page } from '@playwright/test'

/**
 * Calls the console's own `/api` from inside the page, so the same helper works in both modes:
 * in browser-only mode only the page's MSW worker can answer (the emulator lives in the page).
 */
export async function api(page: Page, method: string, path: string, body?: unknown) {
  // The console renders only after the in-page emulator has started (src/main.tsx): before that, a
  // fetch in browser-only mode would reach the static server instead.
  await page.getByRole('navigation', { name: 'Main' }).waitFor()
  return page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: res.status, text: await res.text() }
    },
    { method, path, body },
  )
}

/** A name no other test (or a rerun against a kept local-cloud state) uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`
}

/** Deletes a function if it exists: each test cleans up after itself. */
export async function deleteFunction(page: Page, name: string) {
  const res = await api(page, 'DELETE', `/api/fc/2023-03-30/functions/${encodeURIComponent(name)}`)
  expect([204, 404]).toContain(res.status)
}

export async function expectToast(page: Page, text: string | RegExp) {
  await expect(page.getByRole('status').filter({ hasText: text }).first()).toBeVisible()
}

/** Creates a function through the API (from inside the page) with the given files. */
export async function createFunction(
  page: Page,
  name: string,
  files: Record<string, string>,
  settings: { timeout?: number; memorySize?: number } = {},
) {
  const { strToU8, zipSync } = await import('fflate')
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])))
  const res = await api(page, 'POST', '/api/fc/2023-03-30/functions', {
    functionName: name,
    runtime: 'nodejs20',
    handler: 'index.handler',
    code: { zipFile: Buffer.from(zip).toString('base64') },
    ...settings,
  })
  expect(res.status, res.text).toBe(200)
}

/**
 * Calls a CloudAPI 2016-07-14 action from inside the page, as the console does: `POST /api/cloudapi/`
 * with Action and Version in the query and the parameters in a form body.
 */
export async function cloudApi(page: Page, action: string, params: Record<string, string> = {}) {
  await page.getByRole('navigation', { name: 'Main' }).waitFor()
  return page.evaluate(
    async ({ action, params }) => {
      const res = await fetch(`/api/cloudapi/?Action=${action}&Version=2016-07-14`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(params).toString(),
      })
      return {
        status: res.status,
        json: (await res.json().catch(() => null)) as Record<string, unknown> | null,
      }
    },
    { action, params },
  )
}

/** The ids a test created in API Gateway, deleted by `cleanUpGateway` (children first). */
export interface GatewayResources {
  apiId?: string
  groupId?: string
  backendId?: string
  functionName?: string
}

const STAGES = ['RELEASE', 'PRE', 'TEST']

/** Unpublishes and deletes the API, then deletes the group, the backend service and the function. */
export async function cleanUpGateway(page: Page, created: GatewayResources) {
  if (created.apiId) {
    for (const stage of STAGES) await cloudApi(page, 'AbolishApi', { ApiId: created.apiId, StageName: stage })
    const res = await cloudApi(page, 'DeleteApi', { ApiId: created.apiId })
    expect(
      res.status === 200 || String(res.json?.Code).startsWith('NotFound'),
      JSON.stringify(res.json),
    ).toBe(true)
  }
  if (created.groupId) {
    const res = await cloudApi(page, 'DeleteApiGroup', { GroupId: created.groupId })
    expect(
      res.status === 200 || String(res.json?.Code).startsWith('NotFound'),
      JSON.stringify(res.json),
    ).toBe(true)
  }
  if (created.backendId) {
    const res = await cloudApi(page, 'DeleteBackend', { BackendId: created.backendId })
    expect(
      res.status === 200 || String(res.json?.Code).startsWith('NotFound'),
      JSON.stringify(res.json),
    ).toBe(true)
  }
  if (created.functionName) await deleteFunction(page, created.functionName)
}

/** The last path segment of the page's URL: the id of the resource a detail page shows. */
export function idFromUrl(page: Page): string {
  return decodeURIComponent(new URL(page.url()).pathname.split('/').filter(Boolean).pop() ?? '')
}

/**
 * The Publish prompt the console opens right after Create API (seed 002 Step 3: "When prompted, click
 * Publish"): Production, a release description, Publish. Answers the new API's id (from the URL).
 */
export async function publishFromPrompt(page: Page, apiName: string, description = 'e2e') {
  const publish = page.getByRole('dialog', { name: `Publish API ${apiName}` })
  await expect(publish.getByRole('radio', { name: /Production/ })).toBeChecked()
  await publish.getByLabel('Description').fill(description)
  await publish.getByRole('button', { name: 'Publish' }).click()
  await expectToast(page, `${apiName} published to Production`)
  return idFromUrl(page)
}

/**
 * An event function behind `GET <path>` in a new group, published to Production, made through the
 * API from inside the page; what it made goes into `created` (for `cleanUpGateway`). Returns the
 * group's subdomain.
 */
export async function createPublishedApi(
  page: Page,
  created: GatewayResources & { groupName?: string; apiName?: string },
  options: { prefix: string; path: string; authType: 'APP' | 'ANONYMOUS'; handler: string },
): Promise<string> {
  const suffix = uniqueName('x').slice(2)
  created.functionName = `${options.prefix}-fn-${suffix}`
  await createFunction(page, created.functionName, { 'index.js': options.handler })
  const fn = JSON.parse((await api(page, 'GET', `/api/fc/2023-03-30/functions/${created.functionName}`)).text)
  const backend = await cloudApi(page, 'CreateBackend', {
    BackendName: `${options.prefix}-${suffix}`,
    BackendType: 'FC_EVENT_V3',
  })
  created.backendId = String(backend.json?.BackendId)
  await cloudApi(page, 'CreateBackendModel', {
    BackendId: created.backendId,
    BackendType: 'FC_EVENT_V3',
    StageName: 'RELEASE',
    BackendModelData: JSON.stringify({
      Type: 'FC_EVENT_V3',
      FunctionComputeConfig: { FunctionName: fn.functionName, FcRegionId: fn.functionArn.split(':')[2] },
    }),
  })
  created.groupName = `${options.prefix}-${suffix}`
  const group = await cloudApi(page, 'CreateApiGroup', { GroupName: created.groupName })
  created.groupId = String(group.json?.GroupId)
  created.apiName = `${options.prefix.replaceAll('-', '_')}_${suffix.replaceAll('-', '_')}`
  const res = await cloudApi(page, 'CreateApi', {
    GroupId: created.groupId,
    ApiName: created.apiName,
    Visibility: 'PUBLIC',
    AuthType: options.authType,
    // APP APIs take the AppCode in the header, as seed 002 Step 5 calls (DEFAULT would refuse it)
    ...(options.authType === 'APP' && { AppCodeAuthType: 'HEADER' }),
    RequestConfig: JSON.stringify({
      RequestHttpMethod: 'GET',
      RequestPath: options.path,
      RequestMode: 'PASSTHROUGH',
    }),
    ServiceConfig: JSON.stringify({ ServiceProtocol: 'FunctionCompute', ServiceTimeout: 10000 }),
    BackendEnable: 'true',
    BackendId: created.backendId,
  })
  expect(res.status, JSON.stringify(res.json)).toBe(200)
  created.apiId = String(res.json?.ApiId)
  const deployed = await cloudApi(page, 'DeployApi', {
    ApiId: created.apiId,
    StageName: 'RELEASE',
    Description: 'e2e',
  })
  expect(deployed.status, JSON.stringify(deployed.json)).toBe(200)
  return String(group.json?.SubDomain)
}
