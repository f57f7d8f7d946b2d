// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/lib/api-error'
import { NotFound } from './not-found'
import { RouteError } from './route-error'

afterEach(cleanup)

function Boom(): never {
  throw new ApiError({
    code: 'InternalServerError',
    message: 'the cloud broke',
    status: 500,
    requestId: '1-boom',
  })
}

const renderAt = (url: string) =>
  render(
    <RouterProvider
      router={createMemoryRouter(
        [
          {
            ErrorBoundary: RouteError,
            children: [
              { path: '/boom', Component: Boom },
              { path: '*', Component: NotFound },
            ],
          },
        ],
        { initialEntries: [url] },
      )}
    />,
  )

describe('page errors', () => {
  it('shows an error panel with the code, message and request id instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}) // React logs the caught error
    renderAt('/boom')
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('InternalServerError')
    expect(alert.textContent).toContain('the cloud broke')
    expect(alert.textContent).toContain('1-boom')
    expect(screen.getByRole('button', { name: 'Reload page' })).toBeTruthy()
  })

  it('has a not-found page with a way back', () => {
    renderAt('/nowhere')
    expect(screen.getByRole('heading', { name: 'Page not found', level: 1 })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Go to Functions' }).getAttribute('href')).toBe('/functions')
  })
})
