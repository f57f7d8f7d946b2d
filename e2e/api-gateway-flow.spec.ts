import { expect, type Page, test } from '@playwright/test'
import {
  api,
  cleanUpGateway,
  cloudApi,
  createFunction,
  expectToast,
  type GatewayResources,
  idFromUrl,
  publishFromPrompt,
  uniqueName,
} from './helpers'

/**
 * The seed's event-function flow (000_a493078be2de663d.txt / 002_9be29589e319e084.txt, "Create an
 * event function and integrate it with API Gateway", Steps 1–5) through the console's pages:
 * create the function → backend service bound to it on Production → API group → API (No
 * Authentication, Use Existing Backend Service) → publish → write the code → test parameters →
 * call it and view the result. Runs in both projects (browser-only and local-cloud).
 */

// Step 3's code: the guide's handler shape, returning what it saw of the documented event fields.
const HANDLER = [
  'module.exports.handler = function (event, context, callback) {',
  '  var evt = JSON.parse(event)',
  "  console.log('called with ' + evt.httpMethod + ' ' + evt.path)",
  '  callback(null, {',
  '    isBase64Encoded: false,',
  '    statusCode: 200,',
  "    headers: { 'x-custom-header': 'header value', 'content-type': 'application/json' },",
  '    body: JSON.stringify({',
  "      greeting: 'hello ' + evt.pathParameters.name,",
  '      sawPath: evt.path,',
  '      sawMethod: evt.httpMethod,',
  '      sawQuery: evt.queryParameters,',
  "      sawStage: evt.headers['X-Ca-Stage'],",
  '    }),',
  '  })',
  '}',
].join('\n')

let created: GatewayResources = {}

test.afterEach(async ({ page }) => {
  await cleanUpGateway(page, created)
  created = {}
})

async function replaceEditorText(page: Page, name: string | RegExp, text: string) {
  await page.getByRole('textbox', { name }).click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText(text)
}

test('the event-function flow of the guide, Steps 1–5, through the pages', async ({ page }) => {
  const suffix = uniqueName('x').slice(2)
  const fnName = `e2e-apigw-fn-${suffix}`
  const backendName = `e2e-backend-${suffix}`
  const groupName = `e2e-group-${suffix}`
  const apiName = `e2e_api_${suffix.replaceAll('-', '_')}`

  // Step 1: create an event function.
  await page.goto('/functions/create')
  await page.getByLabel('Function Name').fill(fnName)
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Create Function' }).click()
  created.functionName = fnName
  await expect(page.getByRole('heading', { name: fnName, level: 1 })).toBeVisible()

  // Step 2: a backend service pointing at it — Backend Services → Create Backend Service → Confirm;
  // the Production tab → Create → choose the event function → Publish.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backend Services' }).click()
  await page.getByRole('button', { name: 'Create Backend Service' }).first().click()
  const createBackend = page.getByRole('dialog', { name: 'Create Backend Service' })
  await createBackend.getByLabel('Backend Service Name').fill(backendName)
  await expect(
    createBackend.getByRole('radio', { name: /Function Compute 3.0 · Event Function/ }),
  ).toBeChecked()
  await createBackend.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByRole('heading', { name: backendName, level: 1 })).toBeVisible()
  created.backendId = idFromUrl(page)
  await page.getByRole('tab', { name: 'Production' }).click()
  await page.getByRole('button', { name: 'Create' }).click()
  await page.getByRole('combobox', { name: 'Function Name' }).selectOption(fnName)
  await page.getByRole('button', { name: 'Publish' }).click()
  await expectToast(page, 'Published to Production')
  await expect(
    page.getByRole('tabpanel', { name: 'Production' }).getByRole('link', { name: fnName }),
  ).toBeVisible()

  // Create an API group (same region as the function), then create the API from it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API Groups' }).click()
  await page.getByRole('button', { name: 'Create Group' }).first().click()
  const createGroup = page.getByRole('dialog', { name: 'Create Group' })
  await createGroup.getByLabel('Group Name').fill(groupName)
  await createGroup.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByRole('heading', { name: groupName, level: 1 })).toBeVisible()
  created.groupId = idFromUrl(page)
  const subDomain =
    (
      await page
        .getByText(/-[a-z0-9-]+\.alicloudapi\.com$/)
        .first()
        .textContent()
    )?.trim() ?? ''
  expect(subDomain).toMatch(new RegExp(`^${created.groupId}-`))

  // Create and publish the API: No Authentication; Use Existing Backend Service (FC 3.0, event function).
  await page.getByRole('link', { name: 'Create API' }).click()
  await expect(page.getByRole('combobox', { name: 'Group' })).toHaveValue(created.groupId)
  await page.getByLabel('API Name').fill(apiName)
  await expect(page.getByRole('radio', { name: /No Authentication/ })).toBeChecked()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('textbox', { name: 'Request Path' }).fill('/hello/[name]')
  await expect(page.getByRole('textbox', { name: 'Parameter 1 name' })).toHaveValue('name')
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('radio', { name: /Use Existing Backend Service/ })).toBeChecked()
  await page.getByRole('combobox', { name: 'Backend Service' }).selectOption({ label: backendName })
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Create' }).click()
  // The console prompts to publish right away.
  created.apiId = await publishFromPrompt(page, apiName, 'first release')
  const stages = page.getByRole('table', { name: 'Stages' })
  await expect(stages.getByRole('row', { name: /Production/ })).toContainText('Published')

  // Step 3: write the function code and deploy it.
  await page.goto(`/functions/${fnName}?tab=code`)
  await replaceEditorText(page, /Code editor/, HANDLER)
  await page.getByRole('button', { name: 'Deploy' }).click()
  await expectToast(page, /deployed/i)

  // Steps 4–5: configure the test parameters (an API Gateway event), test the function, view the result.
  await page.getByRole('tab', { name: 'Test' }).click()
  await replaceEditorText(
    page,
    'Event content',
    JSON.stringify({
      path: '/hello/test',
      httpMethod: 'GET',
      headers: {},
      queryParameters: {},
      pathParameters: { name: 'test' },
      body: '',
      isBase64Encoded: false,
    }),
  )
  await page.getByRole('button', { name: 'Test Function' }).click()
  const result = page.getByRole('region', { name: 'Execution Result' })
  await expect(result.getByText('Succeeded')).toBeVisible()
  await expect(result.getByText(/hello test/).first()).toBeVisible()

  // Call the published API through the Debug API panel: the function saw the documented event
  // fields, and the caller got what the function returned.
  await page.goto(`/apis/${created.apiId}?tab=debug`)
  await page.getByRole('textbox', { name: 'Path parameter name' }).fill('seed')
  await page.getByRole('button', { name: 'Add query parameter' }).click()
  await page.getByRole('textbox', { name: 'Query parameter 1 name' }).fill('lang')
  await page.getByRole('textbox', { name: 'Query parameter 1 value' }).fill('en')
  await page.getByRole('button', { name: 'Send Request' }).click()

  const event = page.getByRole('region', { name: 'Event received by the function' })
  await expect(event).toContainText('"path": "/hello/seed"')
  await expect(event).toContainText('"httpMethod": "GET"')
  await expect(event).toContainText('"X-Ca-Stage": "RELEASE"')
  await expect(event).toContainText(/"queryParameters": \{\s*"lang": "en"\s*\}/)
  await expect(event).toContainText(/"pathParameters": \{\s*"name": "seed"\s*\}/)
  await expect(event).toContainText('"body":')
  await expect(event).toContainText('"isBase64Encoded":')

  const returned = page.getByRole('region', { name: 'Function response' })
  await expect(returned.getByText('Succeeded')).toBeVisible()
  await expect(returned).toContainText('"statusCode": 200')
  await expect(page.getByRole('region', { name: 'Envelope check' })).toContainText(
    'API Gateway can turn this return value into an HTTP answer.',
  )

  const answer = page.getByRole('region', { name: 'HTTP response' })
  await expect(answer).toContainText('200')
  await expect(answer.getByRole('definition').filter({ hasText: 'header value' })).toBeVisible()
  await expect(answer).toContainText('"greeting": "hello seed"')
  await expect(answer).toContainText('"sawPath": "/hello/seed"')
  await expect(answer).toContainText('"sawStage": "RELEASE"')
  await expect(answer).toContainText('X-Ca-Request-Id')

  // A plain caller (no console, no X-Ca-Stage: Production) gets the function's answer from the subdomain.
  const direct = await api(page, 'GET', `/api/gateway/${subDomain}/hello/direct?lang=de`)
  expect(direct.status).toBe(200)
  expect(JSON.parse(direct.text)).toMatchObject({
    greeting: 'hello direct',
    sawPath: '/hello/direct',
    sawMethod: 'GET',
    sawQuery: { lang: 'de' },
  })

  // Unpublish asks first; then the stage answers "API not found".
  await page.getByRole('button', { name: 'Unpublish from Production' }).click()
  const unpublish = page.getByRole('dialog', { name: `Unpublish ${apiName} from Production?` })
  await unpublish.getByRole('button', { name: 'Unpublish' }).click()
  await expect(stages.getByRole('row', { name: /Production/ })).toContainText('Not published')
  const gone = await api(page, 'GET', `/api/gateway/${subDomain}/hello/direct`)
  expect(gone.status).toBe(404)
})

test('the Debug API panel explains a response the gateway cannot use', async ({ page }) => {
  const suffix = uniqueName('x').slice(2)
  created.functionName = `e2e-bad-env-${suffix}`
  await page.goto('/functions')
  await createFunction(page, created.functionName, {
    'index.js': "exports.handler = (event, context, callback) => callback(null, { status: 'ok', body: 42 })",
  })
  const fn = JSON.parse((await api(page, 'GET', `/api/fc/2023-03-30/functions/${created.functionName}`)).text)
  const backend = await cloudApi(page, 'CreateBackend', {
    BackendName: `e2e-bad-${suffix}`,
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
  const group = await cloudApi(page, 'CreateApiGroup', { GroupName: `e2e-bad-${suffix}` })
  created.groupId = String(group.json?.GroupId)
  const apiRes = await cloudApi(page, 'CreateApi', {
    GroupId: created.groupId,
    ApiName: `e2e_bad_${suffix.replaceAll('-', '_')}`,
    Visibility: 'PUBLIC',
    AuthType: 'ANONYMOUS',
    RequestConfig: JSON.stringify({
      RequestHttpMethod: 'GET',
      RequestPath: '/bad',
      RequestMode: 'PASSTHROUGH',
    }),
    ServiceConfig: JSON.stringify({ ServiceProtocol: 'FunctionCompute', ServiceTimeout: 10000 }),
    BackendEnable: 'true',
    BackendId: created.backendId,
  })
  created.apiId = String(apiRes.json?.ApiId)
  await cloudApi(page, 'DeployApi', { ApiId: created.apiId, StageName: 'RELEASE', Description: 'e2e' })

  await page.goto(`/apis/${created.apiId}?tab=debug`)
  await page.getByRole('button', { name: 'Send Request' }).click()
  const answer = page.getByRole('region', { name: 'HTTP response' })
  await expect(answer).toContainText('502')
  await expect(answer).toContainText('D502FC')
  const check = page.getByRole('region', { name: 'Envelope check' })
  await expect(check).toContainText('API Gateway cannot use this return value')
  await expect(check).toContainText('statusCode is missing.')
  await expect(check).toContainText('isBase64Encoded is missing.')
  await expect(check).toContainText('headers is missing.')
})
