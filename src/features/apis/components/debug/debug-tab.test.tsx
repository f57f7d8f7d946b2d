// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import type { GatewayTrace } from '@/cloud-api/cloudapi'
import { cloudApi } from '@/lib/cloud/testing'
import { setupApiServer } from '@/lib/test-server'
import { renderWithProviders } from '@/lib/test-utils'
import { describeGroupAnswer, GROUP, makeApi } from '../../testing'
import { DebugTab } from './debug-tab'

const server = setupApiServer()

const EVENT = {
  path: '/hello/seed',
  httpMethod: 'GET',
  headers: { 'X-Ca-Stage': 'RELEASE', 'X-Ca-Api-Gateway': 'CA-1' },
  queryParameters: { lang: 'en' },
  pathParameters: { name: 'seed' },
  body: '',
  isBase64Encoded: true,
}

function trace(returned: string): GatewayTrace {
  return {
    requestId: 'CA-1',
    time: '2024-05-01T08:00:00Z',
    groupId: GROUP.GroupId,
    stage: 'RELEASE',
    apiId: 'a',
    apiName: 'hello_api',
    request: {
      method: 'GET',
      url: '',
      path: '/hello/seed',
      headers: {},
      body: { text: '', encoding: 'utf8' },
    },
    event: EVENT,
    functionResult: {
      functionName: 'hello-fn',
      status: 'success',
      body: { text: returned, encoding: 'utf8' },
      errorType: null,
      logs: ['called'],
      durationMs: 3,
    },
    envelope: null,
    response: { status: 200, headers: {}, body: { text: '', encoding: 'utf8' } },
  }
}

function gateway(status: number, body: string, headers: Record<string, string>) {
  const seen: Request[] = []
  server.use(
    cloudApi({ DescribeApiGroup: describeGroupAnswer }),
    http.get(`/api/gateway/${GROUP.SubDomain}/*`, ({ request }) => {
      seen.push(request)
      return new HttpResponse(body, { status, headers: { 'x-ca-request-id': 'CA-1', ...headers } })
    }),
  )
  return seen
}

describe('Debug API', () => {
  it('sends the request to the stage and shows request, event, function response, envelope check and answer', async () => {
    const user = userEvent.setup()
    const seen = gateway(200, '{"greeting":"hello seed"}', { 'x-custom-header': 'header value' })
    server.use(
      http.get('/api/emulator/gateway-traces', ({ request }) => {
        expect(new URL(request.url).searchParams.get('requestId')).toBe('CA-1')
        return HttpResponse.json(
          trace(JSON.stringify({ isBase64Encoded: false, statusCode: '200', headers: {}, body: { a: 1 } })),
        )
      }),
    )
    renderWithProviders(<DebugTab api={makeApi()} />)
    await user.type(await screen.findByRole('textbox', { name: 'Path parameter name' }), 'seed')
    await user.click(screen.getByRole('button', { name: 'Add query parameter' }))
    await user.type(screen.getByRole('textbox', { name: 'Query parameter 1 name' }), 'lang')
    await user.type(screen.getByRole('textbox', { name: 'Query parameter 1 value' }), 'en')
    await user.click(screen.getByRole('button', { name: 'Send Request' }))

    const request = await screen.findByRole('region', { name: 'Request' })
    expect(request.textContent).toContain(`GET http://${GROUP.SubDomain}/hello/seed?lang=en`)
    expect(seen[0]?.headers.get('x-ca-stage')).toBe('RELEASE')
    expect(new URL(seen[0]?.url ?? '').search).toBe('?lang=en')

    const event = await screen.findByRole('region', { name: 'Event received by the function' })
    expect(event.textContent).toContain('"pathParameters": {\n    "name": "seed"\n  }')
    expect(screen.getByRole('region', { name: 'Function response' }).textContent).toContain('Succeeded')
    const check = screen.getByRole('region', { name: 'Envelope check' })
    expect(check.textContent).toContain('API Gateway can turn this return value into an HTTP answer.')
    const findings = within(check).getByRole('list', { name: 'Envelope check findings' })
    expect(within(findings).getByText('statusCode is the string "200".')).toBeTruthy()

    const answer = screen.getByRole('region', { name: 'HTTP response' })
    expect(answer.textContent).toContain('200')
    expect(answer.textContent).toContain('"greeting": "hello seed"')
    expect(within(answer).getByRole('button', { name: 'Copy X-Ca-Request-Id' })).toBeTruthy()
  })

  it('a web function’s answer is plain HTTP: the forwarded request, and no envelope check', async () => {
    const user = userEvent.setup()
    gateway(200, 'Hello from a web function', {})
    const raw = { ...trace('Hello from a web function'), event: null }
    raw.backendRequest = {
      method: 'GET',
      url: 'https://web-fn.cn-hangzhou-vpc.fcapp.run/hello/seed',
      headers: { 'x-ca-stage': 'RELEASE' },
      body: { text: '', encoding: 'utf8' },
    }
    server.use(http.get('/api/emulator/gateway-traces', () => HttpResponse.json(raw)))
    renderWithProviders(<DebugTab api={makeApi()} />)
    await user.type(await screen.findByRole('textbox', { name: 'Path parameter name' }), 'seed')
    await user.click(screen.getByRole('button', { name: 'Send Request' }))
    expect(await screen.findByText(/A web function answers with plain HTTP/)).toBeTruthy()
    expect(screen.queryByRole('region', { name: 'Envelope check' })).toBeNull()
  })

  it('shows the gateway error, and says the event is visible only with the emulator when there is no trace', async () => {
    const user = userEvent.setup()
    gateway(502, '', { 'x-ca-error-code': 'D502FC', 'x-ca-error-message': 'statusCode is missing' })
    server.use(http.get('/api/emulator/gateway-traces', () => new HttpResponse('Not Found', { status: 404 })))
    renderWithProviders(<DebugTab api={makeApi()} />)
    await user.click(await screen.findByRole('button', { name: 'Send Request' }))
    const answer = await screen.findByRole('region', { name: 'HTTP response' })
    expect(answer.textContent).toContain('502')
    expect(answer.textContent).toContain('D502FC: statusCode is missing')
    expect(screen.getByRole('region', { name: 'Event received by the function' }).textContent).toContain(
      'visible only with the emulator',
    )
    expect(screen.queryByRole('region', { name: 'Envelope check' })).toBeNull()
  })

  it('warns when the chosen stage is not published', async () => {
    const user = userEvent.setup()
    gateway(404, '', {})
    renderWithProviders(<DebugTab api={makeApi()} />)
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Stage' }), 'TEST')
    expect(screen.getByText(/not published to this stage/)).toBeTruthy()
  })

  it('says before the call when the API refuses AppCodes (DEFAULT, DISABLE), and not when it takes them', async () => {
    const user = userEvent.setup()
    const none = { PageNumber: 1, PageSize: 100, TotalCount: 0 }
    server.use(
      cloudApi({
        DescribeApiGroup: describeGroupAnswer,
        DescribeApps: () => ({ Apps: { AppItem: [] }, ...none }),
        DescribeAuthorizedApps: () => ({ AuthorizedApps: { AuthorizedApp: [] }, ...none }),
      }),
      http.get('/api/emulator/health', () => new HttpResponse(null, { status: 404 })),
    )
    const { unmount } = renderWithProviders(<DebugTab api={makeApi({ AuthType: 'APP' })} />)
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Authentication' }), 'appcode')
    expect(
      screen.getByText(
        /AppCode Authentication is “Enable After Listing on Cloud Marketplace”: the gateway refuses AppCodes unless the API is listed on Cloud Marketplace\./,
      ),
    ).toBeTruthy()
    unmount()
    renderWithProviders(<DebugTab api={makeApi({ AuthType: 'APP', AppCodeAuthType: 'HEADER' })} />)
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Authentication' }), 'appcode')
    expect(screen.queryByText(/the gateway refuses AppCodes/)).toBeNull()
  })
})
