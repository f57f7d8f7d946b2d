// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { cloudApi, makeIpControl, makeTrafficControl } from '@/lib/cloud/testing'
import { setupApiServer } from '@/lib/test-server'
import { renderWithProviders } from '@/lib/test-utils'
import { Component as IpControlPage } from './ip-control-page'
import { Component as IpControlsPage } from './ip-controls-page'
import { Component as TrafficControlPage } from './traffic-control-page'
import { Component as TrafficControlsPage } from './traffic-controls-page'

/**
 * The two kinds' list and detail pages are one page each (components/policy-list-page.tsx,
 * policy-detail-page.tsx) told the kind: both must still read as their own kind.
 */
const server = setupApiServer()

const paging = (count: number) => ({ PageNumber: 1, PageSize: 100, TotalCount: count })
const ipControl = makeIpControl()
const trafficControl = makeTrafficControl()
const IP_ID = ipControl.IpControlId
const TC_ID = trafficControl.TrafficControlId
const notFound = (code: string) =>
  HttpResponse.json(
    { RequestId: 'R', HostId: 'h', Code: code, Message: 'Cannot find resource' },
    { status: 400 },
  )
const noGroups = {
  DescribeApiGroups: () => ({ ApiGroupAttributes: { ApiGroupAttribute: [] }, ...paging(0) }),
}

describe('IP Control list', () => {
  it('lists the policies with their row actions, and opens a created policy on its page', async () => {
    const user = userEvent.setup()
    const created: Record<string, string>[] = []
    server.use(
      cloudApi({
        DescribeIpControls: () => ({ IpControlInfos: { IpControlInfo: [ipControl] }, ...paging(1) }),
        CreateIpControl: (params) => {
          created.push(Object.fromEntries(params))
          return { IpControlId: 'c'.repeat(32) }
        },
      }),
    )
    renderWithProviders(<IpControlsPage />, { path: '/ip-controls', extraRoutes: ['/ip-controls/:id'] })
    const table = await screen.findByRole('table', { name: 'IP Controls' })
    expect(await within(table).findByRole('link', { name: 'office_only' })).toHaveProperty(
      'pathname',
      `/ip-controls/${IP_ID}`,
    )
    expect(within(table).getByRole('button', { name: 'Modify office_only' })).toBeTruthy()
    expect(within(table).getByRole('button', { name: 'Delete office_only' })).toBeTruthy()
    expect(within(table).getByText('Allow (whitelist)')).toBeTruthy()

    await user.click(screen.getAllByRole('button', { name: 'Create IP Control' })[0]!)
    const dialog = screen.getByRole('dialog', { name: 'Create IP Control' })
    await user.type(within(dialog).getByLabelText(/Policy Name/), 'new_list')
    await user.type(within(dialog).getByLabelText('CIDR list of policy 1'), ' 10.0.0.1 ')
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }))
    expect(await screen.findByText(`Navigated to /ip-controls/:id`)).toBeTruthy()
    expect(created[0]).toMatchObject({
      IpControlName: 'new_list',
      IpControlType: 'REFUSE',
      'IpControlPolicys.1.CidrIp': '10.0.0.1',
    })
    expect(screen.getByRole('status').textContent).toContain('IP control new_list created')
  })
})

describe('Traffic Control list', () => {
  it('names its table, row actions and empty state after its own kind', async () => {
    server.use(
      cloudApi({
        DescribeTrafficControls: () => ({ TrafficControls: { TrafficControl: [] }, ...paging(0) }),
      }),
    )
    renderWithProviders(<TrafficControlsPage />, { path: '/traffic-controls' })
    expect(await screen.findByText('No traffic controls yet')).toBeTruthy()
    expect(screen.getByRole('table', { name: 'Traffic Controls' })).toBeTruthy()
    expect(screen.getAllByRole('button', { name: 'Create Traffic Control' })).toHaveLength(2)
  })
})

describe('a policy page', () => {
  it('shows an IP control with its type, and says when one does not exist', async () => {
    server.use(
      cloudApi({
        ...noGroups,
        DescribeIpControls: (params) =>
          params.get('IpControlId') === IP_ID
            ? { IpControlInfos: { IpControlInfo: [ipControl] }, ...paging(1) }
            : { IpControlInfos: { IpControlInfo: [] }, ...paging(0) },
        DescribeIpControlPolicyItems: () => ({
          IpControlPolicyItems: { IpControlPolicyItem: [] },
          ...paging(0),
        }),
      }),
    )
    renderWithProviders(<IpControlPage />, {
      path: '/ip-controls/:ipControlId',
      url: `/ip-controls/${IP_ID}`,
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'office_only' })).toBeTruthy()
    expect(screen.getByText('Allow (whitelist)')).toBeTruthy()
    expect(screen.getByText('the office')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Delete IP Control' })).toBeTruthy()
    expect(screen.getByRole('table', { name: 'Policies' })).toBeTruthy()
    cleanup()

    renderWithProviders(<IpControlPage />, { path: '/ip-controls/:ipControlId', url: '/ip-controls/gone' })
    expect(await screen.findByText('This IP control does not exist')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Back to IP Control' }).getAttribute('href')).toBe('/ip-controls')
  })

  it('shows a traffic control’s limits, and deletes it back to the list', async () => {
    const user = userEvent.setup()
    const deleted: string[] = []
    server.use(
      cloudApi({
        ...noGroups,
        DescribeTrafficControls: () => ({
          TrafficControls: { TrafficControl: [trafficControl] },
          ...paging(1),
        }),
        DeleteTrafficControl: (params) => {
          deleted.push(params.get('TrafficControlId') ?? '')
          return {}
        },
      }),
    )
    renderWithProviders(<TrafficControlPage />, {
      path: '/traffic-controls/:trafficControlId',
      url: `/traffic-controls/${TC_ID}`,
      extraRoutes: ['/traffic-controls'],
    })
    const limits = await screen.findByRole('region', { name: 'Limits' })
    expect(limits.textContent).toContain('100 calls / minute')
    expect(limits.textContent).toContain('50 calls / minute')
    await user.click(screen.getByRole('button', { name: 'Delete Traffic Control' }))
    const confirm = screen.getByRole('dialog', { name: 'Delete traffic control limits?' })
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }))
    expect(await screen.findByText('Navigated to /traffic-controls')).toBeTruthy()
    expect(deleted).toEqual([TC_ID])
  })

  it('says when the traffic control does not exist', async () => {
    server.use(cloudApi({ DescribeTrafficControls: () => notFound('NotFoundTrafficControl') }))
    renderWithProviders(<TrafficControlPage />, {
      path: '/traffic-controls/:trafficControlId',
      url: '/traffic-controls/gone',
    })
    expect(await screen.findByText('This traffic control does not exist')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Delete Traffic Control' })).toBeNull()
  })
})
