// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { unzipSync } from 'fflate'
import { HttpResponse, http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { FUNCTION_NAME_MESSAGE, MEMORY_MESSAGE } from '@/cloud-api/fc3'
import { base64ToBytes } from '@/lib/base64'
import { setupApiServer } from '@/lib/test-server'
import { renderWithProviders } from '@/lib/test-utils'
import { fileText } from '@/lib/zip'
import { makeFunction } from '../testing'
import { CreateFunctionForm } from './create-function-form'

// CodeMirror needs layout APIs jsdom lacks; a textarea with the same contract stands in.
vi.mock('@/components/ui/code-editor/code-editor', () => ({
  CodeEditor: (props: { label: string; value: string; onChange: (v: string) => void }) => (
    <textarea aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
  ),
}))

const server = setupApiServer()

describe('Create Function', () => {
  it("shows the API's own messages inline, on the right fields, before anything is sent", async () => {
    const user = userEvent.setup()
    renderWithProviders(<CreateFunctionForm onCreated={() => {}} />)
    await user.type(screen.getByLabelText(/Function Name/), '9lives')
    const memory = screen.getByRole('spinbutton', { name: /Memory Specifications/ })
    await user.clear(memory)
    await user.type(memory, '100')
    await user.click(screen.getByRole('button', { name: 'Next' }))

    const name = screen.getByLabelText(/Function Name/)
    expect(name.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText(FUNCTION_NAME_MESSAGE)).toBeTruthy()
    expect(memory.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText(MEMORY_MESSAGE)).toBeTruthy()
    // Still on step 1.
    expect(
      screen
        .getByText('Basic Settings', { selector: '.steps__label' })
        .closest('li')
        ?.getAttribute('aria-current'),
    ).toBe('step')
  })

  it('sends CreateFunctionInput with the code zipped under the handler file, then reports the function', async () => {
    const user = userEvent.setup()
    let sent: Record<string, unknown> | undefined
    server.use(
      http.post('/api/fc/2023-03-30/functions', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>
        return HttpResponse.json(makeFunction({ functionName: 'hello-api' }))
      }),
    )
    const onCreated = vi.fn()
    renderWithProviders(<CreateFunctionForm onCreated={onCreated} />)
    await user.type(screen.getByLabelText(/Function Name/), 'hello-api')
    await user.click(screen.getByRole('button', { name: 'Add Variable' }))
    await user.type(screen.getByLabelText('Variable 1 name'), 'GREETING')
    await user.type(screen.getByLabelText('Variable 1 value'), 'hi')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(screen.getByLabelText('Code editor: index.js')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(screen.getByRole('button', { name: 'Create Function' }))

    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce())
    expect(sent).toMatchObject({
      functionName: 'hello-api',
      runtime: 'nodejs20',
      handler: 'index.handler',
      memorySize: 512,
      timeout: 60,
      environmentVariables: { GREETING: 'hi' },
    })
    const files = unzipSync(base64ToBytes((sent!.code as { zipFile: string }).zipFile))
    expect(Object.keys(files)).toEqual(['index.js'])
    expect(fileText(files['index.js']!)).toContain(
      'module.exports.handler = function(event, context, callback)',
    )
  })

  it('puts FunctionAlreadyExists on the name field and shows the error panel', async () => {
    const user = userEvent.setup()
    server.use(
      http.post('/api/fc/2023-03-30/functions', () =>
        HttpResponse.json(
          { Code: 'FunctionAlreadyExists', Message: "function 'taken' already exists", RequestId: '1-req' },
          { status: 409 },
        ),
      ),
    )
    renderWithProviders(<CreateFunctionForm onCreated={() => {}} />)
    await user.type(screen.getByLabelText(/Function Name/), 'taken')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(screen.getByRole('button', { name: 'Create Function' }))

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('FunctionAlreadyExists')
    expect(alert.textContent).toContain('1-req')
    const name = screen.getByLabelText(/Function Name/)
    expect(name.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getAllByText("function 'taken' already exists").length).toBeGreaterThanOrEqual(1)
  })
})
