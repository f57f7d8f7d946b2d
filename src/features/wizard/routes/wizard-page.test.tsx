// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cloudApi, makeFc3Function } from '@/lib/cloud/testing'
import { renderWithProviders } from '@/lib/test-utils'
import { loadProgress, STORAGE_KEY } from '../lib/wizard-progress'
import { Component as WizardPage } from './wizard-page'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => window.localStorage.clear())
afterEach(() => {
  server.resetHandlers()
  cleanup()
})
afterAll(() => server.close())

describe('Quick Start', () => {
  it('creates the function with the guide’s code and remembers it', async () => {
    const user = userEvent.setup()
    let body: Record<string, unknown> = {}
    server.use(
      http.post('/api/fc/2023-03-30/functions', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>
        return HttpResponse.json(makeFc3Function(String(body.functionName)))
      }),
      http.get('/api/fc/2023-03-30/functions/my-hello', () => HttpResponse.json(makeFc3Function('my-hello'))),
    )
    renderWithProviders(<WizardPage />)
    const steps = screen.getByRole('list', { name: 'Quick Start steps' })
    expect(within(steps).getAllByRole('listitem')).toHaveLength(7)
    const name = screen.getByRole('textbox', { name: 'Function Name' })
    await user.clear(name)
    await user.type(name, 'my-hello')
    await user.click(screen.getByRole('button', { name: 'Create Function' }))
    expect(await screen.findByText(/created\./)).toBeTruthy()
    expect(body).toMatchObject({ functionName: 'my-hello', runtime: 'nodejs20', handler: 'index.handler' })
    expect(typeof (body.code as { zipFile?: unknown }).zipFile).toBe('string')
    expect(loadProgress()).toMatchObject({ functionName: 'my-hello' })
    const done = screen.getAllByRole('status').find((el) => el.textContent?.includes('created.'))
    expect(within(done!).getByRole('link', { name: 'my-hello' }).getAttribute('href')).toBe(
      '/functions/my-hello?tab=code',
    )
    const created = screen.getByRole('list', { name: 'Created resources' })
    expect(within(created).getByRole('link', { name: 'my-hello' }).getAttribute('href')).toBe(
      '/functions/my-hello',
    )
  })

  it('resumes after a reload at the first open step, listing what was created', async () => {
    const user = userEvent.setup()
    window.localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        functionName: 'my-hello',
        functionArn: 'acs:fc:cn-hangzhou:1234:functions/my-hello',
        backendId: 'b1',
        backendName: 'my-backend',
        backendModelId: 'm1',
      }),
    )
    const calls: Record<string, string>[] = []
    server.use(
      http.get('/api/fc/2023-03-30/functions/my-hello', () => HttpResponse.json(makeFc3Function('my-hello'))),
      cloudApi({
        DescribeBackendInfo: () => ({ BackendInfo: BACKEND_INFO }),
        CreateApiGroup: (params) => {
          calls.push(Object.fromEntries(params))
          return {
            GroupId: 'g1',
            GroupName: params.get('GroupName'),
            SubDomain: 'g1-cn-hangzhou.alicloudapi.com',
            Description: '',
            BasePath: '/',
            InstanceId: 'i',
            InstanceType: 'VPC_SHARED',
            TagStatus: false,
          }
        },
      }),
    )
    renderWithProviders(<WizardPage />)
    expect(screen.getByRole('heading', { name: 'Step 4: Create an API group' })).toBeTruthy()
    const created = screen.getByRole('list', { name: 'Created resources' })
    expect(within(created).getByRole('link', { name: 'my-backend' }).getAttribute('href')).toBe(
      '/backends/b1?stage=RELEASE',
    )
    const group = screen.getByRole('textbox', { name: 'Group Name' })
    await user.clear(group)
    await user.type(group, 'FC')
    await user.click(screen.getByRole('button', { name: 'Create Group' }))
    expect(screen.getByText(/must be 4 to 50 characters long/)).toBeTruthy()
    await user.type(group, '-Group')
    await user.click(screen.getByRole('button', { name: 'Create Group' }))
    expect(await within(created).findByRole('link', { name: 'FC-Group' })).toBeTruthy()
    expect(calls[0]).toMatchObject({ Action: 'CreateApiGroup', GroupName: 'FC-Group', BasePath: '/' })
    expect(loadProgress()).toMatchObject({ groupId: 'g1', subDomain: 'g1-cn-hangzhou.alicloudapi.com' })
    // Done steps can be revisited from the indicator.
    await user.click(
      within(screen.getByRole('list', { name: 'Quick Start steps' })).getByRole('button', {
        name: /^Function/,
      }),
    )
    expect(screen.getByRole('heading', { name: 'Step 1: Create an event function' })).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('starts over by itself, and says so, when everything it created is gone (Reset demo data)', async () => {
    saveStarted()
    server.use(functionGone(), cloudApi({ DescribeBackendInfo: backendGone }))
    renderWithProviders(<WizardPage />)
    const notice = await screen.findByText(/The Quick Start started over:/)
    expect(notice.closest('[role=status]')?.textContent).toContain(
      'function my-hello, backend service my-backend',
    )
    expect(screen.getByRole('heading', { name: 'Step 1: Create an event function' })).toBeTruthy()
    expect(screen.getByText(/Nothing yet\./)).toBeTruthy()
    // The note is saved with the progress: it is still there after the page is left and opened again.
    expect(loadProgress()).toEqual({
      version: 1,
      restartedBecauseGone: ['function my-hello', 'backend service my-backend'],
    })
    cleanup()
    renderWithProviders(<WizardPage />)
    const again = screen.getByText(/The Quick Start started over:/)
    await userEvent
      .setup()
      .click(within(again.closest('[role=status]') as HTMLElement).getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText(/The Quick Start started over:/)).toBeNull()
    expect(loadProgress()).toEqual({ version: 1 })
  })

  it('says which resources are gone when some are, and redoes the steps from the first of them', async () => {
    const user = userEvent.setup()
    saveStarted()
    server.use(
      http.get('/api/fc/2023-03-30/functions/my-hello', () => HttpResponse.json(makeFc3Function('my-hello'))),
      cloudApi({ DescribeBackendInfo: backendGone }),
    )
    renderWithProviders(<WizardPage />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain(
      'Some resources of this Quick Start no longer exist: backend service my-backend.',
    )
    const created = screen.getByRole('list', { name: 'Created resources' })
    expect(within(created).getByText('Deleted')).toBeTruthy()
    await user.click(within(alert).getByRole('button', { name: 'Redo from Step 2: Backend Service' }))
    expect(screen.getByRole('heading', { name: 'Step 2: Create a backend service' })).toBeTruthy()
    expect(loadProgress()).toEqual({
      version: 1,
      functionName: 'my-hello',
      functionArn: 'acs:fc:cn-hangzhou:1234:functions/my-hello',
    })
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

const BACKEND_INFO = {
  BackendId: 'b1',
  BackendName: 'my-backend',
  BackendType: 'FC_EVENT_V3',
  Description: '',
  CreatedTime: '2024-05-01T08:00:00Z',
  ModifiedTime: '2024-05-01T08:00:00Z',
  BackendModels: [],
}

function saveStarted() {
  window.localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({
      version: 1,
      functionName: 'my-hello',
      functionArn: 'acs:fc:cn-hangzhou:1234:functions/my-hello',
      backendId: 'b1',
      backendName: 'my-backend',
      backendModelId: 'm1',
    }),
  )
}

const functionGone = () =>
  http.get('/api/fc/2023-03-30/functions/my-hello', () =>
    HttpResponse.json(
      { Code: 'FunctionNotFound', Message: 'function not exist', RequestId: 'r' },
      { status: 404 },
    ),
  )

const backendGone = () =>
  HttpResponse.json(
    { RequestId: 'R', HostId: 'h', Code: 'NotFoundBackend', Message: 'Cannot find resource', Recommend: '' },
    { status: 400 },
  )
