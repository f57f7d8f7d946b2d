// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { cloudApi, makeFc3Function } from '@/lib/cloud/testing'
import { setupApiServer } from '@/lib/test-server'
import { renderWithProviders } from '@/lib/test-utils'
import { Component as BackendPage } from './backend-page'

const server = setupApiServer()

const BACKEND_ID = 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0'

function backendAnswer(models: unknown[]) {
  return {
    BackendInfo: {
      BackendId: BACKEND_ID,
      BackendName: 'fc-backend',
      BackendType: 'FC_EVENT_V3',
      Description: '',
      CreatedTime: '2024-05-01T08:00:00Z',
      ModifiedTime: '2024-05-01T08:00:00Z',
      BackendModels: models,
    },
  }
}

const model = (functionName: string) => ({
  BackendModelId: 'm1m1m1m1m1m1m1m1m1m1m1m1m1m1m1m1',
  StageName: 'RELEASE',
  StageModeId: BACKEND_ID,
  Description: '',
  GmtCreate: '2024-05-01T08:00:00.000+0000',
  GmtModified: '2024-05-01T08:00:00.000+0000',
  BackendConfig: {
    Type: 'FC_EVENT_V3',
    ServiceTimeout: 10000,
    FunctionComputeConfig: { FcRegionId: 'cn-hangzhou', FunctionName: functionName, FcType: 'FCEvent' },
  },
})

const renderPage = () =>
  renderWithProviders(<BackendPage />, { path: '/backends/:backendId', url: `/backends/${BACKEND_ID}` })

describe('Backend service page', () => {
  it('binds an event function to Production (CreateBackendModel) and unbinds it after confirmation', async () => {
    const user = userEvent.setup()
    let models: unknown[] = []
    const calls: Record<string, string>[] = []
    server.use(
      http.get('/api/fc/2023-03-30/functions', () =>
        HttpResponse.json({ functions: [makeFc3Function('hello-fn')] }),
      ),
      cloudApi({
        DescribeBackendInfo: () => backendAnswer(models),
        CreateBackendModel: (params) => {
          calls.push(Object.fromEntries(params))
          models = [model('hello-fn')]
          return { BackendModelId: 'm1m1m1m1m1m1m1m1m1m1m1m1m1m1m1m1' }
        },
        DeleteBackendModel: (params) => {
          calls.push(Object.fromEntries(params))
          models = []
          return {}
        },
      }),
    )
    renderPage()
    expect(await screen.findByRole('heading', { name: 'fc-backend', level: 1 })).toBeTruthy()
    const tabs = screen.getByRole('tablist', { name: 'Stages' })
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual(['Production', 'Staging', 'Test'])
    const production = screen.getByRole('tabpanel', { name: 'Production' })
    expect(within(production).getByText('No backend defined for Production')).toBeTruthy()

    await user.click(within(production).getByRole('button', { name: 'Create' }))
    await within(production).findByRole('option', { name: 'hello-fn' })
    await user.click(within(production).getByRole('button', { name: 'Publish' }))
    expect(within(production).getByText('Choose the function API Gateway calls.')).toBeTruthy()
    await user.selectOptions(within(production).getByRole('combobox', { name: 'Function Name' }), 'hello-fn')
    await user.click(within(production).getByRole('button', { name: 'Publish' }))

    expect(await within(production).findByRole('link', { name: 'hello-fn' })).toBeTruthy()
    expect(calls[0]).toMatchObject({
      Action: 'CreateBackendModel',
      BackendId: BACKEND_ID,
      BackendType: 'FC_EVENT_V3',
      StageName: 'RELEASE',
    })
    expect(JSON.parse(calls[0]?.BackendModelData ?? '{}')).toMatchObject({
      Type: 'FC_EVENT_V3',
      FunctionComputeConfig: { FunctionName: 'hello-fn', FcRegionId: 'cn-hangzhou', Qualifier: 'LATEST' },
    })

    await user.click(within(production).getByRole('button', { name: 'Unbind' }))
    const dialog = screen.getByRole('dialog', { name: 'Unbind hello-fn from Production?' })
    await user.click(within(dialog).getByRole('button', { name: 'Unbind' }))
    await waitFor(() =>
      expect(within(production).getByText('No backend defined for Production')).toBeTruthy(),
    )
    expect(calls[1]).toMatchObject({ Action: 'DeleteBackendModel', StageName: 'RELEASE' })
  })

  it('says so when the backend service does not exist', async () => {
    server.use(
      cloudApi({
        DescribeBackendInfo: () =>
          HttpResponse.json(
            {
              RequestId: 'R',
              HostId: 'h',
              Code: 'NotFoundBackend',
              Message: 'Cannot find resource according to your specified Backend.',
            },
            { status: 400 },
          ),
      }),
    )
    renderPage()
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('This backend service does not exist')
    expect(within(alert).getByRole('link', { name: 'Back to Backend Services' })).toBeTruthy()
  })
})
