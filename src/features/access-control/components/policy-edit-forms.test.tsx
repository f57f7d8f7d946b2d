// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeIpControl, makeTrafficControl } from '@/lib/cloud/testing'
import { renderWithProviders } from '@/lib/test-utils'
import { IpControlEditDialog, PolicyItemDialog } from './ip-control-edit-dialogs'
import { TrafficControlForm } from './traffic-control-form-dialog'

afterEach(cleanup)

const IP_CONTROL = makeIpControl()
const TRAFFIC = makeTrafficControl()

describe('Modify IP Control', () => {
  it('starts from the policy, checks the name inline and shows the type it cannot change', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    renderWithProviders(
      <IpControlEditDialog
        open
        policy={IP_CONTROL}
        pending={false}
        error={null}
        onSubmit={onSubmit}
        onClose={() => {}}
      />,
    )
    const form = screen.getByRole('form', { name: 'Modify IP Control' })
    const name = within(form).getByLabelText(/Policy Name/)
    expect(name).toHaveProperty('value', 'office_only')
    expect(within(form).getByLabelText('Type')).toHaveProperty('readOnly', true)
    expect(within(form).getByLabelText('Type')).toHaveProperty('value', 'Allow (whitelist)')
    await user.clear(name)
    await user.type(name, 'ab')
    await user.click(within(form).getByRole('button', { name: 'Confirm' }))
    expect(within(form).getByText(/must be 4 to 50 characters/)).toBeTruthy()
    expect(onSubmit).not.toHaveBeenCalled()
    await user.type(name, 'cd_2')
    await user.clear(within(form).getByLabelText('Description'))
    await user.click(within(form).getByRole('button', { name: 'Confirm' }))
    expect(onSubmit).toHaveBeenCalledWith({ name: 'abcd_2', description: '' }, expect.anything())
  })
})

describe('Add Policy / Modify Policy', () => {
  it('checks the CIDR list and the AppId inline; a REFUSE list has no AppId', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    const item = {
      PolicyItemId: 'p1',
      CidrIp: '10.0.0.1',
      AppId: '123',
      CreateTime: '2024-05-01T08:00:00Z',
      ModifiedTime: '2024-05-01T08:00:00Z',
    }
    renderWithProviders(
      <PolicyItemDialog
        open
        type="ALLOW"
        item={item}
        pending={false}
        error={null}
        onSubmit={onSubmit}
        onClose={() => {}}
      />,
    )
    const form = screen.getByRole('form', { name: 'Modify Policy' })
    const cidr = within(form).getByLabelText(/CIDR List/)
    expect(cidr).toHaveProperty('value', '10.0.0.1')
    await user.type(cidr, ';10.0.0.0/40')
    await user.clear(within(form).getByLabelText('AppId'))
    await user.type(within(form).getByLabelText('AppId'), 'x')
    await user.click(within(form).getByRole('button', { name: 'Confirm' }))
    expect(within(form).getByText(/'10.0.0.0\/40' is not an IP address or CIDR block/)).toBeTruthy()
    expect(within(form).getByText('AppId is the numeric id of an app (Apps page).')).toBeTruthy()
    expect(onSubmit).not.toHaveBeenCalled()
    await user.clear(cidr)
    await user.type(cidr, '10.0.0.0/24')
    await user.clear(within(form).getByLabelText('AppId'))
    await user.click(within(form).getByRole('button', { name: 'Confirm' }))
    expect(onSubmit).toHaveBeenCalledWith({ cidrIp: '10.0.0.0/24', appId: '' })
    cleanup()

    renderWithProviders(
      <PolicyItemDialog
        open
        type="REFUSE"
        item={null}
        pending={false}
        error={null}
        onSubmit={onSubmit}
        onClose={() => {}}
      />,
    )
    const add = screen.getByRole('form', { name: 'Add Policy' })
    expect(within(add).queryByLabelText('AppId')).toBeNull()
    await user.click(within(add).getByRole('button', { name: 'Confirm' }))
    expect(within(add).getByText(/CidrIp holds/)).toBeTruthy()
  })
})

describe('Modify Traffic Control', () => {
  it('starts from the policy; a limit it has cannot be emptied, one it lacks can be added', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    renderWithProviders(
      <TrafficControlForm
        current={TRAFFIC}
        pending={false}
        error={null}
        onSubmit={onSubmit}
        onClose={() => {}}
      />,
    )
    const form = screen.getByRole('form', { name: 'Modify Traffic Control' })
    expect(within(form).getByLabelText(/API Peak QPS/)).toHaveProperty('value', '100')
    expect(within(form).getByLabelText(/User Peak QPS/)).toHaveProperty('value', '50')
    await user.clear(within(form).getByLabelText(/User Peak QPS/))
    await user.type(within(form).getByLabelText(/App Peak QPS/), '200')
    await user.click(within(form).getByRole('button', { name: 'Confirm' }))
    expect(within(form).getByText(/A limit once set cannot be removed/)).toBeTruthy()
    expect(within(form).getByText(/AppDefault ≤ UserDefault ≤ ApiDefault/)).toBeTruthy()
    expect(onSubmit).not.toHaveBeenCalled()
    await user.type(within(form).getByLabelText(/User Peak QPS/), '60')
    await user.clear(within(form).getByLabelText(/App Peak QPS/))
    await user.type(within(form).getByLabelText(/App Peak QPS/), '20')
    await user.selectOptions(within(form).getByLabelText('Unit'), 'SECOND')
    await user.click(within(form).getByRole('button', { name: 'Confirm' }))
    expect(onSubmit).toHaveBeenCalledWith(
      { name: 'limits', unit: 'SECOND', apiDefault: 100, userDefault: 60, appDefault: 20, description: '' },
      expect.anything(),
    )
  })
})
