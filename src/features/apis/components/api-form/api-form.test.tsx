// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { cloudApi } from '@/lib/cloud/testing'
import { setupApiServer } from '@/lib/test-server'
import { renderWithProviders } from '@/lib/test-utils'
import { API_FORM_DEFAULTS, type ApiFormOutput } from '../../lib/api-form'
import { BACKEND, backendsAnswer, GROUP, groupsAnswer } from '../../testing'
import { ApiForm } from './api-form'

const server = setupApiServer()

function renderForm(onSubmit: (values: ApiFormOutput) => void) {
  server.use(
    cloudApi({ DescribeApiGroups: groupsAnswer, DescribeBackendList: backendsAnswer }),
    // In front of the real cloud: no emulator-only fields (issue 7's event format; event-format.test.tsx).
    http.get('/api/emulator/health', () => new HttpResponse(null, { status: 404 })),
  )
  return renderWithProviders(
    <ApiForm
      initial={API_FORM_DEFAULTS}
      submitLabel="Create"
      cancelHref="/apis"
      pending={false}
      error={null}
      onSubmit={onSubmit}
    />,
  )
}

describe('Create API form', () => {
  it('walks the four steps, derives path parameters from the path, and submits the definition', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    renderForm(onSubmit)
    await screen.findByRole('option', { name: GROUP.GroupName })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group' }), GROUP.GroupId)
    await user.type(screen.getByLabelText(/API Name/), 'hello_api')
    // AppCode Authentication is asked only for an app-authenticated API; the header is the default.
    expect(screen.queryByRole('combobox', { name: 'AppCode Authentication' })).toBeNull()
    await user.click(screen.getByRole('radio', { name: /Alibaba Cloud App/ }))
    const appCode = screen.getByRole('combobox', { name: 'AppCode Authentication' })
    expect(appCode).toHaveProperty('value', 'HEADER')
    await user.selectOptions(
      appCode,
      within(appCode).getByRole('option', { name: 'Enable AppCode Authentication (Header & Query)' }),
    )
    await user.click(screen.getByRole('button', { name: 'Next' }))

    const path = await screen.findByRole('textbox', { name: 'Request Path' })
    await user.clear(path)
    await user.type(path, '/users/[[userId]')
    expect(await screen.findByRole('textbox', { name: 'Parameter 1 name' })).toHaveProperty('value', 'userId')
    expect(screen.getByRole('textbox', { name: 'Parameter 1 location' })).toHaveProperty('value', 'Path')
    await user.click(screen.getByRole('button', { name: 'Add Parameter' }))
    await user.type(screen.getByRole('textbox', { name: 'Parameter 2 name' }), 'q')
    await user.selectOptions(screen.getByRole('combobox', { name: 'HTTP Method' }), 'ANY')
    await user.click(screen.getByRole('button', { name: 'Next' }))

    const backend = await screen.findByRole('combobox', { name: 'Backend Service' })
    await screen.findByRole('option', { name: BACKEND.BackendName })
    await user.selectOptions(backend, BACKEND.BackendId)
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(await screen.findByRole('button', { name: 'Create' }))

    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce())
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      groupId: GROUP.GroupId,
      apiName: 'hello_api',
      authType: 'APP',
      appCodeAuthType: 'HEADER_QUERY',
      method: 'ANY',
      requestPath: '/users/[userId]',
      requestMode: 'PASSTHROUGH',
      backendId: BACKEND.BackendId,
      serviceTimeout: 10000,
      parameters: [
        { name: 'userId', location: 'PATH', required: true },
        { name: 'q', location: 'QUERY', required: false },
      ],
    })
  })

  it('a web function API: lists the web function backend services and sends FcType HttpTrigger', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    const asked: string[] = []
    renderForm(onSubmit)
    server.use(
      cloudApi({
        DescribeApiGroups: groupsAnswer,
        DescribeBackendList: (params) => {
          asked.push(params.get('BackendType') ?? '')
          const type = params.get('BackendType') ?? ''
          return type === 'FC_HTTP_V3'
            ? {
                ...backendsAnswer(),
                BackendInfoList: [
                  { ...BACKEND, BackendId: 'web-b', BackendName: 'web-backend', BackendType: type },
                ],
              }
            : backendsAnswer()
        },
      }),
    )
    await screen.findByRole('option', { name: GROUP.GroupName })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group' }), GROUP.GroupId)
    await user.type(screen.getByLabelText(/API Name/), 'web_api')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await screen.findByRole('textbox', { name: 'Request Path' })
    await user.click(screen.getByRole('button', { name: 'Next' }))

    const functionType = await screen.findByRole('combobox', { name: 'Function Type' })
    expect(functionType).toHaveProperty('value', 'FCEvent')
    await user.selectOptions(functionType, 'HttpTrigger')
    const backend = screen.getByRole('combobox', { name: 'Backend Service' })
    await screen.findByRole('option', { name: 'web-backend' })
    expect(screen.queryByRole('option', { name: BACKEND.BackendName })).toBeNull()
    expect(asked).toContain('FC_HTTP_V3')
    await user.selectOptions(backend, 'web-b')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(await screen.findByRole('button', { name: 'Create' }))

    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce())
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ fcType: 'HttpTrigger', backendId: 'web-b' })
  })

  it("shows the API's own rule for a bad name and path, and stays on the step", async () => {
    const user = userEvent.setup()
    renderForm(vi.fn())
    await user.type(screen.getByLabelText(/API Name/), '1x')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    const name = screen.getByLabelText(/API Name/)
    expect(name.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText(/must be 4 to 50 characters long, start with a letter/)).toBeTruthy()
    expect(screen.getByText('Choose the API group the API belongs to.')).toBeTruthy()
    const steps = screen.getByRole('list', { name: 'API definition steps' })
    expect(within(steps).getByText('Basic Information').closest('li')?.getAttribute('aria-current')).toBe(
      'step',
    )
  })
})
