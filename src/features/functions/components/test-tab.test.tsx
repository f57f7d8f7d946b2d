// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '@/lib/test-utils'
import { makeFunction } from '../testing'
import { TestTab } from './test-tab'

vi.mock('@/components/ui/code-editor/code-editor', () => ({
  CodeEditor: (props: { label: string; value: string; onChange: (v: string) => void }) => (
    <textarea aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
  ),
}))

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  cleanup()
  localStorage.clear()
})
afterAll(() => server.close())

const b64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)))

describe('Test tab', () => {
  it('invokes with the selected event and shows status, body, figures and the decoded log', async () => {
    const user = userEvent.setup()
    let received: { body: string; headers: Record<string, string | null> } | undefined
    server.use(
      http.post('/api/fc/2023-03-30/functions/hello-api/invocations', async ({ request }) => {
        received = {
          body: await request.text(),
          headers: {
            type: request.headers.get('x-fc-invocation-type'),
            log: request.headers.get('x-fc-log-type'),
          },
        }
        return new HttpResponse(
          JSON.stringify({ isBase64Encoded: false, statusCode: '200', headers: {}, body: 'ok' }),
          {
            headers: {
              'x-fc-request-id': '1-invoke',
              'x-fc-log-result': b64('2024-05-01T08:00:00.000Z 1-invoke INFO 你好\n'),
              'x-fc-invocation-duration': '12',
              'x-fc-max-memory-usage': '48',
              'x-fc-init-duration': '150',
            },
          },
        )
      }),
    )
    renderWithProviders(<TestTab fn={makeFunction()} />)
    expect(screen.getByRole('combobox', { name: 'Test event' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Test Function' }))

    const result = screen.getByRole('region', { name: 'Execution Result' })
    expect(await within(result).findByText('Succeeded')).toBeTruthy()
    expect(received?.headers).toEqual({ type: 'Sync', log: 'Tail' })
    expect(JSON.parse(received?.body ?? '')).toMatchObject({ httpMethod: 'GET', path: '/echo/phone' })
    expect(within(result).getByText('1-invoke')).toBeTruthy()
    expect(within(result).getByText('12 ms')).toBeTruthy()
    expect(within(result).getByText('48 MB')).toBeTruthy()
    expect(within(result).getByText('150 ms')).toBeTruthy()
    expect(within(result).getByRole('log', { name: 'Log output' }).textContent).toContain('INFO 你好')
  })

  it('reports a failed invocation with its error type and message', async () => {
    const user = userEvent.setup()
    server.use(
      http.post('/api/fc/2023-03-30/functions/hello-api/invocations', () =>
        HttpResponse.json(
          { errorMessage: "Handler 'handler' missing on module 'index'", errorType: 'Error' },
          { headers: { 'x-fc-error-type': 'UnhandledInvocationError', 'x-fc-request-id': '1-fail' } },
        ),
      ),
    )
    renderWithProviders(<TestTab fn={makeFunction()} />)
    await user.click(screen.getByRole('button', { name: 'Test Function' }))
    const result = screen.getByRole('region', { name: 'Execution Result' })
    expect(await within(result).findByText('Failed')).toBeTruthy()
    expect(within(result).getByText('UnhandledInvocationError')).toBeTruthy()
    expect(within(result).getByText("Handler 'handler' missing on module 'index'")).toBeTruthy()
  })

  it('creates, renames and deletes named test events, kept in localStorage', async () => {
    const user = userEvent.setup()
    renderWithProviders(<TestTab fn={makeFunction()} />)
    await user.click(screen.getByRole('button', { name: 'Create Test Event' }))
    let dialog = screen.getByRole('dialog', { name: 'Create Test Event' })
    await user.type(within(dialog).getByLabelText(/Event Name/), 'hello')
    await user.selectOptions(within(dialog).getByLabelText('Event Template'), 'Hello world')
    await user.click(within(dialog).getByRole('button', { name: 'Create' }))
    const select = screen.getByRole('combobox', { name: 'Test event' }) as HTMLSelectElement
    expect(select.selectedOptions[0]?.textContent).toBe('hello')
    expect(JSON.parse((screen.getByLabelText('Event content') as HTMLTextAreaElement).value)).toEqual({
      key1: 'value1',
      key2: 'value2',
      key3: 'value3',
    })

    await user.click(screen.getByRole('button', { name: 'Rename' }))
    dialog = screen.getByRole('dialog', { name: 'Rename Test Event' })
    const nameField = within(dialog).getByLabelText(/Event Name/)
    await user.clear(nameField)
    await user.type(nameField, 'greeting{Enter}')
    expect(select.selectedOptions[0]?.textContent).toBe('greeting')
    expect(localStorage.getItem('fc-console:test-events:hello-api')).toContain('"greeting"')

    await user.click(screen.getByRole('button', { name: 'Delete' }))
    await user.click(
      within(screen.getByRole('dialog', { name: 'Delete test event greeting?' })).getByRole('button', {
        name: 'Delete',
      }),
    )
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(['api-gateway-event'])
    expect((screen.getByRole('button', { name: 'Delete' }) as HTMLButtonElement).disabled).toBe(true)
  })
})
