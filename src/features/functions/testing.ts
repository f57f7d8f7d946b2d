import type { Fc3Function } from '@/cloud-api/fc3'

/** A Function as GetFunction returns it; for this feature's component tests only. */
export function makeFunction(overrides: Partial<Fc3Function> = {}): Fc3Function {
  const name = overrides.functionName ?? 'hello-api'
  return {
    functionId: `id-${name}`,
    functionName: name,
    functionArn: `acs:fc:cn-hangzhou:1234567890123456:functions/${name}`,
    runtime: 'nodejs20',
    handler: 'index.handler',
    memorySize: 512,
    timeout: 60,
    cpu: 0.35,
    diskSize: 512,
    instanceConcurrency: 1,
    description: '',
    environmentVariables: {},
    codeChecksum: '1234',
    codeSize: 600,
    createdTime: '2024-05-01T08:00:00Z',
    lastModifiedTime: '2024-05-01T08:00:00Z',
    state: 'Active',
    lastUpdateStatus: 'Successful',
    internetAccess: true,
    ...overrides,
  }
}
