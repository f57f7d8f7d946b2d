// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { HttpResponse, http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { base64ToBytes } from '@/lib/base64'
import { setupApiServer } from '@/lib/test-server'
import { renderWithProviders } from '@/lib/test-utils'
import { fileText } from '@/lib/zip'
import { makeFunction } from '../testing'
import { CodeTab } from './code-tab'

vi.mock('@/components/ui/code-editor/code-editor', () => ({
  CodeEditor: (props: { label: string; value: string; onChange: (v: string) => void }) => (
    <textarea aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
  ),
}))

const server = setupApiServer()

const ZIP = zipSync({
  'index.js': strToU8("exports.handler = (e, c, cb) => cb(null, require('./lib/util').hi())"),
  'lib/util.js': strToU8("exports.hi = () => 'hi'"),
  'logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]),
})

describe('Code tab', () => {
  it('loads the zip from the emulator link, edits a file and deploys every file with Ctrl+S', async () => {
    const user = userEvent.setup()
    let deployed: Record<string, Uint8Array> | undefined
    server.use(
      http.get('/api/fc/2023-03-30/functions/hello-api/code', () =>
        // The emulator answers with its own origin and control path; the console maps it to /api/emulator.
        HttpResponse.json({
          url: 'http://127.0.0.1:9000/__emulator/code/hello-api?checksum=1',
          checksum: '1',
        }),
      ),
      http.get('/api/emulator/code/hello-api', ({ request }) => {
        expect(new URL(request.url).searchParams.get('checksum')).toBe('1')
        return new HttpResponse(ZIP, { headers: { 'content-type': 'application/zip' } })
      }),
      http.put('/api/fc/2023-03-30/functions/hello-api', async ({ request }) => {
        const body = (await request.json()) as { code: { zipFile: string } }
        deployed = unzipSync(base64ToBytes(body.code.zipFile))
        return HttpResponse.json(makeFunction({ codeChecksum: '2' }))
      }),
    )
    renderWithProviders(<CodeTab fn={makeFunction()} active />)

    const files = await screen.findByRole('navigation', { name: 'Files' })
    expect(
      within(files)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['index.js', 'lib/util.js', 'logo.png'])
    expect(screen.getByText('Deployed')).toBeTruthy()
    expect((screen.getByRole('button', { name: 'Deploy' }) as HTMLButtonElement).disabled).toBe(true)

    await user.click(within(files).getByRole('button', { name: 'lib/util.js' }))
    const editor = screen.getByLabelText('Code editor: lib/util.js')
    await user.type(editor, ' // edited')
    expect(screen.getByText('Unsaved changes')).toBeTruthy()
    expect(within(files).getByRole('button', { name: /lib\/util\.js.*unsaved/ })).toBeTruthy()

    await user.keyboard('{Control>}s{/Control}')
    await waitFor(() => expect(deployed).toBeDefined())
    expect(Object.keys(deployed ?? {}).sort()).toEqual(['index.js', 'lib/util.js', 'logo.png'])
    expect(fileText(deployed!['lib/util.js']!)).toBe("exports.hi = () => 'hi' // edited")
    expect(Array.from(deployed!['logo.png']!)).toEqual([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe])
    expect(await screen.findByText('Deployed', { selector: '.badge' })).toBeTruthy()
  })

  it('says which code package could not be read', async () => {
    server.use(
      http.get('/api/fc/2023-03-30/functions/hello-api/code', () =>
        HttpResponse.json({ Code: 'FunctionNotFound', Message: 'gone', RequestId: '1-x' }, { status: 404 }),
      ),
    )
    renderWithProviders(<CodeTab fn={makeFunction()} active />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('The code could not be loaded')
    expect(alert.textContent).toContain('FunctionNotFound')
  })
})
