// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { setupApiServer } from '@/lib/test-server'
import { renderWithProviders } from '@/lib/test-utils'
import { makeFunction } from '../testing'
import { Component as FunctionsPage } from './functions-page'

const server = setupApiServer()

const renderPage = (url = '/functions') => renderWithProviders(<FunctionsPage />, { path: '/functions', url })

describe('Functions page', () => {
  it('shows the empty state with a Create Function call to action', async () => {
    server.use(http.get('/api/fc/2023-03-30/functions', () => HttpResponse.json({ functions: [] })))
    renderPage()
    expect(await screen.findByText('No functions yet')).toBeTruthy()
    const links = screen.getAllByRole('link', { name: 'Create Function' })
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/functions/create', '/functions/create'])
  })

  it('lists functions, pages with nextToken, and searches by prefix', async () => {
    const user = userEvent.setup()
    const requests: string[] = []
    server.use(
      http.get('/api/fc/2023-03-30/functions', ({ request }) => {
        const url = new URL(request.url)
        requests.push(url.search)
        if (url.searchParams.get('prefix') === 'b')
          return HttpResponse.json({ functions: [makeFunction({ functionName: 'beta' })] })
        if (url.searchParams.get('nextToken') === 't1')
          return HttpResponse.json({ functions: [makeFunction({ functionName: 'gamma', memorySize: 1024 })] })
        return HttpResponse.json({ functions: [makeFunction({ functionName: 'alpha' })], nextToken: 't1' })
      }),
    )
    renderPage()
    const table = await screen.findByRole('table', { name: 'Functions' })
    expect(await within(table).findByRole('link', { name: 'alpha' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Load more' }))
    const gamma = await within(table).findByRole('row', { name: /gamma/ })
    expect(within(gamma).getByText('1024 MB')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull()

    await user.type(screen.getByRole('searchbox', { name: 'Search functions by name prefix' }), 'b{Enter}')
    expect(await within(table).findByRole('link', { name: 'beta' })).toBeTruthy()
    expect(requests).toEqual(['?limit=20', '?limit=20&nextToken=t1', '?prefix=b&limit=20'])
  })

  it('says which functions are event functions and which web functions (custom runtime)', async () => {
    server.use(
      http.get('/api/fc/2023-03-30/functions', () =>
        HttpResponse.json({
          functions: [
            makeFunction({ functionName: 'events' }),
            makeFunction({ functionName: 'site', runtime: 'custom.debian10' }),
          ],
        }),
      ),
    )
    renderPage()
    const table = await screen.findByRole('table', { name: 'Functions' })
    expect(
      within(await within(table).findByRole('row', { name: /events/ })).getByText('Event Function'),
    ).toBeTruthy()
    expect(within(within(table).getByRole('row', { name: /site/ })).getByText('Web Function')).toBeTruthy()
  })

  it('deletes a function after confirmation and refreshes the list', async () => {
    const user = userEvent.setup()
    let names = ['alpha', 'beta']
    server.use(
      http.get('/api/fc/2023-03-30/functions', () =>
        HttpResponse.json({ functions: names.map((n) => makeFunction({ functionName: n })) }),
      ),
      http.delete('/api/fc/2023-03-30/functions/:name', ({ params }) => {
        names = names.filter((n) => n !== params.name)
        return new HttpResponse(null, { status: 204 })
      }),
    )
    renderPage()
    await user.click(await screen.findByRole('button', { name: 'Delete alpha' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete function alpha?' })
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(screen.queryByRole('link', { name: 'alpha' })).toBeNull())
    expect(screen.getByRole('link', { name: 'beta' })).toBeTruthy()
    expect(screen.getByRole('status', { name: 'Notifications' }).textContent).toContain(
      'Function alpha deleted',
    )
  })

  it('shows the cloud error with its request id and a retry', async () => {
    server.use(
      http.get('/api/fc/2023-03-30/functions', () =>
        HttpResponse.json(
          { Code: 'AccessDenied', Message: 'no permission', RequestId: '1-denied' },
          { status: 403 },
        ),
      ),
    )
    renderPage()
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('AccessDenied')
    expect(alert.textContent).toContain('1-denied')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy()
  })
})
