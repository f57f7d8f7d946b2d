// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { SideNav } from './side-nav'

afterEach(cleanup)

const renderAt = (url: string) =>
  render(
    <RouterProvider
      router={createMemoryRouter([{ path: '*', Component: SideNav }], { initialEntries: [url] })}
    />,
  )

describe('side navigation', () => {
  it('starts with Quick Start and links the API Gateway areas of the seed’s flow', () => {
    renderAt('/apis/abc')
    const nav = screen.getByRole('navigation', { name: 'Main' })
    const links = within(nav).getAllByRole('link')
    expect(links[0]?.textContent?.trim()).toBe('Quick Start')
    expect(links[0]?.getAttribute('href')).toBe('/wizard')
    for (const [name, href] of [
      ['API Groups', '/api-groups'],
      ['APIs', '/apis'],
      ['Backend Services', '/backends'],
    ] as const) {
      expect(within(nav).getByRole('link', { name }).getAttribute('href')).toBe(href)
    }
    expect(within(nav).getByRole('link', { name: 'APIs' }).getAttribute('aria-current')).toBe('page')
  })

  it('links Apps and the access-control areas (issue 4)', () => {
    renderAt('/')
    const nav = screen.getByRole('navigation', { name: 'Main' })
    for (const [name, href] of [
      ['Apps', '/apps'],
      ['IP Control', '/ip-controls'],
      ['Traffic Control', '/traffic-controls'],
    ] as const) {
      expect(within(nav).getByRole('link', { name }).getAttribute('href')).toBe(href)
    }
    expect(within(nav).queryByText(/coming soon/)).toBeNull()
  })
})
