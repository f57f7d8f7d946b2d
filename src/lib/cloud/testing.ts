import { HttpResponse, http } from 'msw'
import type { IpControlInfo, TrafficControl } from '@/cloud-api/cloudapi'

/**
 * CloudAPI answers for component tests (MSW): one handler on `POST /api/cloudapi/` that routes on
 * `Action` (query ∪ form, as the cloud reads it) and adds `RequestId`. Tests only.
 */
export type ActionHandler = (params: URLSearchParams) => unknown

export function cloudApi(actions: Record<string, ActionHandler>) {
  return http.post('/api/cloudapi/', async ({ request }) => {
    const url = new URL(request.url)
    const params = new URLSearchParams(url.search)
    for (const [key, value] of new URLSearchParams(await request.text())) params.set(key, value)
    const action = params.get('Action') ?? ''
    const handler = actions[action]
    if (!handler) {
      return HttpResponse.json(
        { RequestId: 'R', HostId: 'h', Code: 'InvalidAction.NotFound', Message: `no ${action}` },
        { status: 404 },
      )
    }
    const body = handler(params)
    if (body instanceof Response) return body
    return HttpResponse.json({ RequestId: 'REQ-1', ...(body as object) })
  })
}

/** A Function as FC 3.0 answers it (GetFunction / CreateFunction), for component tests. */
export function makeFc3Function(name: string) {
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
  }
}

/** An IP control as DescribeIpControls lists it, for component tests. */
export function makeIpControl(overrides: Partial<IpControlInfo> = {}): IpControlInfo {
  return {
    IpControlId: 'a'.repeat(32),
    IpControlName: 'office_only',
    IpControlType: 'ALLOW',
    Description: 'the office',
    RegionId: 'cn-hangzhou',
    CreateTime: '2024-05-01T08:00:00Z',
    ModifiedTime: '2024-05-01T08:00:00Z',
    ...overrides,
  }
}

/** A traffic control as DescribeTrafficControls lists it (no special limits), for component tests. */
export function makeTrafficControl(overrides: Partial<TrafficControl> = {}): TrafficControl {
  return {
    TrafficControlId: 'b'.repeat(32),
    TrafficControlName: 'limits',
    TrafficControlUnit: 'MINUTE',
    ApiDefault: 100,
    UserDefault: 50,
    Description: '',
    CreatedTime: '2024-05-01T08:00:00Z',
    ModifiedTime: '2024-05-01T08:00:00Z',
    SpecialPolicies: { SpecialPolicy: [] },
    ...overrides,
  }
}
