// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { setupApiServer } from '@/lib/test-server'
import { renderWithProviders } from '@/lib/test-utils'
import { ModeBadge } from './mode-badge'
import { ResetDemoDataButton } from './reset-demo-data-button'

const server = setupApiServer()

const health = (runtimeMode: 'browser' | 'node') =>
  http.get('/api/emulator/health', () =>
    HttpResponse.json({
      ok: true,
      emulator: 'apigw-fc',
      runtimeMode,
      accountId: '123',
      region: 'cn-hangzhou',
    }),
  )

const TopBar = ({ onReset }: { onReset?: () => void }) => (
  <>
    <ModeBadge />
    <ResetDemoDataButton onReset={onReset} />
  </>
)

describe('console mode', () => {
  it('shows the browser emulator, its region and Reset demo data', async () => {
    server.use(health('browser'))
    renderWithProviders(<TopBar />)
    expect(await screen.findByText('Browser emulator')).toBeTruthy()
    expect(screen.getByText('cn-hangzhou')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Reset demo data' })).toBeTruthy()
  })

  it('shows the local cloud', async () => {
    server.use(health('node'))
    renderWithProviders(<TopBar />)
    expect(await screen.findByText('Local cloud')).toBeTruthy()
  })

  it('shows Alibaba Cloud and no reset when /api/emulator/health is a 404', async () => {
    server.use(http.get('/api/emulator/health', () => new HttpResponse('Not Found', { status: 404 })))
    renderWithProviders(<TopBar />)
    expect(await screen.findByText('Alibaba Cloud')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Reset demo data' })).toBeNull()
  })

  it('resets the emulator only after confirmation', async () => {
    const user = userEvent.setup()
    const reset = vi.fn()
    server.use(
      health('browser'),
      http.post('/api/emulator/reset', () => {
        reset()
        return HttpResponse.json({ ok: true })
      }),
    )
    const onReset = vi.fn()
    renderWithProviders(<TopBar onReset={onReset} />)
    await user.click(await screen.findByRole('button', { name: 'Reset demo data' }))
    const dialog = screen.getByRole('dialog', { name: 'Reset demo data?' })
    expect(reset).not.toHaveBeenCalled()
    await user.click(within(dialog).getByRole('button', { name: 'Reset' }))
    expect(await screen.findByText('Demo data reset')).toBeTruthy()
    expect(reset).toHaveBeenCalledOnce()
    expect(onReset).toHaveBeenCalledOnce()
  })
})
