// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '@/lib/test-utils'
import { IpControlForm } from './ip-control-form-dialog'
import { TrafficControlForm } from './traffic-control-form-dialog'

afterEach(cleanup)

describe('Create IP Control form', () => {
  it('checks names and CIDR lists with the API’s rules, and asks for an AppId only for ALLOW', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    renderWithProviders(<IpControlForm pending={false} error={null} onSubmit={onSubmit} onClose={() => {}} />)
    const form = screen.getByRole('form', { name: 'Create IP Control' })
    expect(within(form).queryByLabelText('AppId of policy 1')).toBeNull()
    await user.type(within(form).getByLabelText(/Policy Name/), '_x')
    await user.type(within(form).getByLabelText('CIDR list of policy 1'), '10.0.0.1;300.1.1.1/8')
    await user.click(within(form).getByRole('button', { name: 'Confirm' }))
    expect(within(form).getByText(/cannot start with an underscore/)).toBeTruthy()
    expect(within(form).getByText(/'300.1.1.1\/8' is not an IP address or CIDR block/)).toBeTruthy()
    expect(onSubmit).not.toHaveBeenCalled()

    await user.selectOptions(within(form).getByLabelText('Type'), 'ALLOW')
    await user.clear(within(form).getByLabelText(/Policy Name/))
    await user.type(within(form).getByLabelText(/Policy Name/), 'office_only')
    await user.clear(within(form).getByLabelText('CIDR list of policy 1'))
    await user.type(within(form).getByLabelText('CIDR list of policy 1'), '114.1.1.0/24; 10.0.0.1')
    await user.type(within(form).getByLabelText('AppId of policy 1'), 'abc')
    await user.click(within(form).getByRole('button', { name: 'Confirm' }))
    expect(within(form).getByText('AppId is the numeric id of an app (Apps page).')).toBeTruthy()
    await user.clear(within(form).getByLabelText('AppId of policy 1'))
    await user.type(within(form).getByLabelText('AppId of policy 1'), '1234')
    await user.click(within(form).getByRole('button', { name: 'Confirm' }))
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'office_only',
        type: 'ALLOW',
        policies: [{ cidrIp: '114.1.1.0/24; 10.0.0.1', appId: '1234' }],
      }),
      expect.anything(),
    )
  })
})

describe('Create Traffic Control form', () => {
  it('requires an API limit and keeps app ≤ user ≤ API', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    renderWithProviders(
      <TrafficControlForm pending={false} error={null} onSubmit={onSubmit} onClose={() => {}} />,
    )
    const form = screen.getByRole('form', { name: 'Create Traffic Control' })
    await user.type(within(form).getByLabelText(/Policy Name/), 'two_per_minute')
    await user.clear(within(form).getByLabelText(/API Peak QPS/))
    await user.type(within(form).getByLabelText(/API Peak QPS/), '2')
    await user.type(within(form).getByLabelText(/App Peak QPS/), '5')
    await user.click(within(form).getByRole('button', { name: 'Confirm' }))
    expect(within(form).getByText(/AppDefault ≤ UserDefault ≤ ApiDefault/)).toBeTruthy()
    expect(onSubmit).not.toHaveBeenCalled()
    await user.clear(within(form).getByLabelText(/App Peak QPS/))
    await user.click(within(form).getByRole('button', { name: 'Confirm' }))
    expect(onSubmit).toHaveBeenCalledWith(
      {
        name: 'two_per_minute',
        unit: 'MINUTE',
        apiDefault: 2,
        userDefault: undefined,
        appDefault: undefined,
        description: '',
      },
      expect.anything(),
    )
  })
})
