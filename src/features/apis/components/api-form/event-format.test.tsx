// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { apiDefinitionParams } from '@/lib/cloud/apis'
import { cloudApi } from '@/lib/cloud/testing'
import { setupApiServer } from '@/lib/test-server'
import { renderWithProviders } from '@/lib/test-utils'
import { API_FORM_DEFAULTS, type ApiFormOutput, toDefinitionInput } from '../../lib/api-form'
import { BACKEND, backendsAnswer, GROUP, groupsAnswer } from '../../testing'
import { ApiForm } from './api-form'

/** Issue 7: the event format is offered — and sent — only when an emulator answers (decision 011). */
const server = setupApiServer()

async function fillToBackendStep(emulator: boolean) {
  const user = userEvent.setup()
  const onSubmit = vi.fn<(values: ApiFormOutput) => void>()
  server.use(
    cloudApi({ DescribeApiGroups: groupsAnswer, DescribeBackendList: backendsAnswer }),
    http.get('/api/emulator/health', () =>
      emulator
        ? HttpResponse.json({ ok: true, runtimeMode: 'browser', region: 'cn-hangzhou' })
        : new HttpResponse(null, { status: 404 }),
    ),
  )
  renderWithProviders(
    <ApiForm
      initial={{ ...API_FORM_DEFAULTS, groupId: GROUP.GroupId, apiName: 'hello_api' }}
      submitLabel="Create"
      cancelHref="/apis"
      pending={false}
      error={null}
      onSubmit={onSubmit}
    />,
  )
  await screen.findByRole('option', { name: GROUP.GroupName })
  await user.selectOptions(screen.getByRole('combobox', { name: 'Group' }), GROUP.GroupId)
  await user.click(screen.getByRole('button', { name: 'Next' }))
  await user.click(await screen.findByRole('button', { name: 'Next' }))
  await screen.findByRole('option', { name: BACKEND.BackendName })
  await user.selectOptions(screen.getByRole('combobox', { name: 'Backend Service' }), BACKEND.BackendId)
  return { user, onSubmit }
}

describe('the event format of an API', () => {
  it('is offered by an emulator and sent in ServiceConfig', async () => {
    const { user, onSubmit } = await fillToBackendStep(true)
    const format = await screen.findByRole('combobox', { name: 'Event Format (emulator)' })
    expect(format).toHaveProperty('value', 'alibaba')
    await user.selectOptions(format, 'aws-rest-v1')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(await screen.findByRole('button', { name: 'Create' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce())
    const values = onSubmit.mock.calls[0]![0]
    expect(values.eventFormat).toBe('aws-rest-v1')
    const serviceConfig = JSON.parse(String(apiDefinitionParams(toDefinitionInput(values)).ServiceConfig))
    expect(serviceConfig.EmulatorEventFormat).toBe('aws-rest-v1')
  })

  it('is neither offered nor sent in front of the real cloud', async () => {
    const { user, onSubmit } = await fillToBackendStep(false)
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(await screen.findByRole('button', { name: 'Create' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce())
    expect(screen.queryByRole('combobox', { name: 'Event Format (emulator)' })).toBeNull()
    const values = onSubmit.mock.calls[0]![0]
    expect(String(apiDefinitionParams(toDefinitionInput(values)).ServiceConfig)).not.toContain(
      'EmulatorEventFormat',
    )
  })
})
