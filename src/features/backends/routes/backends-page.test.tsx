// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { cloudApi } from '@/lib/cloud/testing'
import { setupApiServer } from '@/lib/test-server'
import { renderWithProviders } from '@/lib/test-utils'
import { Component as BackendsPage } from './backends-page'

const server = setupApiServer()

const empty = () => ({ BackendInfoList: [], PageNumber: 1, PageSize: 20, TotalCount: 0 })

describe('Backend Services page', () => {
  it('creates a Function Compute 3.0 event function backend service and opens its Production tab', async () => {
    const user = userEvent.setup()
    const calls: Record<string, string>[] = []
    server.use(
      cloudApi({
        DescribeBackendList: empty,
        CreateBackend: (params) => {
          calls.push(Object.fromEntries(params))
          return { BackendId: 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0' }
        },
      }),
    )
    const { router } = renderWithProviders(<BackendsPage />, {
      path: '/backends',
      extraRoutes: ['/backends/:backendId'],
    })
    expect(await screen.findByText('No backend services yet')).toBeTruthy()
    await user.click(screen.getAllByRole('button', { name: 'Create Backend Service' })[0]!)
    const dialog = screen.getByRole('dialog', { name: 'Create Backend Service' })
    expect(within(dialog).getByRole('radio', { name: /Event Function/ })).toHaveProperty('checked', true)
    expect(within(dialog).getByRole('radio', { name: /Web Function/ })).toHaveProperty('disabled', false)
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }))
    expect(within(dialog).getByText(/backend service name must be 4 to 50 characters/)).toBeTruthy()
    await user.type(within(dialog).getByLabelText(/Backend Service Name/), 'fc-backend')
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }))
    expect(await screen.findByText('Navigated to /backends/:backendId')).toBeTruthy()
    expect(router.state.location.search).toBe('?stage=RELEASE')
    expect(calls[0]).toMatchObject({
      Action: 'CreateBackend',
      BackendName: 'fc-backend',
      BackendType: 'FC_EVENT_V3',
    })
  })
})
