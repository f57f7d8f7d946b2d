// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import type { DeployedInfo, StageName } from '@/cloud-api/cloudapi'
import { cloudApi } from '@/lib/cloud/testing'
import { setupApiServer } from '@/lib/test-server'
import { renderWithProviders } from '@/lib/test-utils'
import { describeGroupAnswer, GROUP, makeApi } from '../../testing'
import { CallExamplePanel } from './call-example-panel'

const server = setupApiServer()

const APPS = [
  { AppId: 111, AppName: 'first_app', code: 'c0de0000000000000000000000000111', secret: 's'.repeat(32) },
  { AppId: 222, AppName: 'second_app', code: 'c0de0000000000000000000000000222', secret: 't'.repeat(32) },
]
const published = (stages: StageName[]): { DeployedInfo: DeployedInfo[] } => ({
  DeployedInfo: (['RELEASE', 'PRE', 'TEST'] as const).map((StageName) => ({
    StageName,
    DeployedStatus: stages.includes(StageName) ? 'DEPLOYED' : 'NONDEPLOYED',
    EffectiveVersion: '',
  })),
})

function answer(endpoint: string | undefined, securityCalls: number[] = []) {
  server.use(
    http.get('/api/emulator/health', () =>
      HttpResponse.json({ ok: true, runtimeMode: endpoint ? 'node' : 'browser', endpoint }),
    ),
    cloudApi({
      DescribeApiGroup: describeGroupAnswer,
      DescribeAuthorizedApps: (params) => ({
        AuthorizedApps: {
          AuthorizedApp: (params.get('StageName') === 'RELEASE' ? APPS : []).map((a) => ({
            AppId: a.AppId,
            AppName: a.AppName,
            AppDescription: '',
            StageName: 'RELEASE',
            StageAlias: 'Production',
            Operator: 'PROVIDER',
            AuthorizedTime: '2024-05-01T08:00:00Z',
            AuthVaildTime: '',
            AuthorizationSource: 'CONSOLE',
            Description: '',
          })),
        },
        PageNumber: 1,
        PageSize: 100,
        TotalCount: 2,
      }),
      DescribeAppSecurity: (params) => {
        const app = APPS.find((a) => String(a.AppId) === params.get('AppId'))!
        securityCalls.push(app.AppId)
        return {
          AppKey: `key-${app.AppId}`,
          AppSecret: app.secret,
          AppCode: app.code,
          CreatedTime: '2024-05-01T08:00:00Z',
          ModifiedTime: '2024-05-01T08:00:00Z',
        }
      },
    }),
  )
}

describe('Call Example', () => {
  it('shows the curl line with an authorized app’s real AppCode, the AppSecret only on Show', async () => {
    const user = userEvent.setup()
    const onAuthorize = vi.fn<(stage: StageName) => void>()
    answer('http://127.0.0.1:9391')
    const api = makeApi({
      AuthType: 'APP',
      AppCodeAuthType: 'HEADER',
      DeployedInfos: published(['RELEASE', 'TEST']),
    })
    renderWithProviders(<CallExamplePanel api={api} onAuthorize={onAuthorize} />)
    const panel = await screen.findByRole('region', { name: 'Call Example' })

    const line = (where: string) =>
      within(panel)
        .getByRole('button', { name: `Copy curl with AppCode for Production (${where})` })
        .closest('.command-line')?.textContent
    await within(panel).findByRole('button', { name: /\(local cloud\)/ })
    expect(line('local cloud')).toBe(
      `curl -i -g -H 'Host: ${GROUP.SubDomain}' -H 'X-Ca-Stage: RELEASE' -H 'Authorization: APPCODE c0de0000000000000000000000000111' 'http://127.0.0.1:9391/hello/[name]'`,
    )
    expect(line('Alibaba Cloud')).toBe(
      `curl -i -g -H 'X-Ca-Stage: RELEASE' -H 'Authorization: APPCODE c0de0000000000000000000000000111' 'http://${GROUP.SubDomain}/hello/[name]'`,
    )
    expect(panel.textContent).toContain('Replace [name] in the path with a value')
    expect(panel.textContent).not.toContain('the gateway refuses this line')
    expect(panel.textContent).toContain('key-111')
    expect(panel.textContent).not.toContain(APPS[0]!.secret)

    await user.click(within(panel).getByRole('button', { name: 'Show AppSecret' }))
    await waitFor(() => expect(panel.textContent).toContain(APPS[0]!.secret))
    await user.click(within(panel).getByRole('button', { name: 'Hide AppSecret' }))
    expect(panel.textContent).not.toContain(APPS[0]!.secret)

    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Authorized app' }), '222')
    await waitFor(() => expect(panel.textContent).toContain('APPCODE c0de0000000000000000000000000222'))

    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Stage' }), 'TEST')
    const note = await within(panel).findByRole('note')
    expect(note.textContent).toContain('No app is authorized to call this API in Test.')
    expect(panel.textContent).not.toContain('APPCODE c0de')
    await user.click(within(note).getByRole('button', { name: 'Authorize App' }))
    expect(onAuthorize).toHaveBeenCalledWith('TEST')
  })

  it('warns that the line will be refused when the API takes no AppCodes (the cloud’s DEFAULT)', async () => {
    answer('http://127.0.0.1:9391')
    const api = makeApi({
      AuthType: 'APP',
      AppCodeAuthType: 'DEFAULT',
      DeployedInfos: published(['RELEASE']),
    })
    renderWithProviders(<CallExamplePanel api={api} onAuthorize={vi.fn()} />)
    const panel = await screen.findByRole('region', { name: 'Call Example' })
    const note = await within(panel).findByRole('note')
    expect(note.textContent).toContain(
      'AppCode Authentication is “Enable After Listing on Cloud Marketplace”: the gateway refuses this line unless the API is listed on Cloud Marketplace.',
    )
  })

  it('in the browser-only mode says why there is no local curl line; an anonymous API needs no AppCode', async () => {
    answer(undefined)
    const api = makeApi({ AuthType: 'ANONYMOUS', DeployedInfos: published(['RELEASE']) })
    renderWithProviders(<CallExamplePanel api={api} onAuthorize={() => {}} />)
    const panel = await screen.findByRole('region', { name: 'Call Example' })
    await within(panel).findByText(/a terminal cannot reach it/)
    expect(within(panel).queryByRole('button', { name: /local cloud/ })).toBeNull()
    const cloudLine = within(panel).getByRole('button', { name: 'Copy curl for Production (Alibaba Cloud)' })
    expect(cloudLine.closest('.command-line')?.textContent).toBe(
      `curl -i -g -H 'X-Ca-Stage: RELEASE' 'http://${GROUP.SubDomain}/hello/[name]'`,
    )
    expect(panel.textContent).toContain('No Authentication')
    expect(panel.textContent).not.toContain('APPCODE')
  })
})
