// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { cloudApi } from '@/lib/cloud/testing'
import { setupApiServer } from '@/lib/test-server'
import { renderWithProviders } from '@/lib/test-utils'
import { Component as GroupsPage } from './groups-page'

const server = setupApiServer()

const GROUP_ID = '0f1e2d3c4b5a69788796a5b4c3d2e1f0'
const group = (name: string, id = GROUP_ID) => ({
  GroupId: id,
  GroupName: name,
  SubDomain: `${id}-cn-hangzhou.alicloudapi.com`,
  Description: '',
  CreatedTime: '2024-05-01T08:00:00Z',
  ModifiedTime: '2024-05-01T08:00:00Z',
  RegionId: 'cn-hangzhou',
  TrafficLimit: 500,
  BillingStatus: 'NORMAL',
  IllegalStatus: 'NORMAL',
  InstanceId: 'api-shared-vpc-001',
  InstanceType: 'VPC_SHARED',
  HttpsPolicy: 'HTTPS2_TLS1_0',
  BasePath: '/',
  Tags: { TagInfo: [] },
})
const list = (groups: unknown[]) => ({
  ApiGroupAttributes: { ApiGroupAttribute: groups },
  PageNumber: 1,
  PageSize: 20,
  TotalCount: groups.length,
})

const renderPage = () =>
  renderWithProviders(<GroupsPage />, { path: '/api-groups', extraRoutes: ['/api-groups/:groupId'] })

describe('API Groups page', () => {
  it('shows the empty state, and creates a group with the rules of the API', async () => {
    const user = userEvent.setup()
    const created: Record<string, string>[] = []
    server.use(
      cloudApi({
        DescribeApiGroups: () => list([]),
        CreateApiGroup: (params) => {
          created.push(Object.fromEntries(params))
          return { ...group(params.get('GroupName') ?? ''), TagStatus: false }
        },
      }),
    )
    renderPage()
    expect(await screen.findByText('No API groups yet')).toBeTruthy()
    await user.click(screen.getAllByRole('button', { name: 'Create Group' })[0]!)
    const dialog = screen.getByRole('dialog', { name: 'Create Group' })
    await user.type(within(dialog).getByLabelText(/Group Name/), 'FC')
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }))
    expect(within(dialog).getByText(/must be 4 to 50 characters long/)).toBeTruthy()
    expect(created).toHaveLength(0)

    await user.type(within(dialog).getByLabelText(/Group Name/), '-Group')
    expect((within(dialog).getByLabelText(/BasePath/) as HTMLInputElement).value).toBe('/')
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }))
    expect(await screen.findByText(`Navigated to /api-groups/:groupId`)).toBeTruthy()
    expect(created[0]).toMatchObject({ Action: 'CreateApiGroup', GroupName: 'FC-Group', BasePath: '/' })
    expect(screen.getByRole('status', { name: 'Notifications' }).textContent).toContain(
      'Group FC-Group created',
    )
  })

  it('deletes after confirmation, and shows the cloud’s refusal inside the dialog', async () => {
    const user = userEvent.setup()
    let refuse = true
    server.use(
      cloudApi({
        DescribeApiGroups: () => list([group('FC-Group')]),
        DeleteApiGroup: () =>
          refuse
            ? HttpResponse.json(
                {
                  RequestId: 'R-1',
                  HostId: 'apigateway.cn-hangzhou.aliyuncs.com',
                  Code: 'InvalidGroupId',
                  Message:
                    'The specified parameter GroupId value is not valid. The group still has APIs: hello.',
                  Recommend: 'https://api.aliyun.com/troubleshoot?q=InvalidGroupId',
                },
                { status: 400 },
              )
            : {},
      }),
    )
    renderPage()
    await user.click(await screen.findByRole('button', { name: 'Delete FC-Group' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete group FC-Group?' })
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert.textContent).toContain('InvalidGroupId')
    expect(alert.textContent).toContain('R-1')
    expect(within(alert).getByRole('link', { name: /Troubleshoot InvalidGroupId/ })).toBeTruthy()

    refuse = false
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(screen.getByRole('status', { name: 'Notifications' }).textContent).toContain(
      'Group FC-Group deleted',
    )
  })

  it('links each group to its APIs', async () => {
    server.use(cloudApi({ DescribeApiGroups: () => list([group('FC-Group')]) }))
    renderPage()
    const link = await screen.findByRole('link', { name: 'Manage APIs of FC-Group' })
    expect(link.getAttribute('href')).toBe(`/apis?groupId=${GROUP_ID}`)
  })
})
