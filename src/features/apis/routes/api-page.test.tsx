// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { DeployedInfo } from '@/cloud-api/cloudapi'
import { cloudApi } from '@/lib/cloud/testing'
import { setupApiServer } from '@/lib/test-server'
import { renderWithProviders } from '@/lib/test-utils'
import { API_ID, makeApi } from '../testing'
import { Component as ApiPage } from './api-page'

const server = setupApiServer()

function stages(deployed: readonly string[]): { DeployedInfo: DeployedInfo[] } {
  return {
    DeployedInfo: (['RELEASE', 'PRE', 'TEST'] as const).map((StageName) => ({
      StageName,
      DeployedStatus: deployed.includes(StageName) ? 'DEPLOYED' : 'NONDEPLOYED',
      EffectiveVersion: '',
    })),
  }
}

describe('API page', () => {
  it('publishes to a stage with a description, and unpublishes after confirmation', async () => {
    const user = userEvent.setup()
    let deployed: string[] = []
    const calls: Record<string, string>[] = []
    server.use(
      cloudApi({
        DescribeApi: () => makeApi({ DeployedInfos: stages(deployed) }),
        DescribeDeployedApi: (params) => ({
          ...makeApi(),
          StageName: params.get('StageName'),
          DeployedTime: '2024-05-02T08:00:00Z',
          ResultDescriptions: { ResultDescription: [] },
        }),
        DeployApi: (params) => {
          calls.push(Object.fromEntries(params))
          deployed = [...deployed, params.get('StageName') ?? '']
          return {}
        },
        AbolishApi: (params) => {
          calls.push(Object.fromEntries(params))
          deployed = deployed.filter((s) => s !== params.get('StageName'))
          return {}
        },
      }),
    )
    renderWithProviders(<ApiPage />, { path: '/apis/:apiId', url: `/apis/${API_ID}` })
    const table = await screen.findByRole('table', { name: 'Stages' })
    expect(within(table).getByRole('row', { name: /Production/ }).textContent).toContain('Not published')

    await user.click(within(table).getByRole('button', { name: 'Publish to Staging' }))
    const dialog = screen.getByRole('dialog', { name: 'Publish API hello_api' })
    expect(within(dialog).getByRole('radio', { name: /Staging/ })).toHaveProperty('checked', true)
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }))
    expect(within(dialog).getByText('Describe this release, e.g. what changed.')).toBeTruthy()
    await user.type(within(dialog).getByRole('textbox', { name: /Description/ }), 'first release')
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }))
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /Staging/ }).textContent).toContain('Published'),
    )
    expect(calls[0]).toMatchObject({
      Action: 'DeployApi',
      ApiId: API_ID,
      StageName: 'PRE',
      Description: 'first release',
    })

    await user.click(within(table).getByRole('button', { name: 'Unpublish from Staging' }))
    const confirm = screen.getByRole('dialog', { name: 'Unpublish hello_api from Staging?' })
    await user.click(within(confirm).getByRole('button', { name: 'Unpublish' }))
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /Staging/ }).textContent).toContain('Not published'),
    )
    expect(calls[1]).toMatchObject({ Action: 'AbolishApi', StageName: 'PRE' })
  })

  it('warns before deleting a published API', async () => {
    const user = userEvent.setup()
    server.use(
      cloudApi({
        DescribeApi: () => makeApi({ DeployedInfos: stages(['RELEASE']) }),
        DescribeDeployedApi: () => ({
          ...makeApi(),
          StageName: 'RELEASE',
          DeployedTime: '2024-05-02T08:00:00Z',
          ResultDescriptions: { ResultDescription: [] },
        }),
      }),
    )
    renderWithProviders(<ApiPage />, { path: '/apis/:apiId', url: `/apis/${API_ID}` })
    await user.click(await screen.findByRole('button', { name: 'Delete API' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete API hello_api?' })
    expect(dialog.textContent).toContain(
      'This API is published to Production. Unpublish it from every stage first',
    )
  })
})
