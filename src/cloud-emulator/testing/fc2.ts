/**
 * FC 2016-08-15 helpers over the shared harness (./harness.ts): resources created through
 * `emulator.handle`, as `@alicloud/fc2` would create them.
 */
import type { EmulatorOptions } from '../index'
import type { PersistencePort } from '../store/persistence'
import type { Responder } from './fake-runtime'
import { setup, zipOf } from './harness'

export const FC2 = '/2016-08-15'
export const SERVICES = `${FC2}/services`
export const functionsOf = (service: string) => `${SERVICES}/${service}/functions`
export const triggersOf = (service: string, fn: string) => `${functionsOf(service)}/${fn}/triggers`

export function functionInput(overrides: Record<string, unknown> = {}) {
  return {
    functionName: 'hello',
    runtime: 'nodejs20',
    handler: 'index.handler',
    code: { zipFile: zipOf().base64 },
    ...overrides,
  }
}

export const httpTriggerInput = (overrides: Record<string, unknown> = {}) => ({
  triggerName: 'http',
  triggerType: 'http',
  triggerConfig: { authType: 'anonymous', methods: ['GET', 'POST'] },
  ...overrides,
})

export function fc2Setup(
  options: { responder?: Responder; persistence?: PersistencePort } & Partial<EmulatorOptions> = {},
) {
  const base = setup(options)
  async function expectOk(method: string, path: string, body?: unknown) {
    const result = await base.json(method, path, body === undefined ? {} : { body })
    if (result.status !== 200)
      throw new Error(`${method} ${path}: ${result.status} ${JSON.stringify(result.body)}`)
    return result
  }
  return {
    ...base,
    createService: (name = 'svc', fields: Record<string, unknown> = {}) =>
      expectOk('POST', SERVICES, { serviceName: name, ...fields }),
    createFunction: (service = 'svc', overrides: Record<string, unknown> = {}) =>
      expectOk('POST', functionsOf(service), functionInput(overrides)),
    createTrigger: (service = 'svc', fn = 'hello', overrides: Record<string, unknown> = {}) =>
      expectOk('POST', triggersOf(service, fn), httpTriggerInput(overrides)),
  }
}
