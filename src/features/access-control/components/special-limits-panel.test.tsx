// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { TrafficControl } from '@/cloud-api/cloudapi'
import { cloudApi, makeTrafficControl } from '@/lib/cloud/testing'
import { setupApiServer } from '@/lib/test-server'
import { renderWithProviders } from '@/lib/test-utils'
import { SpecialLimitsPanel } from './special-limits-panel'

/** Special per-app limits of a traffic control: AddTrafficSpecialControl / DeleteTrafficSpecialControl. */
const server = setupApiServer()

const withSpecial = (appId: string, value: number): Partial<TrafficControl> => ({
  SpecialPolicies: {
    SpecialPolicy: [
      { SpecialType: 'APP', Specials: { Special: [{ SpecialKey: appId, TrafficValue: value }] } },
    ],
  },
})

describe('Special Apps', () => {
  it('says every app gets the app limit when there are none, and names the unit beside the limit', async () => {
    renderWithProviders(<SpecialLimitsPanel policy={makeTrafficControl({ TrafficControlUnit: 'HOUR' })} />)
    const table = screen.getByRole('table', { name: 'Special app limits' })
    expect(within(table).getByText('No special limits: every app gets the app limit.')).toBeTruthy()
    expect(screen.getByText('calls / hour')).toBeTruthy()
  })

  it('adds a special limit for an app with the cloud’s parameters, after inline errors for bad input', async () => {
    const user = userEvent.setup()
    const calls: Record<string, string>[] = []
    server.use(
      cloudApi({
        AddTrafficSpecialControl: (params) => {
          calls.push(Object.fromEntries(params))
          return {}
        },
      }),
    )
    renderWithProviders(<SpecialLimitsPanel policy={makeTrafficControl()} />)
    const form = screen.getByRole('form', { name: 'Add special app limit' })
    await user.type(within(form).getByLabelText('Special AppId'), 'app-1')
    await user.type(within(form).getByLabelText('Special limit'), '0')
    await user.click(within(form).getByRole('button', { name: 'Add Special App' }))
    expect(within(form).getByText('Throttling values are whole numbers of calls, at least 1.')).toBeTruthy()
    expect(calls).toEqual([])

    await user.clear(within(form).getByLabelText('Special AppId'))
    await user.type(within(form).getByLabelText('Special AppId'), ' 3210 ')
    await user.clear(within(form).getByLabelText('Special limit'))
    await user.type(within(form).getByLabelText('Special limit'), '7')
    await user.click(within(form).getByRole('button', { name: 'Add Special App' }))
    expect((await screen.findByRole('status')).textContent).toContain('Special limit for app 3210 saved')
    expect(calls[0]).toMatchObject({
      Action: 'AddTrafficSpecialControl',
      TrafficControlId: 'b'.repeat(32),
      SpecialType: 'APP',
      SpecialKey: '3210',
      TrafficValue: '7',
    })
    expect((within(form).getByLabelText('Special AppId') as HTMLInputElement).value).toBe('')
  })

  it('lists each special limit and removes one from its row', async () => {
    const user = userEvent.setup()
    const removed: Record<string, string>[] = []
    server.use(
      cloudApi({
        DeleteTrafficSpecialControl: (params) => {
          removed.push(Object.fromEntries(params))
          return {}
        },
      }),
    )
    renderWithProviders(<SpecialLimitsPanel policy={makeTrafficControl(withSpecial('3210', 7))} />)
    const table = screen.getByRole('table', { name: 'Special app limits' })
    expect(within(table).getByText('3210')).toBeTruthy()
    await user.click(within(table).getByRole('button', { name: 'Remove the special limit of app 3210' }))
    await expect.poll(() => removed.length).toBe(1)
    expect(removed[0]).toMatchObject({
      TrafficControlId: 'b'.repeat(32),
      SpecialType: 'APP',
      SpecialKey: '3210',
    })
  })
})
